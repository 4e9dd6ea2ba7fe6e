package io.github.claimedlosses.stats;

import io.github.claimedlosses.table.Rows;
import static io.github.claimedlosses.model.ClaimSchema.DATE;

import java.time.LocalDate;
import java.util.Objects;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.Table;

/** The dates a trend is fitted over: all, a date range, or the last N days of each series. */
public final class Window {
    private final LocalDate from;
    private final LocalDate to;
    private final int lastDays;

    private Window(LocalDate from, LocalDate to, int lastDays) {
        this.from = from;
        this.to = to;
        this.lastDays = lastDays;
    }

    /** Every record. */
    public static Window all() {
        return new Window(null, null, 0);
    }

    /** Records dated from {@code from} to {@code to}, both included. */
    public static Window between(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("window ends (" + to + ") before it starts (" + from + ")");
        }
        return new Window(from, to, 0);
    }

    /** Records dated within the last {@code days} days of each series, its last record's date included. */
    public static Window lastDays(int days) {
        if (days < 1) {
            throw new IllegalArgumentException("a window needs at least 1 day, got " + days);
        }
        return new Window(null, null, days);
    }

    /** The rows of one series, sorted by date, that fall in the window. */
    Table select(Table series) {
        DateColumn dates = series.dateColumn(DATE);
        if (series.isEmpty()) {
            return series;
        }
        if (lastDays > 0) {
            LocalDate last = dates.get(series.rowCount() - 1);
            return Rows.where(series, dates.isAfter(last.minusDays(lastDays)));
        }
        if (from != null) {
            return Rows.where(series, dates.isBetweenIncluding(from, to));
        }
        return series;
    }

    @Override
    public String toString() {
        if (lastDays > 0) {
            return "the last " + lastDays + " days of each series";
        }
        return from == null ? "all records" : from + " to " + to;
    }
}
