package io.github.claimedlosses.extract;

/**
 * A word, numeral or symbol of a document, with its place in the text. Made by {@link #of}, which works out which
 * vocabularies its text may open a phrase of ({@link Openers}).
 *
 * @param type       what the token is
 * @param start      index of its first character in the document
 * @param end        index after its last character
 * @param norm       its text in lower case, with typographic apostrophes made plain and the spaces inside a numeral
 *                   ({@code 17 500}) made ordinary spaces
 * @param opens      the bits of the vocabularies whose first words the text is or starts with
 * @param generation the generation of {@link Openers} that {@code opens} was computed in
 */
record Token(Type type, int start, int end, String norm, long opens, int generation) {
    /** Kinds of token. */
    enum Type {
        /** Contains a letter: {@code tanks}, {@code T-90}, {@code 575th}, {@code 70k}. */
        WORD,
        /** Digits with group separators or a decimal point: {@code 17,500}, {@code 17 500}, {@code 1.2}. */
        NUMERAL,
        /** Anything else: punctuation, {@code 24/7}, {@code 12:49}. */
        SYMBOL
    }

    /** A token of {@code type} over {@code [start, end)} whose text is {@code norm}. */
    static Token of(Type type, int start, int end, String norm) {
        return Openers.token(type, start, end, norm);
    }

    /** True for a symbol token whose text is {@code symbol}. */
    boolean isSymbol(String symbol) {
        return type == Type.SYMBOL && norm.equals(symbol);
    }

    /**
     * Whether this token may open a phrase of the vocabulary registered with {@code bit} in {@code since}: always
     * when its mask is older than that vocabulary.
     */
    boolean mayOpen(long bit, int since) {
        return generation < since || (opens & bit) != 0;
    }
}
