package io.github.claimedlosses.stats;

import static io.github.claimedlosses.model.ClaimSchema.DATE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * As-of matching of two tables of running totals: each series of the left table is paired with one series of the
 * right table, and each left record with the partner's latest record on or before its date (dates of different
 * datasets rarely coincide; Oryx's are sparse).
 */
final class AsOf {
    private AsOf() {
    }

    /**
     * For each row of {@code left}, the row of {@code right} to compare it with, or -1 when its partner series has no
     * record on or before its date or it has no partner. The partner of a left series is found with the first of
     * {@code keys} under which any right series matches it (a key is computed from a series' first row).
     *
     * @throws IllegalArgumentException when several right series match a left series under the same key
     */
    static int[] match(Table left, Table right, List<Function<Table, String>> keys) {
        List<Table> rightSeries = Series.split(right, Series.KEYS);
        List<Integer> rightStarts = Arrays.stream(Series.starts(right, Series.KEYS).toArray()).boxed().toList();
        int[] matches = new int[left.rowCount()];
        Arrays.fill(matches, -1);
        int leftStart = 0;
        for (Table series : Series.split(left, Series.KEYS)) {
            int partner = partner(series, rightSeries, keys);
            if (partner >= 0) {
                TreeMap<LocalDate, Integer> dates = new TreeMap<>();
                Table other = rightSeries.get(partner);
                for (int row = 0; row < other.rowCount(); row++) {
                    dates.put(other.dateColumn(DATE).get(row), rightStarts.get(partner) + row);
                }
                for (int row = 0; row < series.rowCount(); row++) {
                    Map.Entry<LocalDate, Integer> latest = dates.floorEntry(series.dateColumn(DATE).get(row));
                    matches[leftStart + row] = latest == null ? -1 : latest.getValue();
                }
            }
            leftStart += series.rowCount();
        }
        return matches;
    }

    private static int partner(Table series, List<Table> candidates, List<Function<Table, String>> keys) {
        for (Function<Table, String> key : keys) {
            String wanted = key.apply(series);
            Map<Integer, String> found = new LinkedHashMap<>();
            for (int i = 0; i < candidates.size(); i++) {
                if (key.apply(candidates.get(i)).equals(wanted)) {
                    found.put(i, describe(candidates.get(i)));
                }
            }
            if (found.size() > 1) {
                throw new IllegalArgumentException(describe(series) + " can be compared with "
                        + new ArrayList<>(found.values()) + "; keep one of them, e.g. filter the claims with "
                        + "ClaimFilter.all().source(...)");
            }
            if (found.size() == 1) {
                return found.keySet().iterator().next();
            }
        }
        return -1;
    }

    /** "oryx russia tanks (daily_count.csv)": a series named by its first row. */
    static String describe(Table series) {
        return series.stringColumn(Series.KEYS.get(0)).get(0) + " " + series.stringColumn(Series.KEYS.get(1)).get(0)
                + " " + series.stringColumn(Series.KEYS.get(2)).get(0) + " ("
                + series.stringColumn(Series.KEYS.get(3)).get(0) + ")";
    }

    /** The values of {@code column} at {@code rows}, missing where a row is -1, named {@code name}. */
    static <T> Column<T> pick(Column<T> column, int[] rows, String name) {
        Column<T> picked = column.emptyCopy();
        for (int row : rows) {
            if (row < 0) {
                picked.appendMissing();
            } else {
                picked.append(column.get(row));
            }
        }
        return picked.setName(name);
    }
}
