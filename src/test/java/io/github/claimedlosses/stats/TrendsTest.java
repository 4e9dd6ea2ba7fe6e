package io.github.claimedlosses.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.InvasionCalendar;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.model.Taxonomy;
import io.github.claimedlosses.table.WideTable;
import java.time.LocalDate;
import java.util.Random;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/** Trends on constructed series with known answers, edge cases included. */
class TrendsTest {
    private static final LocalDate MARCH_1 = LocalDate.of(2022, 3, 1);

    private static Table daily(TestClaims claims) {
        return Trends.daily(claims.table()).table();
    }

    @Test
    void aSingleRecordCoversTheWarFromDayOne() {
        DailyIncrements daily = Trends.daily(new TestClaims().total("tanks", MARCH_1, 50).table());
        Row row = daily.table().row(0);
        assertThat(daily.table().rowCount()).isEqualTo(1);
        assertThat(row.getInt("interval_days")).isEqualTo(6);
        assertThat(row.getDate("from_date")).isEqualTo(InvasionCalendar.DAY_ONE);
        assertThat(row.getDouble("increment")).isEqualTo(50);
        assertThat(row.getDouble("rate_per_day")).isEqualTo(50 / 6.0);
        assertThat(row.getString("category_event")).isEqualTo("first_record");
        assertThat(row.isMissing("correction")).isTrue();
        assertThat(row.getString("corrections")).isEqualTo("none given");

        assertThat(Trends.rolling(daily).table().row(0).isMissing("rate_mean_7d")).isTrue();
        Row fit = Trends.fit(daily, Window.all()).table().row(0);
        assertThat(fit.getInt("observations")).isEqualTo(1);
        assertThat(fit.isMissing("slope")).isTrue();
        assertThat(fit.isMissing("slope_low_95")).isTrue();
        assertThat(Trends.changePoints(daily).table().rowCount()).isEqualTo(1);
        assertThat(Trends.recordDays(daily, 3).table().rowCount()).isZero();
        Row projection = Trends.projectCrossing(daily, Window.all(), 100).table().row(0);
        assertThat(projection.getString("status")).isEqualTo("not projected: fewer than 3 records in the window");
        assertThat(Trends.project(daily, Window.all(), MARCH_1.plusDays(10)).table().row(0)
                .isMissing("projected_total")).isTrue();
    }

    @Test
    void gapsLengthenTheIntervalAndRollingWindowsCountOnlyRecords() {
        TestClaims claims = new TestClaims().dailyTotals("tanks", MARCH_1, 10, 2, 3, 4, 5, 6, 7);
        claims.total("tanks", MARCH_1.plusDays(9), 37 + 12).total("tanks", MARCH_1.plusDays(10), 49 + 1);
        DailyIncrements daily = Trends.daily(claims.table());
        Row afterGap = daily.table().row(7);
        assertThat(afterGap.getDate("date")).isEqualTo(MARCH_1.plusDays(9));
        assertThat(afterGap.getInt("interval_days")).isEqualTo(3);
        assertThat(afterGap.getDate("from_date")).isEqualTo(MARCH_1.plusDays(7));
        assertThat(afterGap.getDouble("increment")).isEqualTo(12);
        assertThat(afterGap.getDouble("rate_per_day")).isEqualTo(4);

        Table rolling = Trends.rolling(daily, 7).table();
        // window 2022-03-04 .. 2022-03-10 holds the records of the 4th to 7th and the 10th: rates 4, 5, 6, 7, 4
        Row window = rolling.row(7);
        assertThat(window.getInt("records_7d")).isEqualTo(5);
        assertThat(window.getDouble("rate_mean_7d")).isCloseTo((4 + 5 + 6 + 7 + 4) / 5.0, within(1e-12));
        assertThat(window.getDouble("rate_median_7d")).isEqualTo(5);
        assertThat(rolling.row(5).isMissing("rate_mean_7d")).isTrue();
        assertThat(rolling.row(6).getDouble("rate_mean_7d")).isCloseTo((10 / 6.0 + 2 + 3 + 4 + 5 + 6 + 7) / 7,
                within(1e-12));
        // record days use one-day intervals only
        Table records = Trends.recordDays(daily, 2).table();
        assertThat(records.doubleColumn("increment").asList()).containsExactly(7.0, 6.0);
        assertThat(records.intColumn("rank").asList()).containsExactly(1, 2);
    }

