package io.github.claimedlosses.extract;

/**
 * A word, numeral or symbol of a document, with its place in the text.
 *
 * @param type  what the token is
 * @param start index of its first character in the document
 * @param end   index after its last character
 * @param norm  its text in lower case, with typographic apostrophes made plain and the spaces inside a numeral
 *              ({@code 17 500}) made ordinary spaces
 */
record Token(Type type, int start, int end, String norm) {
    /** Kinds of token. */
    enum Type {
        /** Contains a letter: {@code tanks}, {@code T-90}, {@code 575th}, {@code 70k}. */
        WORD,
        /** Digits with group separators or a decimal point: {@code 17,500}, {@code 17 500}, {@code 1.2}. */
        NUMERAL,
        /** Anything else: punctuation, {@code 24/7}, {@code 12:49}. */
        SYMBOL
    }

    /** True for a symbol token whose text is {@code symbol}. */
    boolean isSymbol(String symbol) {
        return type == Type.SYMBOL && norm.equals(symbol);
    }
}
