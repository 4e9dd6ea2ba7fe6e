package io.github.claimedlosses.extract;

/**
 * A number found among a sentence's tokens.
 *
 * @param type  a count, or a multiple of the figure before it ({@code thrice that number})
 * @param start index of its first token (the first digit or number word)
 * @param end   index after its last token
 * @param value the count (for a range, the midpoint), or the factor of a multiple
 * @param low   lower bound of a range, else null
 * @param high  upper bound of a range, else null
 */
record Mention(Type type, int start, int end, double value, Double low, Double high) {
    /** What the number is. */
    enum Type {
        /** A count: {@code 17,500}, {@code seven}, {@code 1.2 million}, {@code 50-60}. */
        COUNT,
        /** A factor applied to the previous figure: {@code thrice that number}, {@code twice as many}. */
        MULTIPLE,
        /**
         * An article that stands for one in a list of counts ({@code 70 personnel, a tank and three vehicles}): a count
         * of one only when a category follows it closely.
         */
        LISTED_ARTICLE,
        /**
         * A category noun that stands for one in a list of counts, in languages without articles ({@code до 260
         * военнослужащих, танк и три боевые бронированные машины}): a count of one when it is the category's name.
         */
        LISTED_NOUN
    }

    /** True for a stated range such as {@code 50-60}. */
    boolean isRange() {
        return low != null;
    }
}
