package io.github.claimedlosses.stats;

import static io.github.claimedlosses.model.ClaimSchema.CATEGORY;
import static io.github.claimedlosses.model.ClaimSchema.CLAIMANT;
import static io.github.claimedlosses.model.ClaimSchema.DATE;
import static io.github.claimedlosses.model.ClaimSchema.DAY;
import static io.github.claimedlosses.model.ClaimSchema.SIDE;
import static io.github.claimedlosses.model.ClaimSchema.SOURCE;
import static io.github.claimedlosses.stats.StatColumns.APPROXIMATE;
import static io.github.claimedlosses.stats.StatColumns.CATEGORIES_REPORTED;
import static io.github.claimedlosses.stats.StatColumns.SHARE;
import static io.github.claimedlosses.stats.StatColumns.TOTAL;
import static io.github.claimedlosses.stats.StatColumns.TOTAL_OF_CATEGORIES;
import static tech.tablesaw.aggregate.AggregateFunctions.countNonMissing;
import static tech.tablesaw.aggregate.AggregateFunctions.max;
import static tech.tablesaw.aggregate.AggregateFunctions.sum;

import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.table.Rows;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Category mix: each category's share of the summed running totals of the listed categories, per claimant, side,
 * source and date. Only the categories reported on a date enter its total ({@code categories_reported} says how
 * many), so a mix before and after a category change is visibly computed over different sets.
 */
final class Shares {
    private static final String APPROXIMATE_COUNT = "__approximate";

    private Shares() {
    }

    static Table of(Table claims, List<Category> categories) {
        Table totals = Totals.of(claims);
        Table listed = Rows.where(totals, totals.stringColumn(CATEGORY)
                .isIn(categories.stream().map(Category::id).toList()));
        DoubleColumn approximate = Columns.indicator(APPROXIMATE_COUNT, listed.booleanColumn(APPROXIMATE).isTrue(),
                listed.rowCount());
        Table work = listed.copy().addColumns(approximate);
        Table sums = Groups.summarize(work, List.of(TOTAL, APPROXIMATE_COUNT),
                List.of(sum, countNonMissing, max), CLAIMANT, SIDE, SOURCE, DATE);
        Map<String, Integer> byGroup = new HashMap<>();
        for (int row = 0; row < sums.rowCount(); row++) {
            byGroup.put(group(sums, row), row);
        }
        int size = listed.rowCount();
        DoubleColumn groupTotal = DoubleColumn.create(TOTAL_OF_CATEGORIES, size);
        IntColumn reported = IntColumn.create(CATEGORIES_REPORTED, size);
        BooleanColumn anyApproximate = BooleanColumn.create(APPROXIMATE, size);
        for (int row = 0; row < size; row++) {
            int group = byGroup.get(group(listed, row));
            groupTotal.set(row, sums.doubleColumn("Sum [" + TOTAL + "]").getDouble(group));
            reported.set(row, (int) sums.doubleColumn("Count [" + TOTAL + "]").getDouble(group));
            anyApproximate.set(row, sums.doubleColumn("Max [" + APPROXIMATE_COUNT + "]").getDouble(group) > 0);
        }
        Table table = Table.create("shares", listed.stringColumn(CLAIMANT).copy(), listed.stringColumn(SIDE).copy(),
                listed.stringColumn(SOURCE).copy(), listed.dateColumn(DATE).copy(), listed.intColumn(DAY).copy(),
                listed.stringColumn(CATEGORY).copy(), listed.doubleColumn(TOTAL).copy(), groupTotal, reported,
                Ratio.of(listed.doubleColumn(TOTAL), groupTotal).setName(SHARE), anyApproximate);
        return Series.sorted(table, List.of(CLAIMANT, SIDE, SOURCE, DATE, CATEGORY));
    }

    private static String group(Table table, int row) {
        return table.stringColumn(CLAIMANT).get(row) + "|" + table.stringColumn(SIDE).get(row) + "|"
                + table.stringColumn(SOURCE).get(row) + "|" + table.dateColumn(DATE).get(row);
    }
}
