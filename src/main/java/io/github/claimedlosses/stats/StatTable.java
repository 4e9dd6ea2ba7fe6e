package io.github.claimedlosses.stats;

import java.util.Objects;
import tech.tablesaw.api.Table;

/**
 * A statistics result: a Tablesaw table and the {@link Description} of what it holds. Each statistic of
 * {@link Trends} and {@link Ratios} has a type of its own ({@link DailyIncrements}, {@link RollingRates},
 * {@link FittedLines}, {@link ClaimedVsConfirmed}, ...) whose accessors name its columns, so that charts and reports
 * read values, never column names. The table is the caller's to read; the statistics of this package never change a
 * table they are given.
 */
public interface StatTable {
    /** The values, one row per series and date (or period, or fit). */
    Table table();

    /** What the values are, whose, and in which unit. */
    Description description();

    /**
     * The same statistic over {@code rows} (a selection of {@link #table()}'s rows, with its columns) and described
     * by {@code description}: an object of the same class as this one.
     *
     * @throws IllegalArgumentException when {@code rows} lacks a column this statistic has
     */
    StatTable withRows(Table rows, Description description);

    /** A statistic of no particular type: {@code table} described by {@code description}. */
    static StatTable of(Table table, Description description) {
        return new Plain(table, description);
    }

    /** The title line followed by the first and last rows, as a notebook shows it. */
    static String show(StatTable statistic) {
        return statistic.description().title() + System.lineSeparator() + statistic.table().print();
    }

    /** A table and its description, without typed accessors. */
    record Plain(Table table, Description description) implements StatTable {
        public Plain {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(description, "description");
        }

        @Override
        public Plain withRows(Table rows, Description description) {
            return new Plain(rows, description);
        }

        @Override
        public String toString() {
            return StatTable.show(this);
        }
    }
}
