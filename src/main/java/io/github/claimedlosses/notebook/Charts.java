package io.github.claimedlosses.notebook;

import static io.github.claimedlosses.model.ClaimSchema.CATEGORY;
import static io.github.claimedlosses.model.ClaimSchema.CLAIMANT;
import static io.github.claimedlosses.model.ClaimSchema.DATE;
import static io.github.claimedlosses.model.ClaimSchema.SIDE;
import static io.github.claimedlosses.model.ClaimSchema.SOURCE;
import static io.github.claimedlosses.model.ClaimSchema.VALUE;

import io.github.claimedlosses.export.chart.ChartLabels;
import io.github.claimedlosses.export.chart.ClaimedConfirmedChart;
import io.github.claimedlosses.export.chart.CumulativeCharts;
import io.github.claimedlosses.export.chart.DailyChart;
import io.github.claimedlosses.export.chart.DatedSeries;
import io.github.claimedlosses.export.chart.DocumentChart;
import io.github.claimedlosses.export.chart.Palette;
import io.github.claimedlosses.export.chart.TimeChart;
import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.model.Taxonomy;
import io.github.claimedlosses.stats.ClaimedVsConfirmed;
import io.github.claimedlosses.stats.Corrections;
import io.github.claimedlosses.stats.DailyIncrements;
import io.github.claimedlosses.stats.Ratios;
import io.github.claimedlosses.stats.RollingRates;
import io.github.claimedlosses.stats.RunningTotals;
import io.github.claimedlosses.stats.StatTable;
import io.github.claimedlosses.stats.Trends;
import io.github.claimedlosses.table.ClaimFilter;
import io.github.claimedlosses.table.ClaimTable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import tech.tablesaw.api.Table;

/**
 * Charts of tidy claim tables in one call, with categories named by their ids ({@code "tanks"}): in a notebook the
 * result displays inline. Each method picks the figures it needs from the table and hands them to a chart builder of
 * {@code io.github.claimedlosses.export.chart}; titles, source lines and legends say who claims what about whose
 * losses.
 *
 * <pre>{@code
 * Charts.cumulative(gs, "tanks");                   // running total
 * Charts.daily(gs, "artillery");                    // per-day losses with 7- and 30-day means
 * Charts.claimedVsConfirmed(gs, oryx, "tanks");     // claimed running total beside Oryx's confirmed count
 * }</pre>
 *
 * <p>Every method refuses, with an {@link IllegalArgumentException} saying why, an unknown category id (naming the
 * valid ones), a category the table has no figures of (naming those it has), and figures of several claimants, sides
 * or sources for the category.
 */
public final class Charts {
    /** The oldest confirmed count a claim is compared with, in days. */
    public static final int MAX_LAG_DAYS = ClaimedConfirmedChart.MAX_LAG_DAYS;
    /** Size of the small multiples of {@link #overview}. */
    private static final int OVERVIEW_WIDTH = 1400;
    private static final int OVERVIEW_HEIGHT = 1000;
    /** Colours of the claimants' points; vermilion marks a figure that disagrees with the dataset. */
    private static final List<java.awt.Color> CLAIMANT_COLOURS = List.of(Palette.BLUE, Palette.GREEN, Palette.ORANGE,
            Palette.PURPLE, Palette.SKY, Palette.INK);

    private Charts() {
    }

    /** The running total of {@code category} in a tidy table of one claimant's figures about one side. */
    public static JFreeChart cumulative(Table claims, String category) {
        Category wanted = Losses.category(category);
        RunningTotals totals = Trends.totals(figures(claims, wanted, Kind.CUMULATIVE)).forCategory(wanted);
        OneSeries series = OneSeries.of(totals, claims, wanted);
        Table wide = Table.create(claims.name(), totals.dates().copy(), totals.totals().copy().setName(wanted.id()));
        return CumulativeCharts.of(wide, series.claimant(), series.side(), wanted);
    }

