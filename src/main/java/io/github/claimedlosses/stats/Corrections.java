package io.github.claimedlosses.stats;

import static io.github.claimedlosses.model.ClaimSchema.CATEGORY;
import static io.github.claimedlosses.model.ClaimSchema.CLAIMANT;
import static io.github.claimedlosses.model.ClaimSchema.DATE;
import static io.github.claimedlosses.model.ClaimSchema.KIND;
import static io.github.claimedlosses.model.ClaimSchema.SIDE;
import static io.github.claimedlosses.model.ClaimSchema.VALUE;
import static tech.tablesaw.aggregate.AggregateFunctions.sum;

import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.table.Rows;
import java.util.Objects;
import tech.tablesaw.api.Table;

/**
 * How a daily series treats the corrections a claimant published for its running totals (the General Staff
 * dataset's corrections file: signed adjustments on given dates, already contained in the published totals).
 * The choice is written into every row of the daily series (column {@code corrections}) and into its description.
 */
public final class Corrections {
    /** What happens to the corrections. */
    public enum Mode {
        /** No corrections were given: the correction column is empty. */
        NONE("none given"),
        /**
         * Increments are the changes of the published totals, corrections included; the correction recorded for the
         * date is shown beside them.
         */
        SHOWN("shown"),
        /**
         * The correction is applied to the increment: taken out of the day's change of the published total, so that
         * the increment counts only the losses newly claimed for the interval, and kept in the correction column.
         * Totals stay as published.
         */
        APPLIED("applied");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        /** The label written in the {@code corrections} column. */
        public String label() {
            return label;
        }
    }

    private final Mode mode;
    private final Table increments;

    private Corrections(Mode mode, Table increments) {
        this.mode = mode;
        this.increments = increments;
    }

    /** No corrections. */
    public static Corrections none() {
        return new Corrections(Mode.NONE, null);
    }

    /**
     * Shows the {@code increment} claims of the tidy table {@code claims} as corrections beside the increments (other
     * kinds are ignored, so the whole claims table of a datasets folder can be passed).
     */
    public static Corrections shown(Table claims) {
        return new Corrections(Mode.SHOWN, Objects.requireNonNull(claims, "claims"));
    }

    /** Applies the {@code increment} claims of the tidy table {@code claims} to the increments (see {@link Mode#APPLIED}). */
    public static Corrections applied(Table claims) {
        return new Corrections(Mode.APPLIED, Objects.requireNonNull(claims, "claims"));
    }

    /** The chosen treatment. */
    public Mode mode() {
        return mode;
    }

    /** The corrections summed per claimant, side, category and date, in a column {@code correction}; null for none. */
    Table byDate() {
        if (mode == Mode.NONE) {
            return null;
        }
        Table rows = Rows.where(Series.requireTidy(increments),
                increments.stringColumn(KIND).isEqualTo(Kind.INCREMENT.id())
                        .and(increments.dateColumn(DATE).isNotMissing()));
        Table summed = rows.summarize(VALUE, sum).by(CLAIMANT, SIDE, CATEGORY, DATE);
        summed.column("Sum [" + VALUE + "]").setName(StatColumns.CORRECTION);
        return summed;
    }

    /** A sentence for the description of a daily series. */
    String note() {
        switch (mode) {
            case SHOWN:
                return "Corrections shown: increments are changes of the published totals, which already contain the "
                        + "corrections; the correction recorded for a date is in column 'correction'.";
            case APPLIED:
                return "Corrections applied: the correction recorded for a date is taken out of that date's increment "
                        + "(increment = total_change - correction); totals are as published.";
            default:
                return "No corrections given: increments are changes of the published totals, which may contain "
                        + "corrections (see total_decreased).";
        }
    }
}
