package io.github.claimedlosses.stats;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.selection.Selection;

/** Builders of the helper columns the statistics share: constants, 0/1 indicators, bounds filled with values. */
final class Columns {
    private Columns() {
    }

    /** A text column of {@code rows} copies of {@code value}. */
    static StringColumn constant(String name, int rows, String value) {
        StringColumn column = StringColumn.create(name, rows);
        column.set(Selection.withRange(0, rows), value);
        return column;
    }

    /** 1 on the selected rows and 0 elsewhere, so that flags can be summed or maximised by group. */
    static DoubleColumn indicator(String name, Selection selection, int rows) {
        DoubleColumn indicator = DoubleColumn.create(name, rows).fillWith(0.0);
        indicator.set(selection, 1.0);
        return indicator;
    }

    /** The bound where one is stated, the value itself where not. */
    static DoubleColumn orValue(DoubleColumn bound, DoubleColumn value) {
        DoubleColumn filled = bound.copy();
        filled.set(bound.isMissing(), value);
        return filled;
    }
}
