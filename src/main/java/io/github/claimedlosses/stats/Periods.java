package io.github.claimedlosses.stats;

import static io.github.claimedlosses.model.ClaimSchema.CATEGORY;
import static io.github.claimedlosses.model.ClaimSchema.CLAIMANT;
import static io.github.claimedlosses.model.ClaimSchema.DATE;
import static io.github.claimedlosses.model.ClaimSchema.SIDE;
import static io.github.claimedlosses.model.ClaimSchema.SOURCE;
import static io.github.claimedlosses.stats.StatColumns.APPROXIMATE;
import static io.github.claimedlosses.stats.StatColumns.CHANGE_VS_PREVIOUS;
import static io.github.claimedlosses.stats.StatColumns.CHANGE_VS_YEAR_BEFORE;
import static io.github.claimedlosses.stats.StatColumns.COMPLETE;
import static io.github.claimedlosses.stats.StatColumns.CORRECTION;
import static io.github.claimedlosses.stats.StatColumns.CORRECTION_SUM;
import static io.github.claimedlosses.stats.StatColumns.DAYS_COVERED;
import static io.github.claimedlosses.stats.StatColumns.DAYS_IN_PERIOD;
import static io.github.claimedlosses.stats.StatColumns.FROM_DATE;
import static io.github.claimedlosses.stats.StatColumns.INCREMENT;
import static io.github.claimedlosses.stats.StatColumns.INCREMENT_SUM;
import static io.github.claimedlosses.stats.StatColumns.INTERVAL_DAYS;
import static io.github.claimedlosses.stats.StatColumns.PERIOD;
import static io.github.claimedlosses.stats.StatColumns.PERIOD_END;
import static io.github.claimedlosses.stats.StatColumns.PERIOD_START;
import static io.github.claimedlosses.stats.StatColumns.PER_DAY_AVERAGE;
import static io.github.claimedlosses.stats.StatColumns.RECORDS;
import static tech.tablesaw.aggregate.AggregateFunctions.countNonMissing;
import static tech.tablesaw.aggregate.AggregateFunctions.earliestDate;
import static tech.tablesaw.aggregate.AggregateFunctions.latestDate;
import static tech.tablesaw.aggregate.AggregateFunctions.max;
import static tech.tablesaw.aggregate.AggregateFunctions.sum;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Sums of a daily series by calendar period. Each interval counts in the period of its end date (a record covering
 * several days is not split), so {@code days_covered} may differ from {@code days_in_period}; {@code complete} says
 * whether the intervals cover the whole period. Changes compare per-day averages, so that partial and longer periods
 * compare fairly.
 */
final class Periods {
    private static final List<String> GROUP = List.of(CLAIMANT, SIDE, CATEGORY, SOURCE, PERIOD);
    private static final String APPROXIMATE_COUNT = "__approximate";

    private Periods() {
    }

