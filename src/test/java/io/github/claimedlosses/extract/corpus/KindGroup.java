package io.github.claimedlosses.extract.corpus;

import io.github.claimedlosses.model.Kind;
import java.util.Optional;

/** The groups the scorer reports: totals, daily changes and estimates. Derived figures are not scored. */
enum KindGroup {
    TOTALS("totals", Kind.CUMULATIVE),
    DAILY_CHANGES("daily changes", Kind.INCREMENT),
    ESTIMATES("estimates", Kind.ESTIMATE);

    private final String label;
    private final Kind kind;

    KindGroup(String label, Kind kind) {
        this.label = label;
        this.kind = kind;
    }

    String label() {
        return label;
    }

    /** The group of {@code kind}; empty for derived figures, which the scorer ignores. */
    static Optional<KindGroup> of(Kind kind) {
        for (KindGroup group : values()) {
            if (group.kind == kind) {
                return Optional.of(group);
            }
        }
        return Optional.empty();
    }
}
