package io.github.claimedlosses.extract.corpus;

import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.model.Side;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One loss figure as the scorer compares it: a gold row or a predicted claim. The claimant is kept as its id so
 * that gold rows may name claimants the model does not know yet.
 *
 * @param claimant  claimant id, e.g. {@code ua-general-staff}
 * @param side      whose losses
 * @param category  category id of the taxonomy
 * @param value     the figure (a range's midpoint)
 * @param qualifier how exactly it is stated
 * @param low       stated lower bound or null
 * @param high      stated upper bound or null
 * @param kind      cumulative, increment, estimate or derived
 * @param date      as-of date or null
 * @param order     position in the text (a prediction's character offset, a gold row's row number)
 */
record Figure(String claimant, Side side, String category, double value, Qualifier qualifier, Double low,
              Double high, Kind kind, LocalDate date, int order) {

    Figure {
        Objects.requireNonNull(claimant, "claimant");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(kind, "kind");
    }

    /** The figure of a predicted claim; its order is the offset of its provenance ({@code offset N}), else 0. */
    static Figure of(Claim claim) {
        String location = claim.provenance().location();
        int order = 0;
        if (location.matches("offset \\d+")) {
            order = Integer.parseInt(location.substring("offset ".length()));
        }
        return new Figure(claim.claimant().id(), claim.side(), claim.category().id(), claim.value(),
                claim.qualifier(), claim.low(), claim.high(), claim.kind(), claim.date(), order);
    }

    /** True when the gold row states a range, whose bounds must then match as well. */
    boolean isRange() {
        return qualifier == Qualifier.RANGE || low != null || high != null;
    }

    /** One line for reports: {@code increment tanks 8 (ua-general-staff, 2024-02-24, exact)}. */
    String describe() {
        String bounds = isRange() ? " [" + (low == null ? "" : Claim.format(low)) + ".."
                + (high == null ? "" : Claim.format(high)) + "]" : "";
        return kind.id() + " " + side.id() + " " + category + " " + Claim.format(value) + bounds + " (" + claimant
                + ", " + (date == null ? "no date" : date) + ", " + qualifier.id() + ")";
    }
}
