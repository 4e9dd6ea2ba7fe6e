package io.github.claimedlosses.ledger;

import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Side;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The General Staff dataset's running totals of Russian losses, by category and date, to compare the news with:
 * only the General Staff's own cumulative claims about Russian losses have a reference, since the dataset holds
 * nothing else (its increments are not compared, because corrections make them differ from the bulletins').
 */
public final class ReferenceFigures {
    private static final ReferenceFigures NONE = new ReferenceFigures(Map.of());

    private final Map<Category, Map<LocalDate, Double>> totals;

    private ReferenceFigures(Map<Category, Map<LocalDate, Double>> totals) {
        this.totals = totals;
    }

    /** No reference: every conflict is listed without one. */
    public static ReferenceFigures none() {
        return NONE;
    }

    /** The General Staff's cumulative claims about Russian losses among {@code claims} (a dataset's claims). */
    public static ReferenceFigures of(List<Claim> claims) {
        Map<Category, Map<LocalDate, Double>> totals = new HashMap<>();
        for (Claim claim : claims) {
            if (claim.claimant() == Claimant.UA_GENERAL_STAFF && claim.side() == Side.RUSSIA
                    && claim.kind() == Kind.CUMULATIVE && claim.date() != null) {
                totals.computeIfAbsent(claim.category(), category -> new HashMap<>()).put(claim.date(), claim.value());
            }
        }
        return new ReferenceFigures(totals);
    }

    /** The dataset's value for {@code key}, or empty when it has none for it. */
    public OptionalDouble valueFor(LedgerKey key) {
        if (key.claimant() != Claimant.UA_GENERAL_STAFF || key.side() != Side.RUSSIA
                || key.kind() != Kind.CUMULATIVE) {
            return OptionalDouble.empty();
        }
        Double value = totals.getOrDefault(key.category(), Map.of()).get(key.date());
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** True when there are no figures at all. */
    public boolean isEmpty() {
        return totals.isEmpty();
    }
}
