package io.github.claimedlosses.stats;

import io.github.claimedlosses.table.Rows;
import static io.github.claimedlosses.model.ClaimSchema.CATEGORY;
import static io.github.claimedlosses.model.ClaimSchema.CLAIMANT;
import static io.github.claimedlosses.model.ClaimSchema.DATE;
import static io.github.claimedlosses.model.ClaimSchema.DAY;
import static io.github.claimedlosses.model.ClaimSchema.SIDE;
import static io.github.claimedlosses.model.ClaimSchema.SOURCE;
import static io.github.claimedlosses.stats.StatColumns.APPROXIMATE;
import static io.github.claimedlosses.stats.StatColumns.LAG_DAYS;
import static io.github.claimedlosses.stats.StatColumns.PART_NAMES;
import static io.github.claimedlosses.stats.StatColumns.TOTAL;
import static io.github.claimedlosses.stats.StatColumns.TOTAL_HIGH;
import static io.github.claimedlosses.stats.StatColumns.TOTAL_LOW;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Ratios of running totals of two sets of series matched as of each record date (see {@link AsOf}): one row per
 * record of a left series, with the partner's latest figure on or before it, the lag, and the ratio left / right.
 */
final class Matched {
    /** Key of a series by claimant, side and source. */
    static final Function<Table, String> CLAIMANT_SIDE_SOURCE = series -> first(series, CLAIMANT, SIDE, SOURCE);
    /** Key of a series by claimant and side. */
    static final Function<Table, String> CLAIMANT_SIDE = series -> first(series, CLAIMANT, SIDE);
    /** Key of a series by claimant, category and source. */
    static final Function<Table, String> CLAIMANT_CATEGORY_SOURCE = series -> first(series, CLAIMANT, CATEGORY, SOURCE);
    /** Key of a series by claimant and category. */
    static final Function<Table, String> CLAIMANT_CATEGORY = series -> first(series, CLAIMANT, CATEGORY);
    /** Key of a series by side and category. */
    static final Function<Table, String> SIDE_CATEGORY = series -> first(series, SIDE, CATEGORY);

    private Matched() {
    }

    /**
     * The left totals with their matched right figures and the ratio. Columns, renamed by {@code names} (old name to
     * new; a name mapped to null is dropped): claimant, side, category, source, date, day, {@code left},
     * {@code left_parts}, {@code right_claimant}, {@code right_side}, {@code right_category}, {@code right_source},
     * {@code right_date}, lag_days, {@code right}, {@code right_parts}, {@code ratio}, {@code ratio_low},
     * {@code ratio_high}, approximate.
     */
    static Table ratios(String name, Table left, Table right, List<Function<Table, String>> keys,
                        Map<String, String> names) {
        int[] matches = AsOf.match(left, right, keys);
        DateColumn rightDates = (DateColumn) AsOf.pick(right.dateColumn(DATE), matches, "right_date");
        Quotient numerator = quotient(left, null);
        Quotient denominator = quotient(right, matches);
        List<Column<?>> columns = new ArrayList<>();
        for (String key : List.of(CLAIMANT, SIDE, CATEGORY, SOURCE, DATE, DAY)) {
            columns.add(left.column(key).copy());
        }
        columns.add(numerator.value().setName("left"));
        columns.add(left.stringColumn(PART_NAMES).copy().setName("left_parts"));
        for (String key : List.of(CLAIMANT, SIDE, CATEGORY, SOURCE)) {
            columns.add(AsOf.pick(right.stringColumn(key), matches, "right_" + key));
        }
        columns.add(rightDates);
        columns.add(rightDates.daysUntil(left.dateColumn(DATE)).setName(LAG_DAYS));
        columns.add(denominator.value().setName("right"));
        columns.add(AsOf.pick(right.stringColumn(PART_NAMES), matches, "right_parts"));
        columns.addAll(denominator.dividing(numerator, "ratio"));
        Table table = Table.create(name, columns.toArray(new Column<?>[0]));
        for (Map.Entry<String, String> rename : names.entrySet()) {
            if (rename.getValue() == null) {
                table.removeColumns(rename.getKey());
            } else {
                table.column(rename.getKey()).setName(rename.getValue());
            }
        }
        return table;
    }

    /** Renamings for {@link #ratios}, in the order given: old, new, old, new... (null new drops the column). */
    static Map<String, String> names(String... pairs) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            names.put(pairs[i], pairs[i + 1]);
        }
        return names;
    }

    /** Rows of a totals table whose column equals value. */
    static Table where(Table totals, String column, String value) {
        return Rows.where(totals, totals.stringColumn(column).isEqualTo(value));
    }

    private static Quotient quotient(Table totals, int[] rows) {
        if (rows == null) {
            return new Quotient(totals.doubleColumn(TOTAL).copy(), totals.doubleColumn(TOTAL_LOW).copy(),
                    totals.doubleColumn(TOTAL_HIGH).copy(), totals.booleanColumn(APPROXIMATE).copy());
        }
        return new Quotient((DoubleColumn) AsOf.pick(totals.doubleColumn(TOTAL), rows, TOTAL),
                (DoubleColumn) AsOf.pick(totals.doubleColumn(TOTAL_LOW), rows, TOTAL_LOW),
                (DoubleColumn) AsOf.pick(totals.doubleColumn(TOTAL_HIGH), rows, TOTAL_HIGH),
                (BooleanColumn) AsOf.pick(totals.booleanColumn(APPROXIMATE), rows, APPROXIMATE));
    }

    private static String first(Table series, String... columns) {
        StringBuilder key = new StringBuilder();
        for (String column : columns) {
            key.append(series.stringColumn(column).get(0)).append('|');
        }
        return key.toString();
    }
}
