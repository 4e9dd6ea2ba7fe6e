package io.github.claimedlosses.model;

import java.util.List;

/** Column names of the tidy claim table and of the claims CSV, in order: one row per figure. */
public final class ClaimSchema {
    public static final String DATE = "date";
    public static final String DAY = "day";
    public static final String CLAIMANT = "claimant";
    public static final String SIDE = "side";
    public static final String CATEGORY = "category";
    public static final String VALUE = "value";
    public static final String QUALIFIER = "qualifier";
    public static final String LOW = "low";
    public static final String HIGH = "high";
    public static final String KIND = "kind";
    public static final String SOURCE = "source";
    public static final String LOCATION = "location";
    public static final String QUOTE = "quote";
    /** The item of its source a figure counts ({@code Provenance#item}); empty for a whole figure. */
    public static final String ITEM = "item";

    /** All columns in table order. */
    public static final List<String> COLUMNS = List.of(DATE, DAY, CLAIMANT, SIDE, CATEGORY, VALUE, QUALIFIER,
            LOW, HIGH, KIND, SOURCE, LOCATION, QUOTE, ITEM);

    /** The leading columns, which every claims CSV this tool ever wrote starts with: enough to recognise one. */
    public static final List<String> LEADING = COLUMNS.subList(0, COLUMNS.indexOf(QUOTE) + 1);

    private ClaimSchema() {
    }
}
