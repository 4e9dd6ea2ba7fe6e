package io.github.claimedlosses.stats;

import static io.github.claimedlosses.model.ClaimSchema.CATEGORY;
import static io.github.claimedlosses.model.ClaimSchema.CLAIMANT;
import static io.github.claimedlosses.model.ClaimSchema.KIND;
import static io.github.claimedlosses.model.ClaimSchema.QUALIFIER;
import static io.github.claimedlosses.model.ClaimSchema.SIDE;
import static io.github.claimedlosses.stats.StatColumns.CLAIMED;
import static io.github.claimedlosses.stats.StatColumns.CLAIMED_PARTS;
import static io.github.claimedlosses.stats.StatColumns.CONFIRMED;
import static io.github.claimedlosses.stats.StatColumns.CONFIRMED_BY;
import static io.github.claimedlosses.stats.StatColumns.CONFIRMED_DATE;
import static io.github.claimedlosses.stats.StatColumns.CONFIRMED_PARTS;
import static io.github.claimedlosses.stats.StatColumns.DENOMINATOR;
import static io.github.claimedlosses.stats.StatColumns.DENOMINATOR_CATEGORY;
import static io.github.claimedlosses.stats.StatColumns.DENOMINATOR_DATE;
import static io.github.claimedlosses.stats.StatColumns.NUMERATOR;
import static io.github.claimedlosses.stats.StatColumns.NUMERATOR_CATEGORY;
import static io.github.claimedlosses.stats.StatColumns.RUSSIA;
import static io.github.claimedlosses.stats.StatColumns.UKRAINE;
import static io.github.claimedlosses.stats.StatColumns.UKRAINE_DATE;

import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.table.Rows;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;

/**
 * Ratios between loss figures: between categories, claimed against visually confirmed, Russia against Ukraine,
 * implied by stated figures, relative to a reference figure, and shares of a total. A ratio whose denominator is zero
 * or missing is missing, never infinity or zero; bounds propagate ({@code ratio_low}, {@code ratio_high}) and
 * {@code approximate} says when a figure was not stated exactly.
 *
 * <pre>{@code
 * CategoryRatios perTank = Ratios.between(claims, taxonomy.category("personnel"), taxonomy.category("tanks"));
 * ClaimedVsConfirmed gap = Ratios.claimedVsConfirmed(generalStaff, oryx);
 * RussiaVsUkraine sides = Ratios.russiaVsUkraine(oryx);
 * CategoryRatios wounded = Ratios.implied(seedClaims, taxonomy.category("personnel_wounded"),
 *         taxonomy.category("personnel_killed"));
 * }</pre>
 */
public final class Ratios {
    /** Column of the claimed : confirmed ratio. */
    public static final String CLAIMED_PER_CONFIRMED = "claimed_per_confirmed";
    /** Column of the Russia : Ukraine ratio. */
    public static final String RUSSIA_PER_UKRAINE = "russia_per_ukraine";

    private Ratios() {
    }

    /**
     * {@code numerator} per {@code denominator} over time, from the running totals of each claimant and side (e.g.
     * personnel per tank): one row per numerator record, with the denominator's latest total on or before it
     * ({@code denominator_date}, {@code lag_days}). A numerator series is paired with the denominator series of the
     * same claimant, side and source, or else with the claimant and side's only denominator series.
     */
    public static CategoryRatios between(Table claims, Category numerator, Category denominator) {
        Table totals = Totals.of(claims);
        Table table = Matched.ratios("ratios between categories", Matched.where(totals, CATEGORY, numerator.id()),
                Matched.where(totals, CATEGORY, denominator.id()),
                List.of(Matched.CLAIMANT_SIDE_SOURCE, Matched.CLAIMANT_SIDE),
                Matched.names(CATEGORY, NUMERATOR_CATEGORY, "left", NUMERATOR, "left_parts", null,
                        "right_claimant", null, "right_side", null, "right_category", DENOMINATOR_CATEGORY,
                        "right_source", "denominator_source", "right_date", DENOMINATOR_DATE, "right", DENOMINATOR,
                        "right_parts", null));
        List<Scope> numerators = Series.scopes(table, NUMERATOR_CATEGORY);
        return new CategoryRatios(table, new Description(numerator.label() + " per " + denominator.label().toLowerCase(),
                StatColumns.RATIO, Unit.RATIO, numerators, rescoped(numerators, denominator),
                qualifiers(claims, Kind.CUMULATIVE, numerator, denominator),
                List.of(asOfNote("denominator"))));
    }