    @Test
    void aFallingTotalGivesANegativeIncrementAndAFlag() {
        Row row = daily(new TestClaims().total("tanks", MARCH_1, 100).total("tanks", MARCH_1.plusDays(1), 90))
                .row(1);
        assertThat(row.getDouble("increment")).isEqualTo(-10);
        assertThat(row.getDouble("rate_per_day")).isEqualTo(-10);
        assertThat(row.getBoolean("total_decreased")).isTrue();
    }

    @Test
    void correctionsAreShownOrAppliedAsChosen() {
        TestClaims claims = new TestClaims().dailyTotals("tanks", MARCH_1, 10, 5, -3)
                .correction("tanks", MARCH_1.plusDays(2), -8).correction("tanks", MARCH_1.plusDays(40), 2);
        DailyIncrements shown = Trends.daily(claims.table(), Corrections.shown(claims.table()));
        assertThat(shown.table().row(2).getDouble("increment")).isEqualTo(-3);
        assertThat(shown.table().row(2).getDouble("correction")).isEqualTo(-8);
        assertThat(shown.table().row(1).isMissing("correction")).isTrue();
        assertThat(shown.description().notes()).anyMatch(note -> note.startsWith("Corrections shown"))
                .anyMatch(note -> note.startsWith("1 corrections fall on dates without a record"));
        Table applied = Trends.daily(claims.table(), Corrections.applied(claims.table())).table();
        assertThat(applied.row(2).getDouble("increment")).isEqualTo(5);
        assertThat(applied.row(2).getDouble("total_change")).isEqualTo(-3);
        assertThat(applied.row(2).getDouble("rate_per_day")).isEqualTo(5);
        assertThat(applied.row(2).getString("corrections")).isEqualTo("applied");
        assertThat(applied.row(1).getDouble("increment")).isEqualTo(5);
    }

    @Test
    void aCategoryStartingMidSeriesOrContinuingOthersIsFlagged() {
        LocalDate april30 = LocalDate.of(2022, 4, 30);
        LocalDate may1 = april30.plusDays(1);
        TestClaims claims = new TestClaims().total("vehicles", april30, 1701).total("fuel_tanks", april30, 76)
                .total("vehicles_fuel_tanks", may1, 1796).total("vehicles_fuel_tanks", may1.plusDays(1), 1824)
                .total("cruise_missiles", may1, 84);
        Table daily = daily(claims);
        Row merged = daily.where(daily.stringColumn("category").isEqualTo("vehicles_fuel_tanks")).row(0);
        assertThat(merged.getString("category_event")).isEqualTo("merged");
        assertThat(merged.getDouble("increment")).isEqualTo(19);
        assertThat(merged.getInt("interval_days")).isEqualTo(1);
        Row started = daily.where(daily.stringColumn("category").isEqualTo("cruise_missiles")).row(0);
        assertThat(started.getString("category_event")).isEqualTo("started");
        assertThat(started.getInt("interval_days")).isEqualTo(67);
        Row stopped = daily.where(daily.stringColumn("category").isEqualTo("vehicles")).row(0);
        assertThat(stopped.getString("category_event")).isEqualTo("first_record,stopped");
        // without its predecessors the merged category starts like any other, from day 1
        Table alone = daily(new TestClaims().total("vehicles_fuel_tanks", may1, 1796));
        assertThat(alone.row(0).getString("category_event")).isEqualTo("started");
        assertThat(alone.row(0).getDouble("increment")).isEqualTo(1796);
    }

