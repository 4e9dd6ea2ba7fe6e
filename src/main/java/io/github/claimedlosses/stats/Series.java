package io.github.claimedlosses.stats;

import static io.github.claimedlosses.model.ClaimSchema.CATEGORY;
import static io.github.claimedlosses.model.ClaimSchema.CLAIMANT;
import static io.github.claimedlosses.model.ClaimSchema.SIDE;
import static io.github.claimedlosses.model.ClaimSchema.SOURCE;

import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.ClaimSchema;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.model.Taxonomy;
import io.github.claimedlosses.table.Rows;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;

/**
 * A series is one source's figures for one claimant, side and category. This class orders tables by series (in
 * taxonomy order of the categories) and finds where each series starts and ends in a sorted table.
 */
final class Series {
    /** The columns that identify a series. */
    static final List<String> KEYS = List.of(CLAIMANT, SIDE, CATEGORY, SOURCE);

    private static final String RANK = "__category_rank";
    private static final Map<String, Integer> RANKS = ranks();

    private Series() {
    }

    /**
     * A copy of {@code table} sorted by claimant, side, category (in taxonomy order), the remaining
     * {@code keys}, then {@code then}.
     */
    static Table sorted(Table table, List<String> keys, String... then) {
        Table copy = table.copy();
        IntColumn rank = IntColumn.create(RANK);
        for (String id : copy.stringColumn(CATEGORY)) {
            rank.append(RANKS.getOrDefault(id, Integer.MAX_VALUE));
        }
        copy.addColumns(rank);
        List<String> order = new ArrayList<>();
        for (String key : keys) {
            order.add(key.equals(CATEGORY) ? RANK : key);
        }
        order.addAll(List.of(then));
        Table sorted = copy.sortAscendingOn(order.toArray(new String[0]));
        return sorted.removeColumns(RANK).setName(table.name());
    }

    /** The rows of a sorted table where a new group of {@code keys} begins. */
    static Selection starts(Table sorted, List<String> keys) {
        List<Column<?>> columns = columns(sorted, keys);
        Selection starts = new BitmapBackedSelection();
        for (int row = 0; row < sorted.rowCount(); row++) {
            if (row == 0 || !sameGroup(columns, row - 1, row)) {
                starts.add(row);
            }
        }
        return starts;
    }

    /** The rows of a sorted table where a group of {@code keys} ends. */
    static Selection ends(Table sorted, List<String> keys) {
        List<Column<?>> columns = columns(sorted, keys);
        Selection ends = new BitmapBackedSelection();
        int last = sorted.rowCount() - 1;
        for (int row = 0; row <= last; row++) {
            if (row == last || !sameGroup(columns, row, row + 1)) {
                ends.add(row);
            }
        }
        return ends;
    }

    /**
     * {@code table} itself when it has every column of the tidy claim table ({@link ClaimSchema#COLUMNS});
     * otherwise an exception naming the missing columns, rather than a missing-column error deep inside.
     */
    static Table requireTidy(Table table) {
        List<String> missing = ClaimSchema.COLUMNS.stream().filter(name -> !table.containsColumn(name)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("expected a tidy claim table (ClaimTable.of), but \"" + table.name()
                    + "\" has no column " + String.join(", ", missing));
        }
        return table;
    }

    /** The groups of {@code keys} of a sorted table, in order, each as its own table. */
    static List<Table> split(Table sorted, List<String> keys) {
        List<Table> groups = new ArrayList<>();
        int[] starts = starts(sorted, keys).toArray();
        for (int i = 0; i < starts.length; i++) {
            int end = i + 1 < starts.length ? starts[i + 1] : sorted.rowCount();
            groups.add(Rows.inRange(sorted, starts[i], end));
        }
        return groups;
    }

    private static List<Column<?>> columns(Table table, List<String> keys) {
        return keys.stream().<Column<?>>map(table::column).toList();
    }

    private static boolean sameGroup(List<Column<?>> columns, int a, int b) {
        for (Column<?> column : columns) {
            if (!Objects.equals(column.get(a), column.get(b))) {
                return false;
            }
        }
        return true;
    }

    /** One scope per claimant and side in a table with claimant, side and {@code categoryColumn} columns. */
    static List<Scope> scopes(Table table, String categoryColumn) {
        Map<String, TreeSet<Integer>> categories = new LinkedHashMap<>();
        StringColumn claimants = table.stringColumn(CLAIMANT);
        StringColumn sides = table.stringColumn(SIDE);
        StringColumn ids = table.stringColumn(categoryColumn);
        for (int row = 0; row < table.rowCount(); row++) {
            boolean repeated = row > 0 && ids.get(row).equals(ids.get(row - 1))
                    && claimants.get(row).equals(claimants.get(row - 1)) && sides.get(row).equals(sides.get(row - 1));
            if (!repeated) {
                categories.computeIfAbsent(claimants.get(row) + "\n" + sides.get(row), key -> new TreeSet<>())
                        .add(RANKS.get(ids.get(row)));
            }
        }
        List<Category> taxonomy = Taxonomy.standard().categories();
        List<Scope> scopes = new ArrayList<>();
        categories.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            String[] key = entry.getKey().split("\n");
            scopes.add(new Scope(Claimant.fromId(key[0]), Side.fromId(key[1]),
                    entry.getValue().stream().map(taxonomy::get).toList()));
        });
        return scopes;
    }

    /** One scope per claimant and side of a table with claimant, side and category columns. */
    static List<Scope> scopes(Table table) {
        return scopes(table, CATEGORY);
    }

    /** The category of a row of a table with a category column. */
    static Category category(Row row) {
        return Taxonomy.standard().category(row.getString(CATEGORY));
    }

    private static Map<String, Integer> ranks() {
        Map<String, Integer> ranks = new HashMap<>();
        List<Category> categories = Taxonomy.standard().categories();
        for (int i = 0; i < categories.size(); i++) {
            ranks.put(categories.get(i).id(), i);
        }
        return ranks;
    }
}
