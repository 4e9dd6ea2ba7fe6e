package io.github.claimedlosses.ledger;

import java.util.List;
import java.util.Objects;

/**
 * One row of the ledger: a key, the value most documents state for it, and the other values stated.
 *
 * @param key    claimant, side, category, as-of date and kind
 * @param values every value stated, the ledger's value first (most documents; ties by the earlier first source)
 */
public record LedgerEntry(LedgerKey key, List<StatedValue> values) {
    public LedgerEntry {
        Objects.requireNonNull(key, "key");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException(key.text() + ": a ledger entry needs a stated value");
        }
    }

    /** The entry of a key from its tally. */
    public static LedgerEntry of(LedgerKey key, KeyTally tally) {
        return new LedgerEntry(key, tally.values());
    }

    /** The value most documents state. */
    public StatedValue stated() {
        return values.get(0);
    }

    /** The ledger's figure: {@link #stated()}'s value. */
    public double value() {
        return stated().value();
    }

    /** The values other documents state for the same key, most documents first; empty when all agree. */
    public List<StatedValue> others() {
        return values.subList(1, values.size());
    }

    /** True when documents state different values for the key. */
    public boolean isDisputed() {
        return values.size() > 1;
    }

    /** How many documents state any value for the key. */
    public long documents() {
        return values.stream().mapToLong(StatedValue::documents).sum();
    }
}
