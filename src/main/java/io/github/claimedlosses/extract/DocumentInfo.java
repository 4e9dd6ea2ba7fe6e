package io.github.claimedlosses.extract;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What is known about a document apart from its text.
 *
 * @param source the document's name as claims cite it (usually the file name)
 * @param date   the date the document was published, when known from outside the text; null otherwise, in which
 *               case the dateline, a day of the invasion in the body or the first reader comment dates it
 */
public record DocumentInfo(String source, LocalDate date) {
    public DocumentInfo {
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new IllegalArgumentException("a document needs a source name");
        }
    }

    /** A document known only by its name. */
    public static DocumentInfo named(String source) {
        return new DocumentInfo(source, null);
    }
}
