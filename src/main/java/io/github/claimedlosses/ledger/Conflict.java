package io.github.claimedlosses.ledger;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A key that documents state with different values, and, where the General Staff dataset has the key's date and
 * category, the value it holds: a stated value that differs from it is likely a repost's typo.
 *
 * @param entry     the ledger entry, with every stated value
 * @param reference the dataset's value for the key, or empty when there is none to compare with
 */
public record Conflict(LedgerEntry entry, OptionalDouble reference) {
    public Conflict {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(reference, "reference");
        if (!entry.isDisputed()) {
            throw new IllegalArgumentException(entry.key().text() + ": every document states one value");
        }
    }

    /** The key. */
    public LedgerKey key() {
        return entry.key();
    }

    /** Every value stated, most documents first. */
    public List<StatedValue> values() {
        return entry.values();
    }

    /** Whether {@code value} is the dataset's; empty when there is no dataset value to compare with. */
    public java.util.Optional<Boolean> agreesWithReference(StatedValue value) {
        return reference.isPresent()
                ? java.util.Optional.of(Double.compare(reference.getAsDouble(), value.value()) == 0)
                : java.util.Optional.empty();
    }
}