    /** The sums of {@code daily} by {@code period}. */
    static Table aggregate(Table daily, Period period) {
        Table work = daily.selectColumns(CLAIMANT, SIDE, CATEGORY, SOURCE, DATE, FROM_DATE, INTERVAL_DAYS, INCREMENT,
                CORRECTION).copy();
        StringColumn labels = StringColumn.create(PERIOD, work.rowCount());
        DateColumn dates = work.dateColumn(DATE);
        for (int row = 0; row < work.rowCount(); row++) {
            labels.set(row, period.label(period.start(dates.get(row))));
        }
        DoubleColumn approximate = Columns.indicator(APPROXIMATE_COUNT, daily.booleanColumn(APPROXIMATE).isTrue(),
                work.rowCount());
        work.addColumns(labels, approximate, work.intColumn(INTERVAL_DAYS).asDoubleColumn().setName("__days"));
        Table sums = Groups.summarize(work, List.of(INCREMENT, CORRECTION, "__days", APPROXIMATE_COUNT, FROM_DATE,
                DATE), List.of(sum, countNonMissing, max, earliestDate, latestDate), GROUP.toArray(new String[0]));
        Table result = Series.sorted(sums, Series.KEYS, PERIOD);
        int rows = result.rowCount();
        DateColumn starts = DateColumn.create(PERIOD_START, rows);
        DateColumn periodEnds = DateColumn.create(PERIOD_END, rows);
        IntColumn daysInPeriod = IntColumn.create(DAYS_IN_PERIOD, rows);
        BooleanColumn complete = BooleanColumn.create(COMPLETE, rows);
        DateColumn lastDates = result.dateColumn("Latest Date [" + DATE + "]");
        DateColumn firstCovered = result.dateColumn("Earliest Date [" + FROM_DATE + "]");
        for (int row = 0; row < rows; row++) {
            LocalDate start = period.start(lastDates.get(row));
            LocalDate end = period.end(start);
            starts.set(row, start);
            periodEnds.set(row, end);
            daysInPeriod.set(row, (int) ChronoUnit.DAYS.between(start, end) + 1);
            LocalDate first = firstCovered.get(row);
            complete.set(row, first != null && !first.isAfter(start) && end.equals(lastDates.get(row)));
        }
        DoubleColumn incrementSum = result.doubleColumn("Sum [" + INCREMENT + "]").setName(INCREMENT_SUM);
        DoubleColumn correctionSum = result.doubleColumn("Sum [" + CORRECTION + "]").setName(CORRECTION_SUM);
        correctionSum.set(result.doubleColumn("Count [" + CORRECTION + "]").isEqualTo(0), (Double) Double.NaN);
        IntColumn daysCovered = result.doubleColumn("Sum [__days]").asIntColumn().setName(DAYS_COVERED);
        IntColumn records = result.doubleColumn("Count [" + INCREMENT + "]").asIntColumn().setName(RECORDS);
        DoubleColumn perDay = Ratio.of(incrementSum, daysCovered.asDoubleColumn()).setName(PER_DAY_AVERAGE);
        BooleanColumn approximateAny = BooleanColumn.create(APPROXIMATE,
                result.doubleColumn("Max [" + APPROXIMATE_COUNT + "]").isGreaterThan(0), rows);
        Table table = Table.create("aggregate " + period.name().toLowerCase(),
                result.stringColumn(CLAIMANT), result.stringColumn(SIDE), result.stringColumn(CATEGORY),
                result.stringColumn(SOURCE), result.stringColumn(PERIOD), starts, periodEnds, daysInPeriod,
                daysCovered, records, incrementSum, correctionSum, perDay, approximateAny, complete);
        table.addColumns(
                change(table, period::next, CHANGE_VS_PREVIOUS),
                change(table, period::yearLater, CHANGE_VS_YEAR_BEFORE));
        return table;
    }

    /**
     * The relative change of each row's per-day average against the row of the same series whose period start,
     * moved by {@code shift}, is this row's period start; missing when there is no such row or its average is 0.
     */
    private static DoubleColumn change(Table table, UnaryOperator<LocalDate> shift, String name) {
        Map<String, Double> byPeriod = new HashMap<>();
        DateColumn starts = table.dateColumn(PERIOD_START);
        DoubleColumn averages = table.doubleColumn(PER_DAY_AVERAGE);
        for (int row = 0; row < table.rowCount(); row++) {
            byPeriod.put(key(table, row, shift.apply(starts.get(row))), averages.getDouble(row));
        }
        DoubleColumn earlier = DoubleColumn.create("earlier", table.rowCount());
        for (int row = 0; row < table.rowCount(); row++) {
            Double value = byPeriod.get(key(table, row, starts.get(row)));
            if (value != null) {
                earlier.set(row, value);
            }
        }
        return Ratio.of(averages.subtract(earlier), earlier).setName(name);
    }

    private static String key(Table table, int row, LocalDate start) {
        StringBuilder key = new StringBuilder();
        for (String column : Series.KEYS) {
            key.append(table.stringColumn(column).get(row)).append('|');
        }
        return key.append(start).toString();
    }
}
