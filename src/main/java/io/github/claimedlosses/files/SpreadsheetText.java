package io.github.claimedlosses.files;

/**
 * Text cells that a spreadsheet would run as a formula: those beginning with {@code = + - @}, a tab or a carriage
 * return. The publication's tables {@link #neutralise neutralise} them with a leading apostrophe, as spreadsheets
 * themselves do; the claims CSV {@link #escape escapes} them the same way but losslessly (apostrophes before a
 * formula are counted: {@code '=x} is written {@code ''=x}), so that {@link #unescape} gives back the text exactly.
 * Text that begins otherwise, with an apostrophe or not, is written as it is.
 */
public final class SpreadsheetText {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    /** Whether a spreadsheet would take {@code text} for a formula. */
    public static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    /** {@code text} with a leading apostrophe when it looks like a formula (for tables people open, one way). */
    public static String neutralise(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }

    /** {@code text} made safe and reversible: one more apostrophe before a formula and the apostrophes before it. */
    public static String escape(String text) {
        int start = leadingApostrophes(text);
        return start < text.length() && FORMULA_STARTS.indexOf(text.charAt(start)) >= 0 ? "'" + text : text;
    }

    /** The text {@link #escape} was given. */
    public static String unescape(String cell) {
        return cell.startsWith("'") && looksLikeFormula(withoutLeadingApostrophes(cell)) ? cell.substring(1) : cell;
    }

    private static String withoutLeadingApostrophes(String text) {
        return text.substring(leadingApostrophes(text));
    }

    private static int leadingApostrophes(String text) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == '\'') {
            start++;
        }
        return start;
    }
}
