package io.github.claimedlosses.stats;

import io.github.claimedlosses.model.Qualifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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

    /**
     * The rows of {@code parts} one after another, in a copy, as a statistic of their class (e.g. a fit of the
     * running total and one of the daily rate): described by their measures joined, the first's value column and unit,
     * and every subject, qualifier and note.
     *
     * @throws IllegalArgumentException when {@code parts} is empty or their tables' columns differ
     */
    @SuppressWarnings("unchecked")
    static <S extends StatTable> S concat(List<S> parts) {
        return (S) parts.get(0).withRows(appended(parts), combined(parts));
    }

    /** The rows of {@code parts}, one statistic after another, in a copy. */
    private static Table appended(List<? extends StatTable> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to append");
        }
        Table all = parts.get(0).table().copy();
        for (StatTable more : parts.subList(1, parts.size())) {
            all.append(more.table());
        }
        return all;
    }

    /**
     * One description of statistics shown together: their measures joined, the first's value column and unit, and
     * every subject, qualifier and note.
     */
    private static Description combined(List<? extends StatTable> parts) {
        Description first = parts.get(0).description();
        List<String> measures = new ArrayList<>();
        Set<Scope> subjects = new LinkedHashSet<>();
        Set<Scope> relativeTo = new LinkedHashSet<>();
        Set<Qualifier> qualifiers = new LinkedHashSet<>();
        Set<String> notes = new LinkedHashSet<>();
        for (StatTable part : parts) {
            Description description = part.description();
            measures.add(description.measure());
            subjects.addAll(description.subjects());
            relativeTo.addAll(description.relativeTo());
            qualifiers.addAll(description.qualifiers());
            notes.addAll(description.notes());
        }
        return new Description(String.join("; ", new LinkedHashSet<>(measures)), first.valueColumn(), first.unit(),
                List.copyOf(subjects), List.copyOf(relativeTo), qualifiers, List.copyOf(notes));
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