    @Test
    void withoutRunningTotalsEveryResultIsEmptyWithItsColumns() {
        TestClaims onlyCorrections = new TestClaims().correction("tanks", MARCH_1, 5);
        DailyIncrements daily = Trends.daily(onlyCorrections.table(), Corrections.shown(onlyCorrections.table()));
        assertThat(daily.table().rowCount()).isZero();
        assertThat(daily.table().columnNames()).contains("increment", "rate_per_day", "correction");
        assertThat(Trends.rolling(daily).table().columnNames()).contains("rate_mean_30d");
        assertThat(Trends.rolling(daily).table().rowCount()).isZero();
        assertThat(Trends.aggregate(daily, Period.MONTH).table().rowCount()).isZero();
        assertThat(Trends.weekdays(daily).table().rowCount()).isZero();
        assertThat(Trends.recordDays(daily, 3).table().rowCount()).isZero();
        assertThat(Trends.fit(daily, Window.all()).table().rowCount()).isZero();
        assertThat(Trends.changePoints(daily).table().rowCount()).isZero();
    }

    @Test
    void unstatedBoundsLeaveBoundColumnsMissingAndRangesPropagateToIncrements() {
        Table exact = daily(new TestClaims().dailyTotals("tanks", MARCH_1, 10, 5));
        assertThat(exact.doubleColumn("increment_low").countMissing()).isEqualTo(2);
        assertThat(exact.doubleColumn("total_high").countMissing()).isEqualTo(2);
        TestClaims ranges = new TestClaims();
        ranges.add(Claimant.UA_MOD, Side.RUSSIA, "personnel", MARCH_1, 1000, Qualifier.RANGE, 900.0, 1100.0,
                Kind.CUMULATIVE, "bulletins.txt", "between 900 and 1100");
        ranges.add(Claimant.UA_MOD, Side.RUSSIA, "personnel", MARCH_1.plusDays(1), 1300, Qualifier.ABOUT, null, null,
                Kind.CUMULATIVE, "bulletins.txt", "about 1300");
        Table daily = daily(ranges);
        Row second = daily.row(1);
        assertThat(second.getDouble("increment")).isEqualTo(300);
        assertThat(second.getDouble("increment_low")).isEqualTo(1300 - 1100);
        assertThat(second.getDouble("increment_high")).isEqualTo(1300 - 900);
        assertThat(second.getBoolean("approximate")).isTrue();
    }

    @Test
    void anOryxCategoryAddsEachTypesLatestCount() {
        LocalDate d1 = LocalDate.of(2024, 9, 30);
        TestClaims oryx = new TestClaims();
        oryx.add(Claimant.ORYX, Side.RUSSIA, "armored_vehicles", d1, 10, Qualifier.EXACT, null, null,
                Kind.CUMULATIVE, "daily_count.csv", "Infantry Fighting Vehicles (Russia)",
                "Infantry Fighting Vehicles (Russia): total 10");
        oryx.add(Claimant.ORYX, Side.RUSSIA, "armored_vehicles", d1, 5, Qualifier.EXACT, null, null,
                Kind.CUMULATIVE, "daily_count.csv", "Armoured Personnel Carriers (Russia)",
                "Armoured Personnel Carriers (Russia): total 5");
        oryx.add(Claimant.ORYX, Side.RUSSIA, "armored_vehicles", d1.plusDays(3), 12, Qualifier.EXACT, null, null,
                Kind.CUMULATIVE, "daily_count.csv", "Infantry Fighting Vehicles (Russia)",
                "Infantry Fighting Vehicles (Russia): total 12");
        oryx.add(Claimant.ORYX, Side.RUSSIA, "armored_vehicles", d1.plusDays(3), 3, Qualifier.EXACT, null, null,
                Kind.CUMULATIVE, "daily_count.csv", "Mine-Resistant Ambush Protected (Russia)",
                "Mine-Resistant Ambush Protected (Russia): total 3");
        oryx.add(Claimant.ORYX, Side.RUSSIA, "armored_vehicles", d1.plusDays(5), 7, Qualifier.EXACT, null, null,
                Kind.CUMULATIVE, "daily_count.csv", "Armoured Personnel Carriers (Russia)",
                "Armoured Personnel Carriers (Russia): total 7");
        Table daily = daily(oryx);
        assertThat(daily.doubleColumn("total").asList()).containsExactly(15.0, 20.0, 22.0);
        assertThat(daily.intColumn("parts").asList()).containsExactly(2, 3, 3);
        assertThat(daily.doubleColumn("increment").asList()).containsExactly(15.0, 5.0, 2.0);
        assertThat(daily.intColumn("interval_days").asList()).containsExactly(950, 3, 2);
        assertThat(daily.stringColumn("part_names").get(0)).isEqualTo("Armoured Personnel Carriers (Russia) + "
                + "Infantry Fighting Vehicles (Russia) + Mine-Resistant Ambush Protected (Russia)");
    }

