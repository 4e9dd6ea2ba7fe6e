package io.github.claimedlosses.extract;

import io.github.claimedlosses.model.Category;
import java.util.Map;

/**
 * The largest figure each category can plausibly have, from {@code plausibleMaxima} in {@code context.json}: a
 * larger one is a misprint in the text ("45 ezer ezer", "33 350 тис.") or a misreading, never a claim to publish.
 * Immutable.
 *
 * @param byCategory the maxima of the categories that have their own, by category id
 * @param otherwise  the maximum of every other category
 */
record PlausibleMaxima(Map<String, Double> byCategory, double otherwise) {
    private static final String DEFAULT = "default";

    PlausibleMaxima {
        byCategory = Map.copyOf(byCategory);
    }

    /** The maxima of the data file. */
    static PlausibleMaxima load() {
        Map<String, Double> maxima = DataFile.withLanguages(LossContext.FILE, "context")
                .map("plausibleMaxima", node -> node.asDouble());
        Double otherwise = maxima.get(DEFAULT);
        if (otherwise == null) {
            throw new IllegalStateException(LossContext.FILE + ": plausibleMaxima has no \"" + DEFAULT + "\"");
        }
        return new PlausibleMaxima(maxima, otherwise);
    }

    /** Whether {@code value} is more than a figure of {@code category} can plausibly be. */
    boolean exceeded(Category category, double value) {
        return value > byCategory.getOrDefault(category.id(), otherwise);
    }
}