    /**
     * Claimed running totals against visually confirmed counts, category by category: one row per claimed record of
     * each category that the confirmed figures also count, with the confirmed total as of the latest confirmed date
     * on or before it ({@code confirmed_date}, {@code lag_days}), the dataset items each side sums
     * ({@code claimed_parts}, {@code confirmed_parts}: the mapping), and {@code claimed_per_confirmed}.
     *
     * @param claimed   tidy claims, none of them confirmed counts (for example the General Staff's)
     * @param confirmed tidy confirmed counts only (claimant {@code oryx}), one source per side and category
     * @throws IllegalArgumentException when either table holds the other kind of figure, or the confirmed figures of
     *                                  a category come from several sources
     */
    public static ClaimedVsConfirmed claimedVsConfirmed(Table claimed, Table confirmed) {
        requireConfirmation(claimed, false, "claimed");
        requireConfirmation(confirmed, true, "confirmed");
        Table claims = Totals.of(claimed);
        Table counts = Totals.of(confirmed);
        Set<String> mapped = new TreeSet<>(counts.stringColumn(CATEGORY).asSet());
        Table comparable = Rows.where(claims, claims.stringColumn(CATEGORY).isIn(mapped));
        Table table = Matched.ratios("claimed vs confirmed", comparable, counts, List.of(Matched.SIDE_CATEGORY),
                Matched.names("left", CLAIMED, "left_parts", CLAIMED_PARTS, "right_claimant", CONFIRMED_BY,
                        "right_side", null, "right_category", null, "right_source", "confirmed_source",
                        "right_date", CONFIRMED_DATE, "right", CONFIRMED, "right_parts", CONFIRMED_PARTS,
                        "ratio", CLAIMED_PER_CONFIRMED, "ratio_low", CLAIMED_PER_CONFIRMED + "_low",
                        "ratio_high", CLAIMED_PER_CONFIRMED + "_high"));
        Set<String> unmapped = new TreeSet<>(claims.stringColumn(CATEGORY).asSet());
        unmapped.removeAll(mapped);
        List<String> notes = new ArrayList<>(List.of(asOfNote("confirmed"),
                "Claimed and confirmed figures are different things: confirmed counts need photo or video evidence, "
                        + "so they are a floor, and they lag the claims.",
                "Categories are matched through the readers' mappings (confirmed_parts lists the confirmed items "
                        + "summed into each category)."));
        if (!unmapped.isEmpty()) {
            notes.add("Claimed categories without confirmed counts, left out: " + String.join(", ", unmapped) + ".");
        }
        Set<Qualifier> qualifiers = new TreeSet<>(Trends.qualifiers(claimed, Kind.CUMULATIVE));
        qualifiers.addAll(Trends.qualifiers(confirmed, Kind.CUMULATIVE));
        Table used = Rows.where(counts, counts.stringColumn(CATEGORY).isIn(table.stringColumn(CATEGORY).asSet())
                .and(counts.stringColumn(SIDE).isIn(table.stringColumn(SIDE).asSet())));
        return new ClaimedVsConfirmed(table, new Description("Claimed per visually confirmed loss", CLAIMED_PER_CONFIRMED,
                Unit.RATIO, Series.scopes(table), Series.scopes(used), qualifiers, notes));
    }

    /**
     * Russia's losses per Ukraine's, category by category, from the running totals of each claimant (typically Oryx):
     * one row per Russian record, with Ukraine's latest total on or before it ({@code ukraine_date},
     * {@code lag_days}).
     */
    public static RussiaVsUkraine russiaVsUkraine(Table claims) {
        Table totals = Totals.of(claims);
        Table table = Matched.ratios("russia vs ukraine", Matched.where(totals, SIDE, Side.RUSSIA.id()),
                Matched.where(totals, SIDE, Side.UKRAINE.id()),
                List.of(Matched.CLAIMANT_CATEGORY_SOURCE, Matched.CLAIMANT_CATEGORY),
                Matched.names(SIDE, null, "left", RUSSIA, "left_parts", null, "right_claimant", null,
                        "right_side", null, "right_category", null, "right_source", "ukraine_source",
                        "right_date", UKRAINE_DATE, "right", UKRAINE, "right_parts", null,
                        "ratio", RUSSIA_PER_UKRAINE, "ratio_low", RUSSIA_PER_UKRAINE + "_low",
                        "ratio_high", RUSSIA_PER_UKRAINE + "_high"));
        List<Scope> russia = Series.scopes(Matched.where(totals, SIDE, Side.RUSSIA.id()));
        List<Scope> ukraine = Series.scopes(Matched.where(totals, SIDE, Side.UKRAINE.id()));
        return new RussiaVsUkraine(table, new Description("Russia's losses per Ukraine's", RUSSIA_PER_UKRAINE, Unit.RATIO,
                russia, ukraine, Trends.qualifiers(claims, Kind.CUMULATIVE), List.of(asOfNote("Ukraine's"))));
    }

