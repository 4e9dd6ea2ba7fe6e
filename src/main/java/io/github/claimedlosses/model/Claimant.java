package io.github.claimedlosses.model;


/** Who states a figure. Visually confirmed counts ({@link #ORYX}) are a claimant of their own, never mixed with claims. */
public enum Claimant {
    UA_GENERAL_STAFF("ua-general-staff", "General Staff of the Armed Forces of Ukraine"),
    UA_MOD("ua-mod", "Ministry of Defence of Ukraine"),
    RU_MOD("ru-mod", "Ministry of Defence of the Russian Federation"),
    UK_MOD("uk-mod", "UK Ministry of Defence"),
    US_DOD("us-dod", "US Department of Defense"),
    ORYX("oryx", "Oryx (visually confirmed)"),
    PRESS("press", "Press"),
    READER_COMMENT("reader-comment", "Reader comment"),
    OTHER("other", "Other");

    private final String id;
    private final String label;

    Claimant(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The identifier written in tables, e.g. {@code ua-general-staff}. */
    public String id() {
        return id;
    }

    /** A human-readable name for titles and source lines. */
    public String label() {
        return label;
    }

    /** True for figures confirmed from photo or video evidence rather than claimed. */
    public boolean isConfirmation() {
        return this == ORYX;
    }

    /**
     * The claimant with the given identifier.
     *
     * @throws IllegalArgumentException naming the accepted identifiers when {@code id} is unknown
     */
    public static Claimant fromId(String id) {
        return Vocabulary.lookup(values(), Claimant::id, id, "claimant");
    }

    @Override
    public String toString() {
        return id;
    }

}
