package io.github.claimedlosses.stats;

import java.util.Objects;
import tech.tablesaw.api.Table;

/**
 * A statistics result: a Tablesaw table and the {@link Description} of what it holds. The table is the caller's
 * to read; the statistics of this package never change a table they are given.
 *
 * @param table       the values, one row per series and date (or period, or fit)
 * @param description what the values are, whose, and in which unit
 */
public record StatTable(Table table, Description description) {
    public StatTable {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(description, "description");
    }

    /** The title line followed by the first and last rows, as a notebook shows it. */
    @Override
    public String toString() {
        return description.title() + System.lineSeparator() + table.print();
    }
}