    @Test
    void aRecordBeforeDayOneCoversNoDaysAndHasNoRate() {
        TestClaims oryx = new TestClaims();
        oryx.add(Claimant.ORYX, Side.RUSSIA, "aircraft", LocalDate.of(2022, 2, 23), 0, Qualifier.EXACT, null, null,
                Kind.CUMULATIVE, "daily_count.csv", "Aircraft (Russia)",
                "Aircraft (Russia): total 0");
        Row row = daily(oryx).row(0);
        assertThat(row.getInt("interval_days")).isZero();
        assertThat(row.isMissing("rate_per_day")).isTrue();
        assertThat(row.isMissing("from_date")).isTrue();
    }

    @Test
    void monthlyWeeklyAndYearlySumsWithChanges() {
        TestClaims claims = new TestClaims().total("tanks", LocalDate.of(2022, 12, 31), 0);
        double total = 0;
        for (LocalDate day = LocalDate.of(2023, 1, 1); day.isBefore(LocalDate.of(2024, 2, 1)); day = day.plusDays(1)) {
            total += day.getYear() == 2024 ? 4 : 2;
            claims.total("tanks", day, total);
        }
        DailyIncrements daily = Trends.daily(claims.table());
        Table monthly = Trends.aggregate(daily, Period.MONTH).table();
        Row february = monthly.where(monthly.stringColumn("period").isEqualTo("2023-02")).row(0);
        assertThat(february.getDouble("increment_sum")).isEqualTo(56);
        assertThat(february.getInt("days_in_period")).isEqualTo(28);
        assertThat(february.getDouble("per_day_average")).isEqualTo(2);
        assertThat(february.getDouble("change_vs_previous")).isZero();
        assertThat(february.getBoolean("complete")).isTrue();
        assertThat(february.isMissing("change_vs_year_before")).isTrue();
        Row january2024 = monthly.where(monthly.stringColumn("period").isEqualTo("2024-01")).row(0);
        assertThat(january2024.getDouble("change_vs_year_before")).isEqualTo(1.0);
        assertThat(january2024.getDouble("change_vs_previous")).isEqualTo(1.0);
        // the first record covers the war from day 1: all of its days count in the month it ends in
        Row december2022 = monthly.row(0);
        assertThat(december2022.getString("period")).isEqualTo("2022-12");
        assertThat(december2022.getInt("days_covered")).isEqualTo(InvasionCalendar.dayOf(LocalDate.of(2022, 12, 31)));
        assertThat(december2022.getInt("records")).isEqualTo(1);
        assertThat(december2022.getBoolean("complete")).isTrue();
        // December's per-day average is 0: January's change against it is missing, not infinite
        assertThat(december2022.getDouble("per_day_average")).isZero();
        assertThat(monthly.row(1).getString("period")).isEqualTo("2023-01");
        assertThat(monthly.row(1).isMissing("change_vs_previous")).isTrue();

        Table weekly = Trends.aggregate(daily, Period.WEEK).table();
        Row week = weekly.where(weekly.stringColumn("period").isEqualTo("2023-W10")).row(0);
        assertThat(week.getDate("period_start")).isEqualTo(LocalDate.of(2023, 3, 6));
        assertThat(week.getDouble("increment_sum")).isEqualTo(14);
        Table yearly = Trends.aggregate(daily, Period.YEAR).table();
        assertThat(yearly.stringColumn("period").asList()).containsExactly("2022", "2023", "2024");
        assertThat(yearly.booleanColumn("complete").asList()).containsExactly(false, true, false);
        assertThat(yearly.doubleColumn("increment_sum").getDouble(1)).isEqualTo(730);
        assertThat(yearly.doubleColumn("change_vs_previous").getDouble(2)).isEqualTo(1.0);
    }

