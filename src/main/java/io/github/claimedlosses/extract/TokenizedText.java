package io.github.claimedlosses.extract;

import java.util.List;

/**
 * A document's normalised text with its tokens, made once per document so that every reader takes the tokens of its
 * stretch from here instead of tokenizing the text again. Immutable.
 */
final class TokenizedText {
    private final String text;
    private final List<Token> tokens;

    private TokenizedText(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    /** {@code text} and its tokens. */
    static TokenizedText of(String text) {
        return new TokenizedText(text, Tokenizer.tokenize(text));
    }

    /** The text. */
    String text() {
        return text;
    }

    /**
     * The tokens of {@code [from, to)}, as {@link Tokenizer#tokenize(String, int, int)} gives them: a view of the
     * document's list, unless a bound cuts one of its tokens ({@code tanks-614} read from its number), when the
     * stretch is tokenized on its own.
     */
    List<Token> tokens(int from, int to) {
        int first = firstEndingAfter(from);
        int last = firstEndingAfter(to);
        boolean cutAtStart = first < tokens.size() && tokens.get(first).start() < from;
        boolean cutAtEnd = last < tokens.size() && tokens.get(last).start() < to;
        if (cutAtStart || cutAtEnd) {
            return Tokenizer.tokenize(text, from, to);
        }
        return tokens.subList(first, Math.max(first, last));
    }

    /** The index of the first token that ends after {@code index} (tokens are disjoint, so their ends are sorted). */
    private int firstEndingAfter(int index) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).end() <= index) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
