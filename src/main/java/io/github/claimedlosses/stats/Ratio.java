package io.github.claimedlosses.stats;

import tech.tablesaw.api.DoubleColumn;

/**
 * Division that never yields infinity or a false zero: the quotient is missing where the denominator is zero or
 * missing, or the numerator is missing.
 */
final class Ratio {
    private Ratio() {
    }

    /** {@code numerator / denominator} row by row, missing where either is missing or the denominator is zero. */
    static DoubleColumn of(DoubleColumn numerator, DoubleColumn denominator) {
        DoubleColumn quotient = numerator.divide(denominator);
        quotient.set(denominator.isEqualTo(0.0).or(denominator.isMissing()).or(numerator.isMissing()),
                (Double) Double.NaN);
        return quotient;
    }
}
