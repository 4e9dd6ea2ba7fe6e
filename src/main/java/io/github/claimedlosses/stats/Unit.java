package io.github.claimedlosses.stats;

import io.github.claimedlosses.model.Category;

/** The unit of a statistic's main value, phrased with the category's own unit ("tanks per day"). */
public enum Unit {
    /** A count of the category's unit, e.g. "tanks". */
    COUNT("%s"),
    /** A count per day, e.g. "tanks per day". */
    PER_DAY("%s per day"),
    /** The change of a daily rate per day, e.g. "tanks per day, per day". */
    PER_DAY_PER_DAY("%s per day, per day"),
    /** A dimensionless ratio of two figures. */
    RATIO("ratio"),
    /** A part of a total, from 0 to 1. */
    SHARE("share of the total (0 to 1)"),
    /** A relative change, 0.25 meaning 25 % more. */
    RELATIVE_CHANGE("relative change (0.25 = +25 %)");

    private final String pattern;

    Unit(String pattern) {
        this.pattern = pattern;
    }

    /** The unit written for {@code category}, e.g. {@code PER_DAY.of(tanks)} is "tanks per day". */
    public String of(Category category) {
        return String.format(pattern, category.unit());
    }
}