    @Test
    void theDayOfWeekProfileAveragesOneDayIncrementsByWeekday() {
        TestClaims claims = new TestClaims().total("tanks", LocalDate.of(2023, 1, 1), 0);
        double total = 0;
        for (LocalDate day = LocalDate.of(2023, 1, 2); day.isBefore(LocalDate.of(2023, 1, 30)); day = day.plusDays(1)) {
            total += day.getDayOfWeek().getValue();
            claims.total("tanks", day, total);
        }
        Table profile = Trends.weekdays(Trends.daily(claims.table())).table();
        assertThat(profile.stringColumn("day_of_week").asList()).containsExactly("MONDAY", "TUESDAY", "WEDNESDAY",
                "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");
        assertThat(profile.doubleColumn("increment_mean").asList()).containsExactly(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0);
        assertThat(profile.intColumn("records").asList()).containsOnly(4);
    }

    @Test
    void projectionsOfAnExactLineHaveNoSpreadAndCrossOnTheRightDay() {
        TestClaims claims = new TestClaims();
        for (int day = 10; day <= 40; day++) {
            claims.total("tanks", InvasionCalendar.dateOf(day), 100 + 5 * day);
        }
        DailyIncrements daily = Trends.daily(claims.table());
        Row projected = Trends.project(daily, Window.all(), InvasionCalendar.dateOf(100)).table().row(0);
        assertThat(projected.getDouble("projected_total")).isCloseTo(600, within(1e-9));
        assertThat(projected.getDouble("prediction_low_95")).isCloseTo(600, within(1e-6));
        assertThat(projected.getDouble("prediction_high_95")).isCloseTo(600, within(1e-6));
        Row crossing = Trends.projectCrossing(daily, Window.all(), 400).table().row(0);
        assertThat(crossing.getString("status")).isEqualTo("projected");
        assertThat(crossing.getDate("crossing_date")).isEqualTo(InvasionCalendar.dateOf(60));
        Row reached = Trends.projectCrossing(daily, Window.all(), 200).table().row(0);
        assertThat(reached.getString("status")).isEqualTo("reached");
        assertThat(reached.getDate("crossing_date")).isEqualTo(InvasionCalendar.dateOf(20));
        TestClaims flat = new TestClaims();
        for (int day = 10; day <= 20; day++) {
            flat.total("tanks", InvasionCalendar.dateOf(day), 100);
        }
        assertThat(Trends.projectCrossing(Trends.daily(flat.table()), Window.all(), 400).table().row(0)
                .getString("status")).isEqualTo("not projected: the fitted rate is not positive");
    }

