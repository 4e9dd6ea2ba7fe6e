package io.github.claimedlosses.source;

import java.util.Optional;

/**
 * How a source recognises its files, in three passes over every registered source: by name, then (once the file is
 * known not to be binary) by content, then as a last resort. Each pass returns the id of the source's format, or
 * empty; a detection may refuse a file it recognises but cannot read by throwing a {@code BadInputException} that
 * says why.
 */
public interface Detection {
    /** The format of a file recognised by its name alone (a {@code .txt} document, say). */
    default Optional<String> byName(Head head) {
        return Optional.empty();
    }

    /** The format of a file recognised by its first bytes (JSON keys, a CSV header). */
    default Optional<String> byContent(Head head) {
        return Optional.empty();
    }

    /** The format of a file no source recognised by content (any other UTF-8 text, say). */
    default Optional<String> fallback(Head head) {
        return Optional.empty();
    }
}
