package io.github.claimedlosses.model;

/** Whose losses a figure counts. */
public enum Side {
    RUSSIA("russia"),
    UKRAINE("ukraine");

    private final String id;

    Side(String id) {
        this.id = id;
    }

    /** The identifier written in tables. */
    public String id() {
        return id;
    }

    /** The side with the given identifier; throws {@link IllegalArgumentException} when unknown. */
    public static Side fromId(String id) {
        return Vocabulary.lookup(values(), Side::id, id, "side");
    }

    @Override
    public String toString() {
        return id;
    }
}
