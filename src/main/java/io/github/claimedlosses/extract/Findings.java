package io.github.claimedlosses.extract;

import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Provenance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the claims and warnings of one document as they are found, each at its index in the text, and
 * returns them in document order. Offsets in provenance count characters (Unicode code points), so that they mean
 * the same in any language. Used by one thread for one document.
 */
final class Findings {
    private static final String OFFSET = "offset ";

    private final String source;
    private final String text;
    private final boolean surrogates;
    private final List<Located<Claim>> claims = new ArrayList<>();
    private final List<Located<ExtractionWarning>> warnings = new ArrayList<>();

    Findings(String source, String text) {
        this.source = source;
        this.text = text;
        this.surrogates = text.chars().anyMatch(c -> Character.isSurrogate((char) c));
    }

    /**
     * The provenance of a figure at {@code index}, quoting {@code quote} (see {@link #quote}): a whole figure of its
     * category ({@link Provenance#WHOLE}), which other sentences may restate; the offset is its location.
     */
    Provenance provenance(int index, String quote) {
        return new Provenance(source, location(index), quote, Provenance.WHOLE);
    }

    /** The text between {@code from} and {@code to}, trimmed, with runs of white space folded to one space. */
    String quote(int from, int to) {
        StringBuilder quote = new StringBuilder(to - from);
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Tokenizer.isSpace(c)) {
                space = quote.length() > 0;
            } else {
                if (space) {
                    quote.append(' ');
                    space = false;
                }
                quote.append(c);
            }
        }
        return quote.toString();
    }

    /** Adds a claim whose figure starts at {@code index}. */
    void claim(int index, Claim claim) {
        claims.add(new Located<>(index, claim));
    }

    /** Adds a warning about the figure at {@code index}, or about the whole document when {@code index} is negative. */
    void warn(int index, String message) {
        warnings.add(new Located<>(index, new ExtractionWarning(index < 0 ? "" : location(index), message)));
    }

    /** Everything found, in document order. */
    Extraction result() {
        return new Extraction(sorted(claims), sorted(warnings));
    }

    private String location(int index) {
        return OFFSET + (surrogates ? text.codePointCount(0, index) : index);
    }

    private static <T> List<T> sorted(List<Located<T>> items) {
        List<Located<T>> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparingInt(Located::index));
        List<T> values = new ArrayList<>(copy.size());
        copy.forEach(item -> values.add(item.value()));
        return values;
    }

    private record Located<T>(int index, T value) {
    }
}
