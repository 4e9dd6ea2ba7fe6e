package io.github.claimedlosses.extract;

import java.util.Objects;

/**
 * Something the extractor could not settle and says rather than guess: an undated figure, a figure whose side is
 * not stated, a bulletin line naming no known category.
 *
 * @param location where in the document: {@code offset N} (characters before the figure), or empty for the whole
 *                 document
 * @param message  what is wrong and what was done about it
 */
public record ExtractionWarning(String location, String message) {
    public ExtractionWarning {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** The warning as one line: {@code offset 1734: ...}. */
    @Override
    public String toString() {
        return location.isEmpty() ? message : location + ": " + message;
    }
}
