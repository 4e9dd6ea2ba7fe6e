package io.github.claimedlosses.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.model.Taxonomy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * The typed results read the values their statistic computed, keep their type when narrowed, and refuse a table
 * that is not theirs where they are made.
 */
class TypedResultsTest {
    private static final Taxonomy TAXONOMY = Taxonomy.standard();
    private static final Category TANKS = TAXONOMY.category("tanks");
    private static final Category ARTILLERY = TAXONOMY.category("artillery");
    private static final LocalDate MARCH_1 = LocalDate.of(2022, 3, 1);

    /** Tanks 10, 12, 15, 19, ... and artillery, one record a day. */
    private static final Table CLAIMS = new TestClaims()
            .dailyTotals("tanks", MARCH_1, 10, 2, 3, 4, 5, 6, 7, 8, 9, 10)
            .dailyTotals("artillery", MARCH_1, 20, 1, 1, 1, 1, 1, 1, 1, 1, 1).table();

    @Test
    void accessorsReadTheDailySeriesOfOneCategory() {
        DailyIncrements tanks = Trends.daily(CLAIMS).forCategory(TANKS);
        assertThat(tanks.rowCount()).isEqualTo(10);
        assertThat(tanks.latestDate()).isEqualTo(MARCH_1.plusDays(9));
        assertThat(tanks.totals().getDouble(9)).isEqualTo(64);
        assertThat(tanks.increments().getDouble(9)).isEqualTo(10);
        assertThat(tanks.ratesPerDay().getDouble(1)).isEqualTo(2);
        assertThat(tanks.intervalDays().getInt(0)).isEqualTo(6);
        assertThat(tanks.anyApproximate()).isFalse();
        assertThat(tanks.correctedOrDecreased(5)).isFalse();

        RollingRates rolling = Trends.rolling(Trends.daily(CLAIMS)).forCategory(TANKS);
        assertThat(rolling.windows()).containsExactly(7, 30);
        assertThat(rolling.mean(7).getDouble(9)).isEqualTo((4 + 5 + 6 + 7 + 8 + 9 + 10) / 7.0);
        assertThatThrownBy(() -> rolling.mean(14)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no rolling window of 14 days; the windows are [7, 30]");
    }

    @Test
    void aFallingTotalOrACorrectionIsMarked() {
        Table claims = new TestClaims().total("tanks", MARCH_1, 100).total("tanks", MARCH_1.plusDays(1), 98)
                .total("tanks", MARCH_1.plusDays(2), 105).correction("tanks", MARCH_1.plusDays(2), 3).table();
        DailyIncrements daily = Trends.daily(claims, Corrections.shown(claims));
        assertThat(List.of(daily.correctedOrDecreased(0), daily.correctedOrDecreased(1),
                daily.correctedOrDecreased(2))).containsExactly(false, true, true);
    }

    @Test
    void fitsPhasesAndProjectionsAreTypedRows() {
        DailyIncrements daily = Trends.daily(CLAIMS);
        FittedLines fits = StatTable.concat(List.of(Trends.fit(daily, Window.all()),
                Trends.fitRate(daily, Window.all())));
        assertThat(fits.rowCount()).isEqualTo(4);
        FittedLine line = fits.totalLine(TANKS).orElseThrow();
        assertThat(line.fitsTotal()).isTrue();
        assertThat(line.from()).isEqualTo(MARCH_1);
        assertThat(line.to()).isEqualTo(MARCH_1.plusDays(9));
        assertThat(fits.forCategory(ARTILLERY).lines()).extracting(FittedLine::fitted)
                .containsExactly("total", "rate_per_day");
        assertThat(fits.description().measure()).contains("least-squares slope of the running total")
                .contains("least-squares slope of the daily rate");

        assertThat(Trends.changePoints(daily).forCategory(TANKS).phases()).first()
                .satisfies(phase -> assertThat(phase.from()).isEqualTo(MARCH_1));

        ProjectedTotals projected = StatTable.concat(List.of(
                Trends.project(daily, Window.all(), MARCH_1.plusDays(20)),
                Trends.project(daily, Window.all(), MARCH_1.plusDays(30)))).forCategory(ARTILLERY);
        assertThat(projected.targetDates().asList()).containsExactly(MARCH_1.plusDays(20), MARCH_1.plusDays(30));
        // artillery rises by 1 a day after the first record: 29 on day 9 of March, so 40 and 50 later
        assertThat(projected.projected().getDouble(0)).isCloseTo(40, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(projected.projected().getDouble(1)).isCloseTo(50, org.assertj.core.data.Offset.offset(1e-9));
        // a perfect line leaves no room for error: the prediction interval has no width
        assertThat(projected.high().getDouble(1) - projected.low().getDouble(1))
                .isCloseTo(0, org.assertj.core.data.Offset.offset(1e-6));
        ProjectedTotals tanks = Trends.project(daily, Window.all(), MARCH_1.plusDays(20)).forCategory(TANKS);
        assertThat(tanks.low().getDouble(0)).isLessThan(tanks.projected().getDouble(0));
        assertThat(tanks.high().getDouble(0)).isGreaterThan(tanks.projected().getDouble(0));
    }

    @Test
    void claimedAgainstConfirmedReadsTheConfirmedCountsOnTheirOwnDates() {
        Table claimed = new TestClaims().dailyTotals("tanks", MARCH_1, 100, 10, 10, 10).table();
        Table confirmed = new TestClaims()
                .add(Claimant.ORYX, Side.RUSSIA, "tanks", MARCH_1, 40, Qualifier.EXACT, null, null, Kind.CUMULATIVE,
                        "daily_count.csv", "Tanks (Russia)", "Tanks (Russia): total 40")
                .add(Claimant.ORYX, Side.RUSSIA, "tanks", MARCH_1.plusDays(2), 50, Qualifier.EXACT, null, null,
                        Kind.CUMULATIVE, "daily_count.csv", "Tanks (Russia)", "Tanks (Russia): total 50").table();
        ClaimedVsConfirmed comparison = Ratios.claimedVsConfirmed(claimed, confirmed).forCategory(TANKS);
        assertThat(comparison.claimant()).isEqualTo(Claimant.UA_GENERAL_STAFF);
        assertThat(comparison.side()).isEqualTo(Side.RUSSIA);
        assertThat(comparison.confirmedCounts()).containsExactly(java.util.Map.entry(MARCH_1, 40.0),
                java.util.Map.entry(MARCH_1.plusDays(2), 50.0));
        assertThat(comparison.claimedPerConfirmed().asList()).containsExactly(100 / 40.0, 110 / 40.0, 120 / 50.0,
                130 / 50.0);
        assertThat(comparison.fresh(0).dates().asList()).containsExactly(MARCH_1, MARCH_1.plusDays(2));
        assertThat(comparison.lagDays().asList()).containsExactly(0, 1, 0, 1);
    }

    @Test
    void narrowingKeepsTheTypeAndAWrongTableIsRefusedWhereTheResultIsMade() {
        DailyIncrements daily = Trends.daily(CLAIMS);
        List<StatTable> results = List.of(Trends.totals(CLAIMS), daily, Trends.rolling(daily),
                Trends.aggregate(daily, Period.MONTH), Trends.weekdays(daily), Trends.recordDays(daily, 2),
                Trends.fit(daily, Window.all()), Trends.changePoints(daily),
                Trends.project(daily, Window.all(), MARCH_1.plusDays(30)),
                Trends.projectCrossing(daily, Window.all(), 100), Ratios.between(CLAIMS, ARTILLERY, TANKS),
                Ratios.shares(CLAIMS, TANKS, ARTILLERY));
        for (StatTable result : results) {
            StatTable first = result.withRows(result.table().first(1), result.description());
            assertThat(first).as(result.description().measure()).isInstanceOf(result.getClass());
            assertThat(first.table().rowCount()).isEqualTo(1);
            assertThat(first.toString()).startsWith(result.description().title());
        }
        PeriodSums monthly = Trends.aggregate(daily, Period.MONTH);
        assertThatThrownBy(() -> daily.withRows(monthly.table(), daily.description()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected a daily series from Trends.daily")
                .hasMessageContaining("from_date").hasMessageContaining("rate_per_day");
        assertThat(monthly.forCategory(TANKS).complete(false).periodStarts().asList())
                .containsExactly(MARCH_1);
        assertThat(monthly.forCategory(TANKS).incrementSums().getDouble(0)).isEqualTo(64);
    }
}
