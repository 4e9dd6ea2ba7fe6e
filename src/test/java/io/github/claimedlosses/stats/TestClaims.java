package io.github.claimedlosses.stats;

import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Provenance;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.model.Taxonomy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;
import io.github.claimedlosses.table.ClaimTable;

/** Builds tidy claim tables of constructed figures for tests (of statistics, charts and notebooks). */
public final class TestClaims {
    public static final String SOURCE = "constructed.json";

    private final List<Claim> claims = new ArrayList<>();

    /** A General Staff running total of {@code category}, stated exactly, as the dataset reader writes it. */
    public TestClaims total(String category, LocalDate date, double value) {
        return add(Claimant.UA_GENERAL_STAFF, Side.RUSSIA, category, date, value, Qualifier.EXACT, null, null,
                Kind.CUMULATIVE, SOURCE, category, "\"" + category + "\": " + value);
    }

    /** A General Staff correction (signed increment) of {@code category}. */
    public TestClaims correction(String category, LocalDate date, double value) {
        return add(Claimant.UA_GENERAL_STAFF, Side.RUSSIA, category, date, value, Qualifier.EXACT, null, null,
                Kind.INCREMENT, "corrections.json", category, "\"" + category + "\": " + value);
    }

    /** Any whole figure (no item: as a text states it). */
    public TestClaims add(Claimant claimant, Side side, String category, LocalDate date, double value,
                          Qualifier qualifier, Double low, Double high, Kind kind, String source, String quote) {
        return add(claimant, side, category, date, value, qualifier, low, high, kind, source, Provenance.WHOLE, quote);
    }

    /** Any figure of one {@code item} of its source (a JSON key, an Oryx type). */
    public TestClaims add(Claimant claimant, Side side, String category, LocalDate date, double value,
                          Qualifier qualifier, Double low, Double high, Kind kind, String source, String item,
                          String quote) {
        claims.add(new Claim(date, null, claimant, side, Taxonomy.standard().category(category), value, qualifier,
                low, high, kind, new Provenance(source, "record " + (claims.size() + 1), quote, item)));
        return this;
    }

    /** Running totals of {@code category} from {@code first}, one a day, accumulating {@code increments}. */
    public TestClaims dailyTotals(String category, LocalDate first, double... increments) {
        double total = 0;
        for (int i = 0; i < increments.length; i++) {
            total += increments[i];
            total(category, first.plusDays(i), total);
        }
        return this;
    }

    public Table table() {
        return ClaimTable.of(claims);
    }
}
