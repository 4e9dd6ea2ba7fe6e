package io.github.claimedlosses.ledger;

import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Qualifier;
import java.util.Objects;

/**
 * One value stated for a ledger key, with how many documents state it and the first and latest of them.
 *
 * @param value     the figure
 * @param qualifier how the first document qualifies it ({@code about}, ...)
 * @param documents how many documents state it
 * @param first     the earliest published document stating it
 * @param latest    the latest published document stating it
 */
public record StatedValue(double value, Qualifier qualifier, long documents, SourceRef first, SourceRef latest) {
    public StatedValue {
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(latest, "latest");
        if (documents < 1) {
            throw new IllegalArgumentException("a stated value needs a document, not " + documents);
        }
    }

    /** {@code 4559 (1 document)}. */
    @Override
    public String toString() {
        return Claim.format(value) + " (" + documents + (documents == 1 ? " document)" : " documents)");
    }
}
