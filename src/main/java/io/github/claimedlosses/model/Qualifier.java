package io.github.claimedlosses.model;

/** How exactly a figure is stated: "about 17,500", "more than 300", "50-60". */
public enum Qualifier {
    EXACT("exact"),
    ABOUT("about"),
    MORE_THAN("more_than"),
    AT_LEAST("at_least"),
    AT_MOST("at_most"),
    /** A stated interval; the claim carries {@code low} and {@code high}. */
    RANGE("range");

    private final String id;

    Qualifier(String id) {
        this.id = id;
    }

    /** The identifier written in tables. */
    public String id() {
        return id;
    }

    /** True when the figure is not stated as an exact count. */
    public boolean isApproximate() {
        return this != EXACT;
    }

    /** The qualifier with the given identifier; throws {@link IllegalArgumentException} when unknown. */
    public static Qualifier fromId(String id) {
        return Vocabulary.lookup(values(), Qualifier::id, id, "qualifier");
    }

    @Override
    public String toString() {
        return id;
    }
}
