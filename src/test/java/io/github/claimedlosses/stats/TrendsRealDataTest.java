package io.github.claimedlosses.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.claimedlosses.SharedData;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.InvasionCalendar;
import io.github.claimedlosses.read.DatasetReader;
import io.github.claimedlosses.read.Strictness;
import io.github.claimedlosses.table.ClaimFilter;
import io.github.claimedlosses.table.ClaimTable;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * Daily series, rolling means, monthly sums and fits of the real General Staff dataset against values computed here
 * independently: a plain loop over the raw JSON files read with Jackson.
 */
class TrendsRealDataTest {
    private static final String SOURCE_EQUIPMENT = "russia_losses_equipment.json";

    private static Table claims;
    private static Map<String, TreeMap<LocalDate, Double>> totals;
    private static Map<String, TreeMap<LocalDate, Double>> corrections;
    /** Category → date → expected increment (corrections kept in), from the loop below. */
    private static Map<String, TreeMap<LocalDate, Double>> increments;
    /** Category → date → expected interval in days. */
    private static Map<String, TreeMap<LocalDate, Integer>> intervals;

    /**
     * Reads the datasets and works out the expectations once; each test calls this first, so that without
     * {@code ../shared/datasets} every test is skipped with the reason.
     */
    private static synchronized void load() throws IOException {
        SharedData.datasets();
        if (claims != null) {
            return;
        }
        claims = ClaimFilter.all().claimant(Claimant.UA_GENERAL_STAFF).apply(ClaimTable.of(
                new DatasetReader(Strictness.STRICT).readFolder(SharedData.datasets()).claims()));
        totals = new LinkedHashMap<>(GeneralStaffJson.read(SharedData.generalStaff(SOURCE_EQUIPMENT)));
        totals.putAll(GeneralStaffJson.read(SharedData.generalStaff("russia_losses_personnel.json")));
        corrections = GeneralStaffJson.read(SharedData.generalStaff("russia_losses_equipment_correction.json"));
        increments = new HashMap<>();
        intervals = new HashMap<>();
        LocalDate dayZero = LocalDate.of(2022, 2, 23);
        for (Map.Entry<String, TreeMap<LocalDate, Double>> series : totals.entrySet()) {
            TreeMap<LocalDate, Double> byDate = series.getValue();
            TreeMap<LocalDate, Double> increment = new TreeMap<>();
            TreeMap<LocalDate, Integer> interval = new TreeMap<>();
            LocalDate previousDate = dayZero;
            double previous = 0;
            if (series.getKey().equals("vehicles_fuel_tanks")) {
                // the merged category continues military auto + fuel tank from their last date
                previousDate = totals.get("vehicles").lastKey();
                previous = totals.get("vehicles").lastEntry().getValue() + totals.get("fuel_tanks").lastEntry().getValue();
            }
            for (Map.Entry<LocalDate, Double> record : byDate.entrySet()) {
                increment.put(record.getKey(), record.getValue() - previous);
                interval.put(record.getKey(), (int) ChronoUnit.DAYS.between(previousDate, record.getKey()));
                previous = record.getValue();
                previousDate = record.getKey();
            }
            increments.put(series.getKey(), increment);
            intervals.put(series.getKey(), interval);
        }
    }

