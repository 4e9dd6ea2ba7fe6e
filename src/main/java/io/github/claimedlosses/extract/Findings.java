package io.github.claimedlosses.extract;

import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Provenance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects the claims and warnings of one document as they are found, each at its index in the text, and
 * returns them in document order. Offsets in provenance count characters (Unicode code points), so that they mean
 * the same in any language. Used by one thread for one document.
 */
final class Findings {
    private static final Pattern SPACES = Pattern.compile("[\\s\\h]+");
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

    /** The provenance of a figure at {@code index}, quoting {@code from..to} of the text with white space folded. */
    Provenance provenance(int index, int from, int to) {
        return new Provenance(source, location(index), quote(from, to));
    }

    /** The text between {@code from} and {@code to} with runs of white space folded to one space. */
    String quote(int from, int to) {
        return SPACES.matcher(text.substring(from, to)).replaceAll(" ").strip();
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
