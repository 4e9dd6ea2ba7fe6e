package io.github.claimedlosses.model;

/** What a figure measures. */
public enum Kind {
    /** A running total since the start of the full-scale invasion. */
    CUMULATIVE("cumulative"),
    /** A change over a period (a day's losses, or a signed correction). */
    INCREMENT("increment"),
    /** An estimate that is not a running count (for example an intelligence assessment). */
    ESTIMATE("estimate"),
    /** Computed from another stated figure (for example "thrice that number"). */
    DERIVED("derived");

    private final String id;

    Kind(String id) {
        this.id = id;
    }

    /** The identifier written in tables. */
    public String id() {
        return id;
    }

    /** The kind with the given identifier; throws {@link IllegalArgumentException} when unknown. */
    public static Kind fromId(String id) {
        return Vocabulary.lookup(values(), Kind::id, id, "kind");
    }

    @Override
    public String toString() {
        return id;
    }
}
