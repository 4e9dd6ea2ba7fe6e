package io.github.claimedlosses.stats;

import io.github.claimedlosses.table.Rows;
import static io.github.claimedlosses.model.ClaimSchema.CATEGORY;
import static io.github.claimedlosses.model.ClaimSchema.CLAIMANT;
import static io.github.claimedlosses.model.ClaimSchema.DATE;
import static io.github.claimedlosses.model.ClaimSchema.SIDE;
import static io.github.claimedlosses.model.ClaimSchema.SOURCE;
import static io.github.claimedlosses.stats.StatColumns.APPROXIMATE;
import static io.github.claimedlosses.stats.StatColumns.DAY_OF_WEEK;
import static io.github.claimedlosses.stats.StatColumns.INCREMENT;
import static io.github.claimedlosses.stats.StatColumns.INCREMENT_MEAN;
import static io.github.claimedlosses.stats.StatColumns.INCREMENT_MEDIAN;
import static io.github.claimedlosses.stats.StatColumns.INTERVAL_DAYS;
import static io.github.claimedlosses.stats.StatColumns.RANK;
import static io.github.claimedlosses.stats.StatColumns.RECORDS;
import static tech.tablesaw.aggregate.AggregateFunctions.countNonMissing;
import static tech.tablesaw.aggregate.AggregateFunctions.max;
import static tech.tablesaw.aggregate.AggregateFunctions.mean;
import static tech.tablesaw.aggregate.AggregateFunctions.median;

import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Day-level views of a daily series, built from one-day intervals only (an increment covering several days belongs to
 * no single day): the day-of-week profile and the record days.
 */
final class Weekdays {
    private static final String DAY_NUMBER = "__day_of_week_number";
    private static final String APPROXIMATE_COUNT = "__approximate";

    private Weekdays() {
    }

    /** Mean and median one-day increment by day of the week, Monday first. */
    static Table profile(Table daily) {
        Table days = oneDay(daily).selectColumns(CLAIMANT, SIDE, CATEGORY, SOURCE, DATE, INCREMENT, APPROXIMATE)
                .copy();
        DoubleColumn approximate = Columns.indicator(APPROXIMATE_COUNT, days.booleanColumn(APPROXIMATE).isTrue(),
                days.rowCount());
        days.addColumns(days.dateColumn(DATE).dayOfWeek().setName(DAY_OF_WEEK),
                days.dateColumn(DATE).dayOfWeekValue().setName(DAY_NUMBER), approximate);
        Table summary = days.summarize(List.of(INCREMENT, APPROXIMATE_COUNT), mean, median, countNonMissing, max)
                .by(CLAIMANT, SIDE, CATEGORY, SOURCE, DAY_NUMBER, DAY_OF_WEEK);
        Table sorted = Series.sorted(summary, Series.KEYS, DAY_NUMBER);
        return Table.create("weekdays", sorted.stringColumn(CLAIMANT), sorted.stringColumn(SIDE),
                sorted.stringColumn(CATEGORY), sorted.stringColumn(SOURCE), sorted.stringColumn(DAY_OF_WEEK),
                sorted.doubleColumn("Count [" + INCREMENT + "]").asIntColumn().setName(RECORDS),
                sorted.doubleColumn("Mean [" + INCREMENT + "]").setName(INCREMENT_MEAN),
                sorted.doubleColumn("Median [" + INCREMENT + "]").setName(INCREMENT_MEDIAN),
                BooleanColumn.create(APPROXIMATE,
                        sorted.doubleColumn("Max [" + APPROXIMATE_COUNT + "]").isGreaterThan(0), sorted.rowCount()));
    }

    /** The {@code count} largest one-day increments of each series, ranked from 1. */
    static Table records(Table daily, int count) {
        Table result = null;
        for (Table series : Series.split(oneDay(daily), Series.KEYS)) {
            Table top = series.sortOn("-" + INCREMENT, DATE).first(count);
            top.insertColumn(0, IntColumn.indexColumn(RANK, top.rowCount(), 1));
            result = result == null ? top : result.append(top);
        }
        if (result == null) {
            result = daily.emptyCopy();
            result.insertColumn(0, IntColumn.create(RANK));
        }
        return result.setName("record days");
    }

    private static Table oneDay(Table daily) {
        return Rows.where(daily, daily.intColumn(INTERVAL_DAYS).isEqualTo(1));
    }
}
