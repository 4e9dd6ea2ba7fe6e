package io.github.claimedlosses.stats;

import static io.github.claimedlosses.model.ClaimSchema.CATEGORY;
import static io.github.claimedlosses.model.ClaimSchema.CLAIMANT;
import static io.github.claimedlosses.model.ClaimSchema.DATE;
import static io.github.claimedlosses.model.ClaimSchema.SIDE;
import static io.github.claimedlosses.model.ClaimSchema.SOURCE;
import static io.github.claimedlosses.stats.TypedStatistic.Col.date;
import static io.github.claimedlosses.stats.TypedStatistic.Col.text;

import java.util.Arrays;
import java.util.List;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** Rolling means and medians of the daily rate over windows of calendar days ({@link Trends#rolling}). */
public final class RollingRates extends TypedStatistic<RollingRates> {
    private final int[] windows;

    RollingRates(Table table, Description description, int... windows) {
        super(table, description, "rolling rates from Trends.rolling", columns(windows));
        this.windows = windows.clone();
    }

    private static List<Col> columns(int[] windows) {
        List<Col> columns = new java.util.ArrayList<>(List.of(text(CLAIMANT), text(SIDE), text(CATEGORY),
                text(SOURCE), date(DATE)));
        for (int days : windows) {
            columns.add(Col.number(StatColumns.rateMean(days)));
            columns.add(Col.number(StatColumns.rateMedian(days)));
        }
        return columns;
    }

    @Override
    public RollingRates withRows(Table rows, Description description) {
        return new RollingRates(rows, description, windows);
    }

    /** The window lengths, in days, in the order they were asked for. */
    public int[] windows() {
        return windows.clone();
    }

    /** The record date of each row. */
    public DateColumn dates() {
        return recordDates();
    }

    /** The mean daily rate over the {@code days} calendar days ending on each date. */
    public DoubleColumn mean(int days) {
        return numbers(StatColumns.rateMean(window(days)));
    }

    /** The median daily rate over the {@code days} calendar days ending on each date. */
    public DoubleColumn median(int days) {
        return numbers(StatColumns.rateMedian(window(days)));
    }

    private int window(int days) {
        if (Arrays.stream(windows).noneMatch(length -> length == days)) {
            throw new IllegalArgumentException("no rolling window of " + days + " days; the windows are "
                    + Arrays.toString(windows));
        }
        return days;
    }
}
