package io.github.claimedlosses.stats;

import static io.github.claimedlosses.model.ClaimSchema.DATE;
import static io.github.claimedlosses.model.ClaimSchema.DAY;
import static io.github.claimedlosses.stats.StatColumns.APPROXIMATE;
import static io.github.claimedlosses.stats.StatColumns.RATE_PER_DAY;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
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
        DoubleColumn rate = DoubleColumn.create(RATE_PER_DAY, length);
        DoubleColumn approximate = DoubleColumn.create(APPROXIMATE, length);
        BooleanColumn approximateRecords = series.booleanColumn(APPROXIMATE);
        for (int row = 0; row < positions.length; row++) {
            rate.set(positions[row], series.doubleColumn(RATE_PER_DAY).getDouble(row));
            approximate.set(positions[row], approximateRecords.get(row) ? 1.0 : 0.0);
        }
        for (int days : windows) {
            columns.add(rate.rolling(days).mean().subset(positions).setName(StatColumns.rateMean(days)));
            columns.add(rate.rolling(days).median().subset(positions).setName(StatColumns.rateMedian(days)));
            IntColumn records = rate.rolling(days).countNonMissing().subset(positions).asIntColumn();
            columns.add(records.setName(StatColumns.recordsIn(days)));
            DoubleColumn anyApproximate = approximate.rolling(days).max().subset(positions);
            columns.add(BooleanColumn.create(StatColumns.approximateIn(days), anyApproximate.isGreaterThan(0),
                    positions.length));
        }
        return Table.create("rolling", columns.toArray(new Column<?>[0]));
    }
}
