package io.github.claimedlosses.notebook.display;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.columns.Column;

/**
 * How a notebook writes a table cell: figures (floating-point columns) with thousands separators ({@code 17,500}) and
 * up to three decimals ({@code 28.502}; four below 1, {@code 0.4667}; tiny ones in scientific notation); whole-number
 * columns, which hold days, ranks and counts of records, plainly ({@code 1627}); a missing value as nothing; and
 * everything else as Tablesaw writes it (dates as {@code 2022-03-31}).
 */
final class CellFormat {
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);
    /** Whole numbers beyond this are written with the general pattern rather than as a long. */
    private static final double LARGEST_WHOLE = 1e15;

    private CellFormat() {
    }

    /** The cell of {@code column} at {@code row}, as text. */
    static String cell(Column<?> column, int row) {
        if (column.isMissing(row)) {
            return "";
        }
        if (column instanceof IntColumn || column instanceof LongColumn || column instanceof ShortColumn) {
            return Long.toString((long) ((NumericColumn<?>) column).getDouble(row));
        }
        if (column instanceof NumericColumn) {
            return number(((NumericColumn<?>) column).getDouble(row));
        }
        return column.getString(row);
    }

    /** True when the column holds numbers, which are aligned right. */
    static boolean isNumeric(Column<?> column) {
        return column instanceof NumericColumn;
    }

    /** A number as a notebook shows it. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        double magnitude = Math.abs(value);
        if (value == Math.rint(value) && magnitude < LARGEST_WHOLE) {
            return new DecimalFormat("#,##0", SYMBOLS).format(value);
        }
        if (magnitude < 1e-4) {
            return new DecimalFormat("0.###E0", SYMBOLS).format(value);
        }
        return new DecimalFormat(magnitude < 1 ? "0.####" : "#,##0.###", SYMBOLS).format(value);
    }
}
