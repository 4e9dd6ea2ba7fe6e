package io.github.claimedlosses.stats;

import io.github.claimedlosses.model.Qualifier;
import java.util.Objects;

/**
 * A stated figure that is not a loss, to relate losses to: for example the size of a force ("roughly 150k sent in").
 *
 * @param description what the figure is and who states it, e.g. "Russian troops sent in (reader comment)"
 * @param value       the figure
 * @param qualifier   how it is stated
 * @param low         stated lower bound, or null
 * @param high        stated upper bound, or null
 */
public record Reference(String description, double value, Qualifier qualifier, Double low, Double high) {
    public Reference {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(qualifier, "qualifier");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(description + ": value " + value + " is not a finite number");
        }
    }

    /** A reference figure without stated bounds. */
    public static Reference of(String description, double value, Qualifier qualifier) {
        return new Reference(description, value, qualifier, null, null);
    }
}
