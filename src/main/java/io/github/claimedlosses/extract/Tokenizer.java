package io.github.claimedlosses.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into {@link Token}s in one pass. A token is a run of letters and digits, held together by a hyphen
 * ({@code T-90}, {@code anti-aircraft}), an apostrophe after a letter ({@code Russia’s}; after a digit it ends the numeral, as before a Turkish case ending
 * in {@code 300'e}), a full stop between
 * letters ({@code U.S}) or a comma, full stop or colon between digits ({@code 1,735}, {@code 1.2}, {@code 12:49}); a
 * hyphen between two digits is a token of its own ({@code 2-3}), and so is a slash between letters
 * ({@code ОТРК/ТРК}). A numeral of one to three digits followed by a single space and exactly three digits is one
 * numeral ({@code 17 500}). Every other non-space character is a symbol token.
 */
final class Tokenizer {
    /** Characters below this (Latin, Greek, Cyrillic) are classified from a table made from {@link Character}. */
    private static final int TABLE = 0x0530;
    private static final byte LETTER = 1;
    private static final byte DIGIT = 2;
    private static final byte MARK = 4;
    private static final byte[] CLASSES = classes();
    private static final long[] DIGITS = digits();

    private Tokenizer() {
    }

    private static byte[] classes() {
        byte[] classes = new byte[TABLE];
        for (char c = 0; c < TABLE; c++) {
            classes[c] = (byte) ((Character.isLetter(c) ? LETTER : 0) | (Character.isDigit(c) ? DIGIT : 0)
                    | (Character.getType(c) == Character.NON_SPACING_MARK ? MARK : 0));
        }
        return classes;
    }

    /** {@link Character#isLetter(char)}, from a table below U+0530. */
    static boolean isLetter(char c) {
        return c < TABLE ? (CLASSES[c] & LETTER) != 0 : Character.isLetter(c);
    }

    /** The tokens of {@code text} between {@code from} (inclusive) and {@code to} (exclusive). */
    static List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
            } else if (isLetterOrDigit(c)) {
                i = word(text, i, to, tokens);
            } else {
                tokens.add(Token.of(Token.Type.SYMBOL, i, i + 1, String.valueOf(plain(c))));
                i++;
            }
        }
        return tokens;
    }

    /** The tokens of all of {@code text}. */
    static List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    /** White space, including no-break and thin spaces and a byte-order mark. */
    static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
        }
        if (c < '\u1680') {
            return c == '\u00A0'; // below U+1680 the no-break space is the only space outside ASCII
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /**
     * {@link Character#isDigit(char)}: below U+0660, the first decimal digit outside ASCII (Arabic-Indic zero), by
     * comparison; above it, from a table of bits made from {@code Character}.
     */
    static boolean isDigit(char c) {
        return c < '\u0660' ? c >= '0' && c <= '9' : (DIGITS[c >>> 6] & (1L << c)) != 0;
    }

    /** The decimal digits of the Basic Multilingual Plane as bits, made from {@link Character#isDigit(char)}. */
    private static long[] digits() {
        long[] digits = new long[(Character.MAX_VALUE + 1) / Long.SIZE];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isDigit((char) c)) {
                digits[c >>> 6] |= 1L << c;
            }
        }
        return digits;
    }

    /** {@link Character#isLetterOrDigit(char)}, from a table below U+0530. */
    private static boolean isLetterOrDigit(char c) {
        return c < TABLE ? (CLASSES[c] & (LETTER | DIGIT)) != 0 : Character.isLetterOrDigit(c);
    }

    /** A letter, a digit or a non-spacing mark: what a word is made of. */
    private static boolean isWordPart(char c) {
        return c < TABLE ? CLASSES[c] != 0 : Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static int word(String text, int start, int to, List<Token> tokens) {
        int i = start;
        boolean letters = false;
        boolean inner = false;
        while (i < to) {
            char c = text.charAt(i);
            if (isWordPart(c)) {
                letters |= isLetter(c);
                i++;
            } else if (i + 1 < to && joins(text.charAt(i - 1), c, text.charAt(i + 1))) {
                inner |= c != ',' && c != '.';
                i++;
            } else {
                break;
            }
        }
        if (!letters && !inner) {
            i = spaceGroups(text, start, i, to);
        }
        Token.Type type = letters ? Token.Type.WORD : inner ? Token.Type.SYMBOL : Token.Type.NUMERAL;
        tokens.add(Token.of(type, start, i, normalize(text, start, i)));
        return i;
    }

    /** Whether {@code c} between {@code before} and {@code after} keeps a token together. */
    private static boolean joins(char before, char c, char after) {
        boolean digitBefore = isDigit(before);
        boolean digitAfter = isDigit(after);
        boolean letterAfter = isLetter(after);
        switch (c) {
            case '-':
            case '\u2010':
                return (letterAfter || isLetter(before)) && isLetterOrDigit(after);
            case '\'':
            case '\u2019':
            case '\u02BC':
                // after a number, only an English "'s" stays on it ("1945's", not a figure); a case ending ("300'e",
                // "1080'i") is a word of its own, so the number stays a numeral
                return letterAfter && (!digitBefore || after == 's' || after == 'S');
            case '.':
                return (digitBefore && digitAfter) || (isLetter(before) && letterAfter);
            case ',':
            case ':':
                return digitBefore && digitAfter;
            case '/':
                return digitBefore && digitAfter;
            default:
                return false;
        }
    }

    /**
     * Extends a numeral of one to three digits over following groups of exactly three digits, each after one space
     * ({@code 17 500}, {@code 1 200 000}); returns the new end.
     */
    private static int spaceGroups(String text, int start, int end, int to) {
        if (end - start > 3 || !allDigits(text, start, end)) {
            return end;
        }
        int i = end;
        while (i + 4 <= to && isGroupSpace(text.charAt(i)) && allDigits(text, i + 1, i + 4)
                && (i + 4 == to || !continuesNumber(text, i + 4, to))) {
            i += 4;
        }
        return i;
    }

    private static boolean continuesNumber(String text, int i, int to) {
        char c = text.charAt(i);
        if (isLetterOrDigit(c)) {
            return true;
        }
        return (c == ',' || c == '.') && i + 1 < to && isDigit(text.charAt(i + 1));
    }

    private static boolean isGroupSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    private static boolean allDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The token text of {@code text[from, to)}: lower case, plain apostrophes, ordinary spaces. */
    private static String normalize(String text, int from, int to) {
        int i = from;
        while (i < to && isPlainLower(text.charAt(i))) {
            i++;
        }
        if (i == to) {
            return text.substring(from, to);
        }
        char[] out = new char[to - from];
        boolean simple = true;
        for (int k = from; k < to; k++) {
            char c = plain(text.charAt(k));
            simple &= hasSimpleLowerCase(c);
            out[k - from] = isGroupSpace(c) ? ' ' : simple ? Character.toLowerCase(c) : c;
        }
        // where a character's lower case may depend on its neighbours or be longer (Greek, Turkish İ), as String does
        return simple ? new String(out) : new String(out).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the lower case of {@code c} is {@link Character#toLowerCase(char)}, whatever surrounds it, as in
     * {@link String#toLowerCase(Locale)}: true for Latin-1 and Cyrillic.
     */
    private static boolean hasSimpleLowerCase(char c) {
        return c < '\u0100' || (c >= '\u0400' && c <= '\u04FF');
    }

    /** Whether {@code c} is its own token text: a digit, a lower-case letter, or punctuation of ASCII. */
    private static boolean isPlainLower(char c) {
        if (c < 0x80) {
            return c != ' ' && (c < 'A' || c > 'Z');
        }
        return c >= '\u0430' && c <= '\u045F';
    }

    /** Typographic apostrophes as a plain one. */
    private static char plain(char c) {
        return c == '\u2019' || c == '\u02BC' ? '\'' : c;
    }
}
