package io.github.claimedlosses.stats;

import io.github.claimedlosses.table.Rows;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.aggregate.NumericAggregateFunction;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Group sums, minima and maxima of numeric columns: what Tablesaw's {@code table.summarize(columns, function).by(keys)}
 * gives (its key columns, then one column {@code "Sum [name]"} per summarized column, each value computed by the same
 * Tablesaw function on the group's values), with rows in order of each group's first row. Tablesaw's own grouping
 * joins the keys into text, parses them back (dates too) and selects every group's rows column by column, which was
 * most of the time of the running totals.
 */
final class Groups {
    private Groups() {
    }

    /**
     * One row per combination of {@code keys} in {@code table}, in order of first appearance: the key columns, then
     * {@code function} of each of {@code columns} over the group's rows, named as Tablesaw names them.
     */
    static Table summarize(Table table, List<String> columns, NumericAggregateFunction function, String... keys) {
        List<Column<?>> keyColumns = new ArrayList<>();
        for (String key : keys) {
            keyColumns.add(table.column(key));
        }
        Map<List<Object>, List<Integer>> groups = new LinkedHashMap<>();
        for (int row = 0; row < table.rowCount(); row++) {
            Object[] key = new Object[keyColumns.size()];
            for (int k = 0; k < key.length; k++) {
                key[k] = keyOf(keyColumns.get(k), row);
            }
            groups.computeIfAbsent(Arrays.asList(key), unused -> new ArrayList<>()).add(row);
        }
        int[] firsts = groups.values().stream().mapToInt(rows -> rows.get(0)).toArray();
        Table result = Rows.of(table.selectColumns(keys), firsts).setName(table.name() + " summary");
        for (String name : columns) {
            NumericColumn<?> values = table.numberColumn(name);
            double[] summaries = new double[firsts.length];
            int group = 0;
            for (List<Integer> rows : groups.values()) {
                double[] own = new double[rows.size()];
                for (int i = 0; i < own.length; i++) {
                    own[i] = values.getDouble(rows.get(i));
                }
                summaries[group++] = function.summarize(DoubleColumn.create(name, own));
            }
            result.addColumns(DoubleColumn.create(function.functionName() + " [" + name + "]", summaries));
        }
        return result;
    }

    /** {@link #summarize} of one column. */
    static Table summarize(Table table, String column, NumericAggregateFunction function, String... keys) {
        return summarize(table, List.of(column), function, keys);
    }

    private static Object keyOf(Column<?> column, int row) {
        if (column instanceof DateColumn dates) {
            return dates.getIntInternal(row);
        }
        if (column instanceof StringColumn strings) {
            return strings.get(row);
        }
        return column.get(row);
    }
}