    /**
     * The losses of {@code category} per day: one bar per record (its increment per day of its interval, corrections
     * included as published) and the 7- and 30-day means of the daily rate.
     */
    public static JFreeChart daily(Table claims, String category) {
        Category wanted = Losses.category(category);
        Table rows = figures(claims, wanted, null);
        DailyIncrements daily = Trends.daily(rows, Corrections.shown(rows));
        RollingRates rolling = Trends.rolling(daily);
        OneSeries series = OneSeries.of(rolling, claims, wanted);
        return DailyChart.of(daily, rolling, series.claimant(), series.side(), wanted);
    }

    /**
     * The claimed running total of {@code category} beside the visually confirmed count (on its own dates), with the
     * claimed-per-confirmed ratio below, drawn where the confirmed count is at most {@value #MAX_LAG_DAYS} days old:
     * older, it would show the confirmations' silence, not a count.
     *
     * @param claimed   tidy claims, none of them confirmed counts (for example the General Staff's)
     * @param confirmed tidy confirmed counts (Oryx's)
     */
    public static JFreeChart claimedVsConfirmed(Table claimed, Table confirmed, String category) {
        Category wanted = Losses.category(category);
        ClaimedVsConfirmed comparison = Ratios.claimedVsConfirmed(figures(claimed, wanted, Kind.CUMULATIVE),
                Losses.only(confirmed, wanted.id()));
        OneSeries.of(comparison, claimed, wanted);
        return ClaimedConfirmedChart.of(comparison, wanted);
    }

    /**
     * The running totals a document states for its main date beside the General Staff dataset's figures for that
     * date, on a logarithmic scale.
     *
     * @param document     a tidy table of a document's claims, as {@link Losses#extract} returns it
     * @param generalStaff the General Staff's claims, as {@link Losses#generalStaff} returns them
     */
    public static JFreeChart document(Table document, Table generalStaff) {
        List<Claim> claims = ClaimTable.claims(document);
        LocalDate date = DocumentChart.mainDate(claims).orElseThrow(() -> new IllegalArgumentException(
                "the document \"" + document.name() + "\" states no dated running total of Russian losses"));
        Table official = Losses.wide(ClaimFilter.all().claimant(Claimant.UA_GENERAL_STAFF).side(Side.RUSSIA)
                .apply(generalStaff));
        return DocumentChart.of(document.name(), claims, date, official);
    }

    /**
     * The running totals of {@code category} that the documents of {@code claims} state, one series of points per
     * claimant, beside the General Staff dataset's running total as a line: where a claimant's point leaves the
     * line, the document disagrees with the dataset for its date.
     *
     * @param claims       tidy claims of documents, as {@code Losses.articles(folder).table()} gives them
     * @param generalStaff the General Staff's claims, as {@link Losses#generalStaff} returns them
     */
    public static JFreeChart claimants(Table claims, Table generalStaff, String category) {
        Category wanted = Losses.category(category);
        Table stated = figures(ClaimFilter.all().side(Side.RUSSIA).apply(claims), wanted, Kind.CUMULATIVE);
        RunningTotals all = Trends.totals(figures(ClaimFilter.all().claimant(Claimant.UA_GENERAL_STAFF)
                .side(Side.RUSSIA).apply(generalStaff), wanted, Kind.CUMULATIVE));
        LocalDate first = stated.dateColumn(DATE).min().minusDays(60);
        LocalDate last = stated.dateColumn(DATE).max().plusDays(60);
        RunningTotals official = all.withRows(all.table().where(all.dates().isBetweenIncluding(first, last)),
                all.description());
        String what = "Russian " + ChartLabels.inSentence(wanted.label()) + " lost";
        TimeChart chart = TimeChart.with(new ChartLabels(what + ": the documents' claims by claimant",
                "Running totals as each document states them; line: the General Staff dataset (claimed)",
                "Sources: the documents of \"" + claims.name() + "\"; General Staff of the Armed Forces of Ukraine, "
                        + "claimed", "Date", ChartLabels.capitalised(wanted.label()) + " (cumulative)"))
                .line(DatedSeries.of("General Staff dataset", official.dates(), official.totals()), Palette.GREY,
                        1.5f, false);
        Map<LocalDate, Double> dataset = new HashMap<>();
        for (int row = 0; row < official.rowCount(); row++) {
            dataset.put(official.dates().get(row), official.totals().get(row));
        }
        Map<String, TreeMap<LocalDate, Double>> byClaimant = new TreeMap<>();
        TreeMap<LocalDate, Double> disagreeing = new TreeMap<>();
        for (int row = 0; row < stated.rowCount(); row++) {
            LocalDate date = stated.dateColumn(DATE).get(row);
            double value = stated.numberColumn(VALUE).getDouble(row);
            Double expected = dataset.get(date);
            if (expected != null && expected != value) {
                disagreeing.putIfAbsent(date, value);
            } else {
                byClaimant.computeIfAbsent(stated.getString(row, CLAIMANT), id -> new TreeMap<>()).putIfAbsent(date,
                        value);
            }
        }
        int colour = 0;
        for (Map.Entry<String, TreeMap<LocalDate, Double>> series : byClaimant.entrySet()) {
            chart.points(dated(series.getKey(), series.getValue()), CLAIMANT_COLOURS.get(colour++
                    % CLAIMANT_COLOURS.size()));
        }
        if (!disagreeing.isEmpty()) {
            chart.points(dated("disagrees with the dataset", disagreeing), Palette.VERMILION);
        }
        return chart.withLegend().build();
    }

