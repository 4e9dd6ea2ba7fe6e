package io.github.claimedlosses.stats;

import io.github.claimedlosses.model.ClaimSchema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * One straight line fitted to a series (a row of {@link Trends#fit} or {@link Trends#fitRate}), as a typed value:
 * charts and reports read these accessors, never the table's column names.
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

    /** The lines of a table of fits, in its order. */
    public static List<FittedLine> of(StatTable fits) {
        return of(fits.table());
    }

    /** The lines of a table with the columns of {@link Trends#fit}, in its order. */
    public static List<FittedLine> of(Table fits) {
        List<FittedLine> lines = new ArrayList<>(fits.rowCount());
        for (Row row : fits) {
            lines.add(new FittedLine(row.getString(ClaimSchema.CATEGORY), row.getString(StatColumns.FITTED),
                    row.getDate(StatColumns.WINDOW_FROM), row.getDate(StatColumns.WINDOW_TO),
                    row.getDouble(StatColumns.SLOPE), row.getDouble(StatColumns.SLOPE_LOW_95),
                    row.getDouble(StatColumns.SLOPE_HIGH_95), row.getDouble(StatColumns.INTERCEPT),
                    row.getDouble(StatColumns.R_SQUARED)));
        }
        return lines;
    }

    /** Whether this line fits the running total (rather than the daily rate). */
    public boolean fitsTotal() {
        return fitted.equals(TOTAL);
    }
}
