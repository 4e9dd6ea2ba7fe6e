package io.github.claimedlosses.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Who states a figure. Labels and the kind of figure each gives (claimed, or confirmed from evidence) are data, in
 * {@code claimants.json} beside this class. Confirmed counts ({@link #ORYX}'s visually confirmed losses,
 * {@link #MEDIAZONA}'s dead identified by name) are claimants of their own, never mixed with claims.
 */
public enum Claimant {
    UA_GENERAL_STAFF("ua-general-staff"),
    UA_MOD("ua-mod"),
    RU_MOD("ru-mod"),
    UK_MOD("uk-mod"),
    US_DOD("us-dod"),
    ORYX("oryx"),
    PRESS("press"),
    READER_COMMENT("reader-comment"),
    OTHER("other"),
    RU_GENERAL_STAFF("ru-general-staff"),
    UA_PRESIDENT("ua-president"),
    MEDIAZONA("mediazona");

    private static final String FILE = "claimants.json";

    private final String id;

    Claimant(String id) {
        this.id = id;
    }

    /** The identifier written in tables, e.g. {@code ua-general-staff}. */
    public String id() {
        return id;
    }

    /** A human-readable name for titles and source lines. */
    public String label() {
        return Data.LABELS[ordinal()];
    }

    /** True for figures confirmed from evidence (photos and videos, names of the dead) rather than claimed. */
    public boolean isConfirmation() {
        return Data.CONFIRMED[ordinal()];
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

    /** The data file, read once; every claimant must have its entry, in order. */
    private static final class Data {
        static final String[] LABELS = new String[values().length];
        static final boolean[] CONFIRMED = new boolean[values().length];

        static {
            JsonNode entries;
            try (InputStream in = Claimant.class.getResourceAsStream(FILE)) {
                if (in == null) {
                    throw new IllegalStateException(FILE + " is missing from the classpath");
                }
                entries = new ObjectMapper().readTree(in).path("claimants");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + FILE, e);
            }
            for (Claimant claimant : values()) {
                JsonNode entry = entries.path(claimant.ordinal());
                if (!claimant.id.equals(entry.path("id").asText())) {
                    throw new IllegalStateException(FILE + ": entry " + (claimant.ordinal() + 1) + " must be "
                            + claimant.id + ", not \"" + entry.path("id").asText() + "\"");
                }
                String figure = entry.path("figure").asText();
                if (!figure.equals("claimed") && !figure.equals("confirmed")) {
                    throw new IllegalStateException(FILE + ": " + claimant.id + " has figure \"" + figure
                            + "\", not claimed or confirmed");
                }
                LABELS[claimant.ordinal()] = entry.path("label").asText();
                CONFIRMED[claimant.ordinal()] = figure.equals("confirmed");
            }
            if (entries.size() != values().length) {
                throw new IllegalStateException(FILE + " has " + entries.size() + " entries for " + values().length
                        + " claimants");
            }
        }
    }
}
