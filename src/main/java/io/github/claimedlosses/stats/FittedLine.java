package io.github.claimedlosses.stats;

import java.time.LocalDate;

/**
 * One straight line fitted to a series (a row of {@link FittedLines}), as a typed value: charts and reports read
 * these accessors, never the table's column names.
 *
 * @param category   the category's id
 * @param fitted     what was fitted: {@code total} or {@code rate_per_day}
 * @param from       first date of the window
 * @param to         last date of the window
 * @param slope      fitted slope per day
 * @param slopeLow   lower end of the slope's 95 % confidence interval
 * @param slopeHigh  upper end of the slope's 95 % confidence interval
 * @param intercept  fitted value on day 0 of the invasion
 * @param rSquared   coefficient of determination
 */
public record FittedLine(String category, String fitted, LocalDate from, LocalDate to, double slope, double slopeLow,
                         double slopeHigh, double intercept, double rSquared) {
    /** What {@link Trends#fit} fits: the running total. */
    public static final String TOTAL = StatColumns.TOTAL;

    /** Whether this line fits the running total (rather than the daily rate). */
    public boolean fitsTotal() {
        return fitted.equals(TOTAL);
    }
}
