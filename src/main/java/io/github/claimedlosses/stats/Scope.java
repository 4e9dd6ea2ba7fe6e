package io.github.claimedlosses.stats;

import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Side;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Whose figures a statistic is computed from: one claimant, about one side's losses, in some categories.
 *
 * @param claimant   who states the figures ({@link Claimant#ORYX} for visually confirmed counts)
 * @param side       whose losses they count
 * @param categories the categories, in taxonomy order
 */
public record Scope(Claimant claimant, Side side, List<Category> categories) {
    public Scope {
        Objects.requireNonNull(claimant, "claimant");
        Objects.requireNonNull(side, "side");
        categories = List.copyOf(categories);
    }

    /** True for visually confirmed counts, false for claims. */
    public boolean confirmed() {
        return claimant.isConfirmation();
    }

    /**
     * A label for titles and legends that always says whether the figures are claimed or confirmed, e.g.
     * "General Staff of the Armed Forces of Ukraine (claimed), losses of russia: Tanks, Aircraft".
     */
    public String label() {
        String who = confirmed() ? claimant.label() : claimant.label() + " (claimed)";
        String what = categories.stream().map(Category::label).collect(Collectors.joining(", "));
        return who + ", losses of " + side.id() + (what.isEmpty() ? "" : ": " + what);
    }
}