    @Test
    void dailyIncrementsIntervalsAndRatesEqualTheRawJsonForEveryCategoryAndDate() throws IOException {
        load();
        Table daily = Trends.daily(claims, Corrections.shown(claims)).table();
        assertThat(daily.rowCount()).isEqualTo(totals.values().stream().mapToInt(Map::size).sum());
        int checked = 0;
        for (Row row : daily) {
            String category = row.getString("category");
            LocalDate date = row.getDate("date");
            double expected = increments.get(category).get(date);
            int days = intervals.get(category).get(date);
            assertThat(row.getDouble("total")).as("%s %s total", category, date).isEqualTo(totals.get(category).get(date));
            assertThat(row.getDouble("increment")).as("%s %s increment", category, date).isEqualTo(expected);
            assertThat(row.getInt("interval_days")).as("%s %s interval", category, date).isEqualTo(days);
            assertThat(row.getDouble("rate_per_day")).as("%s %s rate", category, date).isEqualTo(expected / days);
            assertThat(row.getBoolean("total_decreased")).isEqualTo(expected < 0);
            Double correction = corrections.getOrDefault(category, new TreeMap<>()).get(date);
            if (correction == null) {
                assertThat(row.isMissing("correction")).as("%s %s correction", category, date).isTrue();
            } else {
                assertThat(row.getDouble("correction")).as("%s %s correction", category, date).isEqualTo(correction);
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(20_000);
    }

    @Test
    void theFirstRecordCoversDayOneAndDayTwoAndTheMergeContinuesThePredecessors() throws IOException {
        load();
        Table daily = Trends.daily(claims).table();
        Row tanks = row(daily, "tanks", LocalDate.of(2022, 2, 25));
        assertThat(tanks.getInt("interval_days")).isEqualTo(2);
        assertThat(tanks.getDate("from_date")).isEqualTo(InvasionCalendar.DAY_ONE);
        assertThat(tanks.getDouble("increment")).isEqualTo(80);
        assertThat(tanks.getDouble("rate_per_day")).isEqualTo(40);
        assertThat(tanks.getString("category_event")).isEqualTo("first_record");
        Row merged = row(daily, "vehicles_fuel_tanks", LocalDate.of(2022, 5, 1));
        assertThat(merged.getString("category_event")).isEqualTo("merged");
        assertThat(merged.getDouble("increment")).isEqualTo(1796 - (1701 + 76));
        assertThat(merged.getInt("interval_days")).isEqualTo(1);
        assertThat(row(daily, "cruise_missiles", LocalDate.of(2022, 5, 1)).getString("category_event"))
                .isEqualTo("started");
        assertThat(row(daily, "cruise_missiles", LocalDate.of(2022, 5, 1)).getInt("interval_days")).isEqualTo(67);
        assertThat(row(daily, "vehicles", LocalDate.of(2022, 4, 30)).getString("category_event")).isEqualTo("stopped");
        assertThat(row(daily, "srbm_launchers", LocalDate.of(2022, 4, 30)).getString("category_event"))
                .isEqualTo("stopped");
        assertThat(row(daily, "personnel", LocalDate.of(2022, 3, 31)).getBoolean("approximate")).isTrue();
    }

    @Test
    void eightCategoriesHaveDecreasingTotalsAndAppliedCorrectionsAreTakenOutOfTheIncrements() throws IOException {
        load();
        Table shown = Trends.daily(claims, Corrections.shown(claims)).table();
        assertThat(shown.where(shown.booleanColumn("total_decreased").isTrue()).stringColumn("category").countUnique())
                .isEqualTo(8);
        DailyIncrements applied = Trends.daily(claims, Corrections.applied(claims));
        assertThat(applied.description().notes()).anyMatch(note -> note.startsWith("Corrections applied"));
        Table table = applied.table();
        assertThat(table.stringColumn("corrections").unique().asList()).containsExactly("applied");
        for (Row row : table) {
            String category = row.getString("category");
            LocalDate date = row.getDate("date");
            double correction = corrections.getOrDefault(category, new TreeMap<>()).getOrDefault(date, 0.0);
            assertThat(row.getDouble("increment")).as("%s %s", category, date)
                    .isEqualTo(increments.get(category).get(date) - correction);
        }
        // 2024-11-30: special equipment fell by 83, of which 85 was the correction: 2 newly claimed
        assertThat(row(table, "special_equipment", LocalDate.of(2024, 11, 30)).getDouble("increment")).isEqualTo(2);
        assertThat(row(table, "special_equipment", LocalDate.of(2024, 11, 30)).getDouble("total_change"))
                .isEqualTo(-83);
    }

    @Test
    void sevenAndThirtyDayRollingMeansEqualALoopOverTheRawJson() throws IOException {
        load();
        Table rolling = Trends.rolling(Trends.daily(claims, Corrections.shown(claims))).table();
        int checked = 0;
        for (Row row : rolling) {
            String category = row.getString("category");
            LocalDate date = row.getDate("date");
            for (int days : new int[] {7, 30}) {
                TreeMap<LocalDate, Double> increment = increments.get(category);
                LocalDate windowStart = date.minusDays(days - 1);
                String column = "rate_mean_" + days + "d";
                if (windowStart.isBefore(increment.firstKey())) {
                    assertThat(row.isMissing(column)).as("%s %s %s", category, date, column).isTrue();
                    continue;
                }
                double sum = 0;
                int records = 0;
                for (Map.Entry<LocalDate, Double> record : increment.subMap(windowStart, true, date, true).entrySet()) {
                    sum += record.getValue() / intervals.get(category).get(record.getKey());
                    records++;
                }
                assertThat(row.getDouble(column)).as("%s %s %s", category, date, column)
                        .isCloseTo(sum / records, within(1e-9));
                assertThat(row.getInt("records_" + days + "d")).isEqualTo(records);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(40_000);
    }

    @Test
    void monthlySumsEqualALoopOverTheRawJson() throws IOException {
        load();
        Table monthly = Trends.aggregate(Trends.daily(claims, Corrections.shown(claims)), Period.MONTH).table();
        Map<String, Double> expected = new HashMap<>();
        Map<String, Integer> expectedDays = new HashMap<>();
        for (String category : increments.keySet()) {
            for (Map.Entry<LocalDate, Double> record : increments.get(category).entrySet()) {
                String key = category + " " + YearMonth.from(record.getKey());
                expected.merge(key, record.getValue(), Double::sum);
                expectedDays.merge(key, intervals.get(category).get(record.getKey()), Integer::sum);
            }
        }
        assertThat(monthly.rowCount()).isEqualTo(expected.size());
        for (Row row : monthly) {
            String key = row.getString("category") + " " + row.getString("period");
            assertThat(row.getDouble("increment_sum")).as(key).isEqualTo(expected.get(key));
            assertThat(row.getInt("days_covered")).as(key).isEqualTo(expectedDays.get(key));
            assertThat(row.getDouble("per_day_average")).as(key)
                    .isCloseTo(expected.get(key) / expectedDays.get(key), within(1e-9));
        }
        Row march = monthly.where(monthly.stringColumn("category").isEqualTo("tanks")
                .and(monthly.stringColumn("period").isEqualTo("2022-03"))).row(0);
        assertThat(march.getBoolean("complete")).isTrue();
        assertThat(march.getDouble("increment_sum")).isEqualTo(totals.get("tanks").get(LocalDate.of(2022, 3, 31))
                - totals.get("tanks").get(LocalDate.of(2022, 2, 28)));
    }

    @Test
    void leastSquaresFitsEqualCommonsMathOlsToOneBillionth() throws IOException {
        load();
        Table fits = Trends.fit(Trends.daily(claims), Window.lastDays(365)).table();
        assertThat(fits.rowCount()).isEqualTo(totals.size());
        for (Row fit : fits) {
            TreeMap<LocalDate, Double> series = totals.get(fit.getString("category"));
            LocalDate last = series.lastKey();
            Map<LocalDate, Double> window = series.subMap(last.minusDays(364), true, last, true);
            double[] y = new double[window.size()];
            double[][] x = new double[window.size()][1];
            int i = 0;
            for (Map.Entry<LocalDate, Double> record : window.entrySet()) {
                x[i][0] = InvasionCalendar.dayOf(record.getKey());
                y[i++] = record.getValue();
            }
            OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
            ols.newSampleData(y, x);
            double[] beta = ols.estimateRegressionParameters();
            double[] errors = ols.estimateRegressionParametersStandardErrors();
            double t = new TDistribution(y.length - 2).inverseCumulativeProbability(0.975);
            String what = fit.getString("category");
            assertThat(fit.getInt("observations")).as(what).isEqualTo(y.length);
            assertThat(fit.getDouble("slope")).as(what).isCloseTo(beta[1], within(1e-9));
            // the intercept (value on day 0) reaches 1.4 million for drones, where 1e-9 is four units in the last
            // place of a double: SimpleRegression and OLS's QR decomposition round differently there, so it is
            // compared to 1e-9 of its magnitude
            assertThat(fit.getDouble("intercept")).as(what)
                    .isCloseTo(beta[0], within(1e-9 * Math.max(1, Math.abs(beta[0]))));
            assertThat(fit.getDouble("slope_std_error")).as(what).isCloseTo(errors[1], within(1e-9));
            assertThat(fit.getDouble("slope_low_95")).as(what).isCloseTo(beta[1] - t * errors[1], within(1e-9));
            assertThat(fit.getDouble("slope_high_95")).as(what).isCloseTo(beta[1] + t * errors[1], within(1e-9));
            assertThat(fit.getDouble("r_squared")).as(what).isCloseTo(ols.calculateRSquared(), within(1e-9));
        }
    }

    @Test
    void fittedRatesOfTheDailyRateEqualCommonsMathOls() throws IOException {
        load();
        Table fits = Trends.fitRate(Trends.daily(claims), Window.all()).table();
        for (Row fit : fits) {
            String category = fit.getString("category");
            TreeMap<LocalDate, Double> increment = increments.get(category);
            double[] y = new double[increment.size()];
            double[][] x = new double[increment.size()][1];
            int i = 0;
            for (Map.Entry<LocalDate, Double> record : increment.entrySet()) {
                int days = intervals.get(category).get(record.getKey());
                x[i][0] = InvasionCalendar.dayOf(record.getKey()) - (days - 1) / 2.0;
                y[i++] = record.getValue() / days;
            }
            OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
            ols.newSampleData(y, x);
            double[] beta = ols.estimateRegressionParameters();
            assertThat(fit.getDouble("slope")).as(category).isCloseTo(beta[1], within(1e-9));
            assertThat(fit.getDouble("slope_std_error")).as(category)
                    .isCloseTo(ols.estimateRegressionParametersStandardErrors()[1], within(1e-9));
            assertThat(fit.getDouble("r_squared")).as(category).isCloseTo(ols.calculateRSquared(), within(1e-9));
        }
    }

    private static Row row(Table daily, String category, LocalDate date) {
        Table rows = daily.where(daily.stringColumn("category").isEqualTo(category)
                .and(daily.dateColumn("date").isEqualTo(date)));
        assertThat(rows.rowCount()).as("%s on %s", category, date).isEqualTo(1);
        return rows.row(0);
    }
}
