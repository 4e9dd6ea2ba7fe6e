package io.github.claimedlosses.table;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.Selection;

/**
 * Copies of some rows of a table, column by column through the columns' primitive values: the same table as
 * Tablesaw's {@code Table.where} and {@code Table.inRange} give (name, columns, values, missing values), without
 * their cell-by-cell copy through boxed row numbers and dictionary updates, which was most of the statistics' time.
 */
public final class Rows {
    private Rows() {
    }

    /** The rows of {@code table} in {@code selection}, in order: what {@code table.where(selection)} gives. */
    public static Table where(Table table, Selection selection) {
        return of(table, selection.toArray());
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive): what {@code table.inRange(from, to)} gives. */
    public static Table inRange(Table table, int from, int to) {
        if (from < 0 || to > table.rowCount() || from > to) {
            throw new IndexOutOfBoundsException("rows " + from + " to " + to + " of " + table.rowCount());
        }
        int[] rows = new int[to - from];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = from + i;
        }
        return of(table, rows);
    }

    /** The rows of {@code table} at the indices {@code rows}, in that order. */
    public static Table of(Table table, int[] rows) {
        List<Column<?>> columns = new ArrayList<>(table.columnCount());
        for (Column<?> column : table.columns()) {
            columns.add(subset(column, rows));
        }
        return Table.create(table.name(), columns);
    }

    private static Column<?> subset(Column<?> column, int[] rows) {
        if (column instanceof DoubleColumn doubles) {
            double[] values = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                values[i] = doubles.getDouble(rows[i]);
            }
            return DoubleColumn.create(column.name(), values);
        }
        if (column instanceof IntColumn ints) {
            int[] values = new int[rows.length];
            for (int i = 0; i < rows.length; i++) {
                values[i] = ints.getInt(rows[i]);
            }
            return IntColumn.create(column.name(), values);
        }
        if (column instanceof DateColumn dates) {
            int[] values = new int[rows.length];
            for (int i = 0; i < rows.length; i++) {
                values[i] = dates.getIntInternal(rows[i]);
            }
            return DateColumn.createInternal(column.name(), values);
        }
        if (column instanceof StringColumn strings) {
            String[] values = new String[rows.length];
            for (int i = 0; i < rows.length; i++) {
                values[i] = strings.get(rows[i]);
            }
            return StringColumn.create(column.name(), values);
        }
        return column.subset(rows);
    }
}