    /**
     * Ratios implied by stated figures: {@code numerator} per {@code denominator} where one source states both for
     * the same claimant, side and date (for example wounded per killed, including a multiplier stated as a derived
     * figure). Uses claims of every kind but increments, so estimates and derived figures count.
     */
    public static CategoryRatios implied(Table claims, Category numerator, Category denominator) {
        Table table = Stated.implied(claims, numerator, denominator);
        List<Scope> numerators = Series.scopes(table, StatColumns.NUMERATOR_CATEGORY);
        return new CategoryRatios(table, new Description("Implied " + numerator.label().toLowerCase() + " per "
                + denominator.label().toLowerCase(), StatColumns.RATIO, Unit.RATIO, numerators,
                rescoped(numerators, denominator), qualifiers(claims, null, numerator, denominator),
                List.of("Pairs figures stated in the same source for the same claimant, side and date.")));
    }

    /**
     * Each stated {@code category} figure relative to a reference figure, such as casualties relative to the force
     * sent in. Uses claims of every kind but increments.
     */
    public static ReferenceRatios relativeTo(Table claims, Category category, Reference reference) {
        Objects.requireNonNull(reference, "reference");
        Table table = Stated.relativeTo(claims, category, reference);
        Set<Qualifier> qualifiers = new TreeSet<>(qualifiers(claims, null, category));
        qualifiers.add(reference.qualifier());
        return new ReferenceRatios(table, new Description(category.label() + " relative to " + reference.description(),
                StatColumns.RATIO, Unit.RATIO, Series.scopes(table), List.of(), qualifiers,
                List.of("Reference figure: " + reference.description() + ", " + reference.qualifier().id() + " "
                        + io.github.claimedlosses.model.Claim.format(reference.value()) + ".")));
    }

    /**
     * Each of {@code categories}' share of their summed running totals, per claimant, side, source and date (the
     * category mix). List categories of one unit, e.g. the armoured categories.
     */
    public static CategoryShares shares(Table claims, Category... categories) {
        if (categories.length < 2) {
            throw new IllegalArgumentException("shares need at least two categories, got "
                    + Arrays.toString(categories));
        }
        Table table = Shares.of(claims, List.of(categories));
        return new CategoryShares(table, new Description("Share of the listed categories' total", StatColumns.SHARE,
                Unit.SHARE, Series.scopes(table), List.of(),
                qualifiers(claims, Kind.CUMULATIVE, categories), List.of("Only the categories reported on a date "
                + "enter its total (column categories_reported).")));
    }

    private static void requireConfirmation(Table claims, boolean confirmation, String role) {
        Set<String> wrong = claims.stringColumn(CLAIMANT).asSet().stream()
                .filter(id -> Claimant.fromId(id).isConfirmation() != confirmation)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!wrong.isEmpty()) {
            throw new IllegalArgumentException("the " + role + " table holds figures of " + wrong + ", which are "
                    + (confirmation ? "claims" : "confirmed counts") + "; claimed and confirmed figures must not be "
                    + "mixed: filter each table with ClaimFilter by claimant");
        }
    }

    private static List<Scope> rescoped(List<Scope> scopes, Category category) {
        return scopes.stream().map(scope -> new Scope(scope.claimant(), scope.side(), List.of(category))).toList();
    }

    /** Qualifiers of the claims of {@code kind} (any kind but increments when null) in the given categories. */
    private static Set<Qualifier> qualifiers(Table claims, Kind kind, Category... categories) {
        Table rows = Rows.where(claims, claims.stringColumn(CATEGORY)
                .isIn(Arrays.stream(categories).map(Category::id).toList()));
        rows = kind == null ? Rows.where(rows, rows.stringColumn(KIND).isNotEqualTo(Kind.INCREMENT.id()))
                : Rows.where(rows, rows.stringColumn(KIND).isEqualTo(kind.id()));
        return rows.stringColumn(QUALIFIER).asSet().stream().map(Qualifier::fromId).collect(Collectors.toSet());
    }

    private static String asOfNote(String what) {
        return "Each row compares a record with the " + what + " figure as of the latest date on or before it "
                + "(lag_days says how old it is).";
    }
}