    private static DatedSeries dated(String name, TreeMap<LocalDate, Double> points) {
        return new DatedSeries(name, List.copyOf(points.keySet()),
                points.values().stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Every category's running total as a small chart with its own scale, from a table {@link Losses#wide} takes. */
    public static Figure overview(Table claims) {
        Table wide = Losses.wide(claims);
        Table cumulative = ClaimFilter.all().kind(Kind.CUMULATIVE).apply(claims);
        if (cumulative.isEmpty()) {
            throw new IllegalArgumentException("the table \"" + claims.name() + "\" has no running totals");
        }
        return new Figure(CumulativeCharts.overview(wide, Claimant.fromId(cumulative.getString(0, CLAIMANT)),
                Side.fromId(cumulative.getString(0, SIDE)), Taxonomy.standard()), OVERVIEW_WIDTH, OVERVIEW_HEIGHT);
    }

    /** The rows of {@code category} (and of {@code kind}, unless null) in a tidy table. */
    private static Table figures(Table claims, Category category, Kind kind) {
        ClaimFilter filter = ClaimFilter.all().category(category);
        Table rows = (kind == null ? filter : filter.kind(kind)).apply(claims);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("the table \"" + claims.name() + "\" has no "
                    + (kind == null ? "" : kind.id() + " ") + "figures of \"" + category.id() + "\"; it has: "
                    + String.join(", ", categoriesOf(claims)));
        }
        return rows;
    }

    /** The category ids of a tidy table, in taxonomy order. */
    private static List<String> categoriesOf(Table claims) {
        Set<String> present = Set.copyOf(claims.stringColumn(CATEGORY).asList());
        return Taxonomy.standard().categories().stream().map(Category::id).filter(present::contains).toList();
    }

    private static String role(Claimant claimant) {
        return claimant.isConfirmation() ? "confirmed" : "claimed";
    }

    /** The claimant and side of the one series a statistic has of a category. */
    private record OneSeries(Claimant claimant, Side side) {
        /** The series of {@code category} in {@code statistic}, refused when its rows are of several series. */
        static OneSeries of(StatTable statistic, Table claims, Category category) {
            Table table = statistic.table();
            Table rows = table.where(table.stringColumn(CATEGORY).isEqualTo(category.id()));
            if (rows.isEmpty()) {
                throw new IllegalArgumentException("the table \"" + claims.name() + "\" gives no series of \""
                        + category.id() + "\"; it has: " + String.join(", ", categoriesOf(claims)));
            }
            for (String column : List.of(CLAIMANT, SIDE, SOURCE)) {
                List<String> distinct = rows.stringColumn(column).unique().asList();
                if (distinct.size() > 1) {
                    throw new IllegalArgumentException("the figures of \"" + category.id() + "\" have several "
                            + column + " values " + distinct.stream().sorted().collect(Collectors.toList())
                            + "; chart one, e.g. ClaimFilter.all().side(Side.RUSSIA).apply(table)");
                }
            }
            return new OneSeries(Claimant.fromId(rows.getString(0, CLAIMANT)), Side.fromId(rows.getString(0, SIDE)));
        }
    }
}
