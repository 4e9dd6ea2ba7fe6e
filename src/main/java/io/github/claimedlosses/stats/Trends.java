package io.github.claimedlosses.stats;

import static io.github.claimedlosses.model.ClaimSchema.KIND;
import static io.github.claimedlosses.model.ClaimSchema.QUALIFIER;

import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Qualifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;

/**
 * Trends of running totals: daily series, smoothing, aggregation by period, fitted rates, phases and projections.
 *
 * <pre>{@code
 * StatTable daily = Trends.daily(claims, Corrections.shown(claims));
 * StatTable smooth = Trends.rolling(daily, 7, 30);
 * StatTable monthly = Trends.aggregate(daily, Period.MONTH);
 * StatTable rate = Trends.fit(daily, Window.lastDays(90));
 * }</pre>
 */
public final class Trends {
    private Trends() {
    }

    /** The daily series of the cumulative claims in the tidy table {@code claims}, without corrections. */
    public static StatTable daily(Table claims) {
        return daily(claims, Corrections.none());
    }

    /**
     * The daily series of the cumulative claims in the tidy table {@code claims}: one row per series (claimant,
     * side, category, source) and record date, with the interval since the previous record ({@code from_date},
     * {@code interval_days}; the first record covers the war from day 1), the change of the total, the correction
     * and increment as {@code corrections} says, the per-day rate, and flags: {@code approximate},
     * {@code total_decreased} and {@code category_event} ({@code first_record}, {@code started}, {@code merged},
     * {@code stopped}).
     */
    public static StatTable daily(Table claims, Corrections corrections) {
        Table totals = Totals.of(claims);
        Table daily = DailySeries.of(totals, corrections).setName("daily");
        List<String> notes = new ArrayList<>(List.of(corrections.note(),
                "The first record of a series covers the war from day 1 (2022-02-24); interval_days says how many "
                        + "days each increment covers and rate_per_day spreads it evenly over them.",
                "A category continuing others (vehicles_fuel_tanks from vehicles and fuel_tanks on 2022-05-01) "
                        + "counts its first increment from their summed totals (category_event 'merged')."));
        int unmatched = DailySeries.unmatchedCorrections(daily, corrections);
        if (unmatched > 0) {
            notes.add(unmatched + " corrections fall on dates without a record of their series and are not shown.");
        }
        Description description = new Description("Daily increment of the running totals", StatColumns.INCREMENT,
                Unit.COUNT, Series.scopes(daily), List.of(), qualifiers(claims, Kind.CUMULATIVE), notes);
        return new StatTable(daily, description);
    }

    /** The qualifiers of the claims of {@code kind} in a tidy table. */
    static Set<Qualifier> qualifiers(Table claims, Kind kind) {
        Table rows = claims.where(claims.stringColumn(KIND).isEqualTo(kind.id()));
        return rows.stringColumn(QUALIFIER).unique().asList().stream().map(Qualifier::fromId)
                .collect(Collectors.toSet());
    }
}
