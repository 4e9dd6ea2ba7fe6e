package io.github.claimedlosses.stats;

import static io.github.claimedlosses.stats.StatColumns.APPROXIMATE;

import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.columns.Column;

/**
 * The ratio of two figures with their uncertainty: missing where the denominator is zero or missing; bounds from
 * the stated bounds of either figure (low = numerator low / denominator high, high = numerator high / denominator
 * low, the value standing in for a bound not stated), missing when neither figure states bounds or the bound is
 * unlimited; approximate when either figure is.
 *
 * @param value       the figures
 * @param low         their stated lower bounds, missing where none
 * @param high        their stated upper bounds, missing where none
 * @param approximate whether each figure was stated approximately
 */
record Quotient(DoubleColumn value, DoubleColumn low, DoubleColumn high, BooleanColumn approximate) {
    /** The columns {@code name}, {@code name_low}, {@code name_high} and {@code approximate} of numerator / this. */
    List<Column<?>> dividing(Quotient numerator, String name) {
        DoubleColumn ratio = Ratio.of(numerator.value, value).setName(name);
        DoubleColumn bounded = DoubleColumn.create("bounded", value.size());
        bounded.set(numerator.low.isNotMissing().or(numerator.high.isNotMissing()).or(low.isNotMissing())
                .or(high.isNotMissing()), 1.0);
        DoubleColumn ratioLow = Ratio.of(Columns.orValue(numerator.low, numerator.value),
                Columns.orValue(high, value));
        DoubleColumn ratioHigh = Ratio.of(Columns.orValue(numerator.high, numerator.value),
                Columns.orValue(low, value));
        ratioLow.set(bounded.isMissing(), (Double) Double.NaN);
        ratioHigh.set(bounded.isMissing(), (Double) Double.NaN);
        BooleanColumn either = BooleanColumn.create(APPROXIMATE, value.size());
        for (int row = 0; row < value.size(); row++) {
            either.set(row, isTrue(numerator.approximate, row) || isTrue(approximate, row));
        }
        return List.of(ratio, ratioLow.setName(name + "_low"), ratioHigh.setName(name + "_high"), either);
    }

    private static boolean isTrue(BooleanColumn column, int row) {
        return !column.isMissing(row) && column.get(row);
    }
}
