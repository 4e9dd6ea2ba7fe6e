package io.github.claimedlosses.extract;

/**
 * The parts of a bulletin's category line: optional bullet, a name without digits, a dash, the rest
 * ({@code • tanks ‒ 614 (+9)}). The dash is one of the strong dashes (spaced or not), or a hyphen that a space
 * precedes or the figures follow ({@code anti-aircraft systems - 54}, {@code рівня-83}), so that a hyphen inside a
 * name ({@code Anti-aircraft}) does not end it; the first such dash ends the name. Found by one scan of the line.
 *
 * @param nameStart index of the name's first character (a letter)
 * @param nameEnd   index after the name's last character
 * @param restStart index of the rest's first character, after the dash and any spaces
 */
record ItemLine(int nameStart, int nameEnd, int restStart) {
    private static final String BULLETS = "•·*▪";

    /**
     * The parts of {@code text[from, to)} as a category line, or null when it is none.
     *
     * @param strong the strong dashes, each one character
     * @param weak   the hyphens, each one character
     */
    static ItemLine of(String text, int from, int to, String strong, String weak) {
        int p = skipSpaces(text, from, to);
        if (p < to && BULLETS.indexOf(text.charAt(p)) >= 0) {
            int q = skipSpaces(text, p + 1, to);
            if (q > p + 1) {
                p = q;
            }
        }
        if (p >= to || !Character.isLetter(text.codePointAt(p))) {
            return null;
        }
        int nameStart = p;
        int e = p + Character.charCount(text.codePointAt(p));
        while (e <= to) {
            int restStart = separatorEnd(text, e, to, strong, weak);
            if (restStart >= 0) {
                restStart = skipSpaces(text, restStart, to);
                if (noLineTerminator(text, restStart, to)) {
                    return new ItemLine(nameStart, e, restStart);
                }
            }
            if (e == to || isAsciiDigit(text.charAt(e)) || text.charAt(e) == '\n') {
                return null;
            }
            e++;
        }
        return null;
    }

    /** The end of a dash that separates the name ending at {@code e} from the rest, or -1. */
    private static int separatorEnd(String text, int e, int to, String strong, String weak) {
        int j = skipSpaces(text, e, to);
        if (j < to && strong.indexOf(text.charAt(j)) >= 0) {
            return j + 1;
        }
        if (j > e && j < to && weak.indexOf(text.charAt(j)) >= 0) {
            return j + 1;
        }
        if (e < to && weak.indexOf(text.charAt(e)) >= 0) {
            int k = skipSpaces(text, e + 1, to);
            if (k < to && isAsciiDigit(text.charAt(k))) {
                return e + 1;
            }
        }
        return -1;
    }

    private static int skipSpaces(String text, int from, int to) {
        int i = from;
        while (i < to && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** White space as a regular expression's {@code [\s\h]} has it. */
    static boolean isSpace(char c) {
        switch (c) {
            case ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u1680', '\u180E', '\u202F', '\u205F', '\u3000':
                return true;
            default:
                return c >= '\u2000' && c <= '\u200A';
        }
    }

    /** Whether {@code text[from, to)} holds none of the characters that end a line for a regular expression's dot. */
    private static boolean noLineTerminator(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
