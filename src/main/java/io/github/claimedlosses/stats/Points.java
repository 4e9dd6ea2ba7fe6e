package io.github.claimedlosses.stats;

import static io.github.claimedlosses.model.ClaimSchema.DATE;
import static io.github.claimedlosses.model.ClaimSchema.DAY;
import static io.github.claimedlosses.stats.StatColumns.APPROXIMATE;
import static io.github.claimedlosses.stats.StatColumns.INTERVAL_DAYS;
import static io.github.claimedlosses.stats.StatColumns.RATE_PER_DAY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * The observations a trend is fitted to, from the rows of one series: x is the day of the invasion, y the running
 * total or the daily rate. A rate is placed at the middle of its interval (day − (interval_days − 1) / 2), so that a
 * record covering several days sits where its average applies; records without a rate are left out.
 *
 * @param x           regressor: day of the invasion
 * @param y           the fitted quantity
 * @param dates       the record dates, in order
 * @param approximate for each observation, whether its record was approximate
 */
record Points(double[] x, double[] y, List<LocalDate> dates, List<Boolean> approximate) {
    /** What a trend is fitted to. */
    enum Fitted {
        /** The running total: its slope is the average daily rate. */
        TOTAL(StatColumns.TOTAL),
        /** The daily rate: its slope is the acceleration. */
        RATE(RATE_PER_DAY);

        private final String column;

        Fitted(String column) {
            this.column = column;
        }

        /** The daily-table column fitted. */
        String column() {
            return column;
        }
    }

    /** The observations of {@code fitted} in the rows of one series. */
    static Points of(Table rows, Fitted fitted) {
        List<double[]> xy = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        List<Boolean> approximate = new ArrayList<>();
        for (int row = 0; row < rows.rowCount(); row++) {
            if (rows.doubleColumn(fitted.column()).isMissing(row)) {
                continue;
            }
            double day = rows.intColumn(DAY).getInt(row);
            double x = fitted == Fitted.RATE ? day - (rows.intColumn(INTERVAL_DAYS).getInt(row) - 1) / 2.0 : day;
            xy.add(new double[] {x, rows.doubleColumn(fitted.column()).getDouble(row)});
            dates.add(rows.dateColumn(DATE).get(row));
            approximate.add(rows.booleanColumn(APPROXIMATE).get(row));
        }
        double[] x = new double[xy.size()];
        double[] y = new double[xy.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = xy.get(i)[0];
            y[i] = xy.get(i)[1];
        }
        return new Points(x, y, dates, approximate);
    }

    /** Number of observations. */
    int size() {
        return x.length;
    }

    /** True when an observation from {@code from} (inclusive) to {@code to} (exclusive) was approximate. */
    boolean approximate(int from, int to) {
        return approximate.subList(from, to).contains(true);
    }

    /** True when any observation was approximate. */
    boolean anyApproximate() {
        return approximate(0, size());
    }
}
