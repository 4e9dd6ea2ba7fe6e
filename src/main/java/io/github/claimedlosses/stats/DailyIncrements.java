package io.github.claimedlosses.stats;

import static io.github.claimedlosses.model.ClaimSchema.CATEGORY;
import static io.github.claimedlosses.model.ClaimSchema.CLAIMANT;
import static io.github.claimedlosses.model.ClaimSchema.DATE;
import static io.github.claimedlosses.model.ClaimSchema.SIDE;
import static io.github.claimedlosses.model.ClaimSchema.SOURCE;
import static io.github.claimedlosses.stats.TypedStatistic.Col.date;
import static io.github.claimedlosses.stats.TypedStatistic.Col.flag;
import static io.github.claimedlosses.stats.TypedStatistic.Col.integer;
import static io.github.claimedlosses.stats.TypedStatistic.Col.number;
import static io.github.claimedlosses.stats.TypedStatistic.Col.text;

import java.time.LocalDate;
import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * The daily series of running totals ({@link Trends#daily}): per series and record date, the interval since the
 * previous record, the total, its change, the correction, the increment and the per-day rate, with flags. The
 * other statistics of {@link Trends} are computed from it.
 */
public final class DailyIncrements extends TypedStatistic<DailyIncrements> {
    private static final List<Col> COLUMNS = List.of(text(CLAIMANT), text(SIDE), text(CATEGORY), text(SOURCE),
            date(DATE), date(StatColumns.FROM_DATE), integer(StatColumns.INTERVAL_DAYS), number(StatColumns.TOTAL),
            number(StatColumns.CORRECTION), number(StatColumns.INCREMENT), number(StatColumns.RATE_PER_DAY),
            flag(StatColumns.APPROXIMATE), flag(StatColumns.TOTAL_DECREASED));

    DailyIncrements(Table table, Description description) {
        super(table, description, "a daily series from Trends.daily", COLUMNS);
    }

    @Override
    public DailyIncrements withRows(Table rows, Description description) {
        return new DailyIncrements(rows, description);
    }

    /** The record date of each row. */
    public DateColumn dates() {
        return recordDates();
    }

    /** Days each row's interval covers (1 for consecutive records). */
    public IntColumn intervalDays() {
        return integers(StatColumns.INTERVAL_DAYS);
    }

    /** The running total as published on each date. */
    public DoubleColumn totals() {
        return numbers(StatColumns.TOTAL);
    }

    /** The correction recorded for each date (signed), missing where none was. */
    public DoubleColumn corrections() {
        return numbers(StatColumns.CORRECTION);
    }

    /** The increment over each interval. */
    public DoubleColumn increments() {
        return numbers(StatColumns.INCREMENT);
    }

    /** The increment per day of each interval. */
    public DoubleColumn ratesPerDay() {
        return numbers(StatColumns.RATE_PER_DAY);
    }

    /** Whether each row's figures were stated as approximate. */
    public BooleanColumn approximate() {
        return flags(StatColumns.APPROXIMATE);
    }

    /** Whether the published total went down over each interval. */
    public BooleanColumn totalDecreased() {
        return flags(StatColumns.TOTAL_DECREASED);
    }

    /** Whether some row's figures were stated as approximate. */
    public boolean anyApproximate() {
        return anyFlagged(StatColumns.APPROXIMATE);
    }

    /** Whether row {@code row} carries a non-zero correction or a falling total. */
    public boolean correctedOrDecreased(int row) {
        DoubleColumn corrections = corrections();
        return !corrections.isMissing(row) && corrections.getDouble(row) != 0 || totalDecreased().get(row);
    }

    /** The latest record date; {@code null} when there is no row. */
    public LocalDate latestDate() {
        return latest(DATE);
    }
}