    @Test
    void thePredictionIntervalOfANoisyLineEqualsTheTextbookFormula() {
        Random random = new Random(5);
        TestClaims claims = new TestClaims();
        double[] y = new double[60];
        double[][] x = new double[60][1];
        for (int i = 0; i < 60; i++) {
            int day = 100 + i;
            x[i][0] = day;
            y[i] = Math.round(1000 + 7 * day + 20 * random.nextGaussian());
            claims.total("tanks", InvasionCalendar.dateOf(day), y[i]);
        }
        int target = 250;
        Row row = Trends.project(Trends.daily(claims.table()), Window.all(), InvasionCalendar.dateOf(target))
                .table().row(0);
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y, x);
        double[] beta = ols.estimateRegressionParameters();
        double meanX = 100 + 59 / 2.0;
        double sxx = 0;
        for (double[] xi : x) {
            sxx += (xi[0] - meanX) * (xi[0] - meanX);
        }
        double s2 = ols.estimateErrorVariance();
        double half = new TDistribution(58).inverseCumulativeProbability(0.975)
                * Math.sqrt(s2 * (1 + 1 / 60.0 + (target - meanX) * (target - meanX) / sxx));
        double fitted = beta[0] + beta[1] * target;
        assertThat(row.getDouble("projected_total")).isCloseTo(fitted, within(1e-9));
        assertThat(row.getDouble("prediction_low_95")).isCloseTo(fitted - half, within(1e-9));
        assertThat(row.getDouble("prediction_high_95")).isCloseTo(fitted + half, within(1e-9));
        Row crossing = Trends.projectCrossing(Trends.daily(claims.table()), Window.all(), fitted).table().row(0);
        assertThat(crossing.getDate("crossing_date")).isEqualTo(InvasionCalendar.dateOf(target));
        assertThat(crossing.getDate("crossing_earliest_95")).isBefore(InvasionCalendar.dateOf(target));
        assertThat(crossing.getDate("crossing_latest_95")).isAfter(InvasionCalendar.dateOf(target));
    }

    @Test
    void theilSenOfTheDailyRateIsRobustToSpikes() {
        double[] increments = new double[100];
        for (int i = 0; i < increments.length; i++) {
            increments[i] = 10 + 0.5 * i;
        }
        increments[30] = 400;
        increments[60] = 0;
        DailyIncrements daily = Trends.daily(new TestClaims().dailyTotals("tanks", LocalDate.of(2023, 1, 1), increments)
                .table());
        Window window = Window.between(LocalDate.of(2023, 1, 2), LocalDate.of(2023, 4, 10));
        Row robust = Trends.theilSen(daily, window).table().row(0);
        assertThat(robust.getDouble("slope")).isEqualTo(0.5);
        assertThat(robust.getString("method")).isEqualTo("Theil-Sen");
        Row leastSquares = Trends.fitRate(daily, window).table().row(0);
        assertThat(leastSquares.getDouble("slope")).isNotEqualTo(0.5);
        assertThat(leastSquares.getInt("observations")).isEqualTo(99);
    }

    @Test
    void windowsSelectRecordsAndWrongTablesAreRefusedWithAMessage() {
        DailyIncrements daily = Trends.daily(new TestClaims().dailyTotals("tanks", MARCH_1, 1, 2, 3, 4, 5, 6).table());
        assertThat(Trends.fit(daily, Window.lastDays(3)).table().row(0).getInt("observations")).isEqualTo(3);
        assertThat(Trends.fit(daily, Window.between(MARCH_1, MARCH_1.plusDays(1))).table().row(0)
                .getInt("observations")).isEqualTo(2);
        assertThatThrownBy(() -> Window.lastDays(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Window.between(MARCH_1, MARCH_1.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before it starts");
        assertThatThrownBy(() -> Trends.rolling(daily, 0)).isInstanceOf(IllegalArgumentException.class);
        Table wide = WideTable.of(new TestClaims().total("tanks", MARCH_1, 1).table());
        assertThatThrownBy(() -> Trends.daily(wide)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected a tidy claim table").hasMessageContaining("claimant");
        // Trends.rolling(Trends.aggregate(...)) does not compile; a wrong table is refused where a daily series is made
        PeriodSums notDaily = Trends.aggregate(daily, Period.MONTH);
        assertThatThrownBy(() -> daily.withRows(notDaily.table(), notDaily.description()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected a daily series from Trends.daily")
                .hasMessageContaining("rate_per_day");
    }

    @Test
    void everyResultSaysWhoseFiguresAndWhichUnit() {
        DailyIncrements daily = Trends.daily(new TestClaims().dailyTotals("tanks", MARCH_1, 1, 2).table());
        StatTable rolling = Trends.rolling(daily);
        Description description = rolling.description();
        assertThat(description.unitOf(Taxonomy.standard().category("tanks"))).isEqualTo("tanks per day");
        assertThat(description.valueColumn()).isEqualTo("rate_mean_7d");
        assertThat(description.subjects()).singleElement().satisfies(scope -> {
            assertThat(scope.claimant()).isEqualTo(Claimant.UA_GENERAL_STAFF);
            assertThat(scope.side()).isEqualTo(Side.RUSSIA);
            assertThat(scope.categories()).extracting(category -> category.id()).containsExactly("tanks");
        });
        assertThat(description.title()).startsWith("Rolling mean and median of the daily rate over 7, 30 days — "
                + "General Staff of the Armed Forces of Ukraine (claimed), losses of russia: Tanks");
        assertThat(description.approximate()).isFalse();
        assertThat(rolling.toString()).startsWith(description.title());
        assertThat(Trends.fitRate(daily, Window.all()).description().unitOf(Taxonomy.standard().category("tanks")))
                .isEqualTo("tanks per day, per day");
    }
}
