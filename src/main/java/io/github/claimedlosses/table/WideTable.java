package io.github.claimedlosses.table;

import static io.github.claimedlosses.model.ClaimSchema.CATEGORY;
import static io.github.claimedlosses.model.ClaimSchema.CLAIMANT;
import static io.github.claimedlosses.model.ClaimSchema.DATE;
import static io.github.claimedlosses.model.ClaimSchema.DAY;
import static io.github.claimedlosses.model.ClaimSchema.KIND;
import static io.github.claimedlosses.model.ClaimSchema.SIDE;
import static io.github.claimedlosses.model.ClaimSchema.VALUE;

import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.InvasionCalendar;
import io.github.claimedlosses.model.Taxonomy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The wide form of a tidy claim table: one row per date, one column per category (in taxonomy order), for
 * analysis. A category not reported on a date is a missing cell, never zero.
 */
public final class WideTable {
    private WideTable() {
    }

    /**
     * Pivots {@code tidy} in one pass over its rows (Tablesaw's {@code pivot} splits the table per date, which takes
     * seconds on a dataset's twenty thousand rows), which must hold one claimant, one side and one kind, so that claimed and confirmed
     * figures, or totals and increments, are never added together, and at most one figure per category and date.
     * Dateless claims are left out.
     *
     * @throws IllegalArgumentException when the table mixes claimants, sides or kinds, or holds a category in parts
     *                                  (several figures on one date, as Oryx lists its types), naming them
     */
    public static Table of(Table tidy) {
        return of(tidy, Taxonomy.standard());
    }

    /** {@link #of(Table)} with the categories of {@code taxonomy}, whose order the columns follow. */
    public static Table of(Table tidy, Taxonomy taxonomy) {
        for (String column : List.of(CLAIMANT, SIDE, KIND)) {
            List<String> distinct = tidy.stringColumn(column).unique().asList();
            if (distinct.size() > 1) {
                throw new IllegalArgumentException("a wide table needs one " + column + ", this table has "
                        + distinct.stream().sorted().toList() + "; filter it first, e.g. with ClaimFilter");
            }
        }
        Table dated = Rows.where(tidy, tidy.dateColumn(DATE).isNotMissing());
        requireOneFigurePerCategoryAndDate(dated);
        DateColumn dates = dated.dateColumn(DATE).unique().setName(DATE);
        dates.sortAscending();
        Map<LocalDate, Integer> rowOf = new HashMap<>();
        for (int row = 0; row < dates.size(); row++) {
            rowOf.put(dates.get(row), row);
        }
        Map<String, double[]> valuesOf = new HashMap<>();
        StringColumn categories = dated.stringColumn(CATEGORY);
        DateColumn rowDates = dated.dateColumn(DATE);
        NumericColumn<?> values = dated.numberColumn(VALUE);
        for (int row = 0; row < dated.rowCount(); row++) {
            double[] column = valuesOf.computeIfAbsent(categories.get(row), id -> missing(dates.size()));
            column[rowOf.get(rowDates.get(row))] = values.getDouble(row);
        }
        IntColumn days = IntColumn.create(DAY);
        dates.forEach(date -> days.append(InvasionCalendar.dayOf(date)));
        List<Column<?>> columns = new ArrayList<>(List.of(dates, days));
        for (Category category : taxonomy.categories()) {
            if (valuesOf.containsKey(category.id())) {
                columns.add(DoubleColumn.create(category.id(), valuesOf.get(category.id())));
            }
        }
        String name = describe(tidy);
        return Table.create(name, columns.toArray(new Column<?>[0]));
    }

    /**
     * A category listed in parts (Oryx types, each listed only on the dates its count changes) cannot be summed date
     * by date: a part missing on a date still counts. Its running totals are {@code Trends.totals}'s job.
     */
    private static void requireOneFigurePerCategoryAndDate(Table dated) {
        Set<Map.Entry<String, LocalDate>> seen = new HashSet<>();
        StringColumn categories = dated.stringColumn(CATEGORY);
        DateColumn dates = dated.dateColumn(DATE);
        for (int row = 0; row < dated.rowCount(); row++) {
            if (!seen.add(Map.entry(categories.get(row), dates.get(row)))) {
                String key = categories.get(row) + " on " + dates.get(row);
                throw new IllegalArgumentException("a wide table needs one figure per category and date, this table "
                        + "has several for " + key + " (a category listed in parts, such as Oryx types); use "
                        + "Trends.totals, which carries each part forward, and pivot its totals");
            }
        }
    }

    private static double[] missing(int size) {
        double[] values = new double[size];
        Arrays.fill(values, Double.NaN);
        return values;
    }

    private static String describe(Table tidy) {
        if (tidy.isEmpty()) {
            return tidy.name();
        }
        StringColumn claimant = tidy.stringColumn(CLAIMANT);
        return claimant.get(0) + " " + tidy.stringColumn(SIDE).get(0) + " " + tidy.stringColumn(KIND).get(0);
    }
}
