package io.github.claimedlosses.extract;

import io.github.claimedlosses.model.Category;
import java.util.Map;

/**
 * The largest figure each category can plausibly have, from a field of {@code context.json}: {@code plausibleMaxima},
 * above which a figure is a misprint in the text ("45 ezer ezer", "33 350 тис.") or a misreading, never a claim to
 * publish; or {@code plausibleCarriedIncrements}, above which a figure is no change over a period unless its own
 * sentence says so. Immutable.
 *
 * @param byCategory the maxima of the categories that have their own, by category id
 * @param otherwise  the maximum of every other category
 */
record PlausibleMaxima(Map<String, Double> byCategory, double otherwise) {
    private static final String DEFAULT = "default";

    PlausibleMaxima {
        byCategory = Map.copyOf(byCategory);
    }

    /** The maxima of the data file's plausibleMaxima. */
    static PlausibleMaxima load() {
        return load("plausibleMaxima");
    }

    /** The maxima of the data file's {@code field}. */
    static PlausibleMaxima load(String field) {
        Map<String, Double> maxima = DataFile.withLanguages(LossContext.FILE, "context")
                .map(field, node -> node.asDouble());
        Double otherwise = maxima.get(DEFAULT);
        if (otherwise == null) {
            throw new IllegalStateException(LossContext.FILE + ": " + field + " has no \"" + DEFAULT + "\"");
        }
        return new PlausibleMaxima(maxima, otherwise);
    }

    /** Whether {@code value} is more than a figure of {@code category} can plausibly be. */
    boolean exceeded(Category category, double value) {
        return value > byCategory.getOrDefault(category.id(), otherwise);
    }
}
