package io.github.claimedlosses.stats;

import static io.github.claimedlosses.model.ClaimSchema.DATE;
import static io.github.claimedlosses.model.ClaimSchema.DAY;
import static io.github.claimedlosses.stats.StatColumns.APPROXIMATE;
import static io.github.claimedlosses.stats.StatColumns.RATE_PER_DAY;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.StatUtils;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Rolling means and medians of the daily rate over windows of calendar days. Each series is laid on its calendar,
 * first to last record, with days without a record missing; a window is the N days ending on a record's date and
 * exists only once the series has N days of calendar behind it. Each record's rate counts once, on its date (a
 * record covering several days is not spread over them); {@code records_Nd} says how many records a window holds.
 */
final class Smoothing {
    private Smoothing() {
    }

    /** The rolling statistics of a daily table for each window length in {@code windows}. */
    static Table rolling(Table daily, int... windows) {
        Table result = null;
        for (Table series : Series.split(daily, Series.KEYS)) {
            Table one = rollingOne(series, windows);
            result = result == null ? one : result.append(one);
        }
        return result == null ? rollingOne(daily, windows) : result.setName("rolling");
    }

    private static Table rollingOne(Table series, int[] windows) {
        List<Column<?>> columns = new ArrayList<>();
        for (String key : Series.KEYS) {
            columns.add(series.column(key).copy());
        }
        DateColumn dates = series.dateColumn(DATE);
        columns.add(dates.copy());
        columns.add(series.intColumn(DAY).copy());
        columns.add(series.doubleColumn(RATE_PER_DAY).copy());
        int[] positions = new int[series.rowCount()];
        int length = 0;
        if (!series.isEmpty()) {
            LocalDate first = dates.get(0);
            for (int row = 0; row < positions.length; row++) {
                positions[row] = (int) ChronoUnit.DAYS.between(first, dates.get(row));
            }
            length = positions[positions.length - 1] + 1;
        }
        double[] rate = new double[length];
        double[] approximate = new double[length];
        Arrays.fill(rate, Double.NaN);
        Arrays.fill(approximate, Double.NaN);
        DoubleColumn rates = series.doubleColumn(RATE_PER_DAY);
        BooleanColumn approximateRecords = series.booleanColumn(APPROXIMATE);
        for (int row = 0; row < positions.length; row++) {
            rate[positions[row]] = rates.getDouble(row);
            approximate[positions[row]] = approximateRecords.get(row) ? 1.0 : 0.0;
        }
        for (int days : windows) {
            double[] means = new double[positions.length];
            double[] medians = new double[positions.length];
            double[] counts = new double[positions.length];
            double[] anyApproximate = new double[positions.length];
            for (int row = 0; row < positions.length; row++) {
                int end = positions[row] + 1;
                if (end < days) {
                    means[row] = medians[row] = counts[row] = anyApproximate[row] = Double.NaN;
                    continue;
                }
                double[] window = present(rate, end - days, end);
                means[row] = StatUtils.mean(window);
                medians[row] = StatUtils.percentile(window, 50.0);
                counts[row] = window.length;
                anyApproximate[row] = StatUtils.max(present(approximate, end - days, end));
            }
            columns.add(DoubleColumn.create(StatColumns.rateMean(days), means));
            columns.add(DoubleColumn.create(StatColumns.rateMedian(days), medians));
            columns.add(DoubleColumn.create(StatColumns.recordsIn(days), counts).asIntColumn()
                    .setName(StatColumns.recordsIn(days)));
            columns.add(BooleanColumn.create(StatColumns.approximateIn(days),
                    DoubleColumn.create("any", anyApproximate).isGreaterThan(0), positions.length));
        }
        return Table.create("rolling", columns.toArray(new Column<?>[0]));
    }

    /**
     * The values of {@code values[from, to)} that are not missing: what Tablesaw's rolling mean, median and maximum
     * summarize, so the results are theirs, computed without a column per window.
     */
    private static double[] present(double[] values, int from, int to) {
        double[] window = new double[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!Double.isNaN(values[i])) {
                window[n++] = values[i];
            }
        }
        return n == window.length ? window : Arrays.copyOf(window, n);
    }
}
