package io.github.claimedlosses.stats;

import io.github.claimedlosses.table.Rows;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.aggregate.AggregateFunction;
import tech.tablesaw.aggregate.NumericAggregateFunction;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Group summaries: what Tablesaw's {@code table.summarize(columns, functions).by(keys)} gives (its key columns, then
 * one column such as {@code "Sum [name]"} per summarized column and function, each value computed by the same
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
        return summarize(table, columns, List.of(function), keys);
    }

    /** {@link #summarize} of one column. */
    static Table summarize(Table table, String column, NumericAggregateFunction function, String... keys) {
        return summarize(table, List.of(column), List.of(function), keys);
    }

    /**
     * One row per combination of {@code keys}, in order of first appearance: the key columns, then each of
     * {@code functions} that Tablesaw applies to the type of each of {@code columns} ({@code "Sum [name]"},
     * {@code "Count [name]"}, {@code "Earliest Date [name]"}...), computed by that function on the group's rows.
     */
    static Table summarize(Table table, List<String> columns, List<? extends AggregateFunction<?, ?>> functions,
                           String... keys) {
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
        List<int[]> rows = new ArrayList<>(groups.size());
        for (List<Integer> group : groups.values()) {
            rows.add(group.stream().mapToInt(Integer::intValue).toArray());
        }
        int[] firsts = rows.stream().mapToInt(group -> group[0]).toArray();
        Table result = Rows.of(table.selectColumns(keys), firsts).setName(table.name() + " summary");
        for (String name : columns) {
            Column<?> values = table.column(name);
            List<Column<?>> parts = new ArrayList<>(rows.size());
            for (int[] group : rows) {
                parts.add(values.subset(group));
            }
            for (AggregateFunction<?, ?> function : functions) {
                if (function.isCompatibleColumn(values.type())) {
                    result.addColumns(summaries(function, name, parts));
                }
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Column<?> summaries(AggregateFunction<?, ?> function, String name, List<Column<?>> parts) {
        AggregateFunction<Column<?>, ?> of = (AggregateFunction<Column<?>, ?>) function;
        Column<?> summaries = function.returnType().create(function.functionName() + " [" + name + "]");
        for (Column<?> part : parts) {
            Object value = of.summarize(part);
            if (value == null) {
                summaries.appendMissing();
            } else if (value instanceof Number number) {
                ((DoubleColumn) summaries).append(number.doubleValue());
            } else {
                summaries.appendObj(value);
            }
        }
        return summaries;
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
