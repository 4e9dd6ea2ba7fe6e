package io.github.claimedlosses.stats;

import static io.github.claimedlosses.model.ClaimSchema.CATEGORY;
import static io.github.claimedlosses.model.ClaimSchema.CLAIMANT;
import static io.github.claimedlosses.model.ClaimSchema.DATE;
import static io.github.claimedlosses.model.ClaimSchema.SIDE;
import static io.github.claimedlosses.model.ClaimSchema.SOURCE;
import static io.github.claimedlosses.stats.StatColumns.APPROXIMATE;
import static io.github.claimedlosses.stats.StatColumns.CROSSING_DATE;
import static io.github.claimedlosses.stats.StatColumns.CROSSING_EARLIEST_95;
import static io.github.claimedlosses.stats.StatColumns.CROSSING_LATEST_95;
import static io.github.claimedlosses.stats.StatColumns.LAST_DATE;
import static io.github.claimedlosses.stats.StatColumns.LAST_TOTAL;
import static io.github.claimedlosses.stats.StatColumns.OBSERVATIONS;
import static io.github.claimedlosses.stats.StatColumns.PREDICTION_HIGH_95;
import static io.github.claimedlosses.stats.StatColumns.PREDICTION_LOW_95;
import static io.github.claimedlosses.stats.StatColumns.PROJECTED_TOTAL;
import static io.github.claimedlosses.stats.StatColumns.SLOPE;
import static io.github.claimedlosses.stats.StatColumns.STATUS;
import static io.github.claimedlosses.stats.StatColumns.TARGET_DATE;
import static io.github.claimedlosses.stats.StatColumns.THRESHOLD;
import static io.github.claimedlosses.stats.StatColumns.TOTAL;
import static io.github.claimedlosses.stats.StatColumns.WINDOW_FROM;

import io.github.claimedlosses.model.InvasionCalendar;
import io.github.claimedlosses.table.Rows;
import java.time.LocalDate;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Projections of running totals along the least-squares line of the total over a window, with the 95 % prediction
 * interval of a new observation: ŷ ± t(0.975, n − 2) · s · √(1 + 1/n + (x − x̄)² / Sxx). The interval assumes
 * independent errors around a straight line; running totals have autocorrelated errors, so it is narrower than the
 * real uncertainty, and more so the further the target lies beyond the window.
 */
final class Projection {
    /** Status of a threshold already reached by the data. */
    static final String REACHED = "reached";
    /** Status of a threshold projected to be crossed. */
    static final String PROJECTED = "projected";
    /** Status when the fitted rate is not positive. */
    static final String NOT_RISING = "not projected: the fitted rate is not positive";
    /** Status when the window holds fewer than three records. */
    static final String TOO_FEW = "not projected: fewer than 3 records in the window";
    /** How far beyond the crossing the latest date within the band is searched, in days. */
    private static final double SEARCH_DAYS = 36_500;

    private Projection() {
    }

    /** The projected total of each series on {@code target}. */
    static Table toDate(Table daily, Window window, LocalDate target) {
        Table table = start("projection");
        table.addColumns(DateColumn.create(TARGET_DATE), DoubleColumn.create(PROJECTED_TOTAL),
                DoubleColumn.create(PREDICTION_LOW_95), DoubleColumn.create(PREDICTION_HIGH_95));
        for (Table series : Series.split(daily, Series.KEYS)) {
            Line line = Line.of(window.select(series));
            double x = InvasionCalendar.dayOf(target);
            common(table, series, line);
            table.dateColumn(TARGET_DATE).append(target);
            table.doubleColumn(PROJECTED_TOTAL).append(line.usable() ? line.predict(x) : Double.NaN);
            table.doubleColumn(PREDICTION_LOW_95).append(line.usable() ? line.lower(x) : Double.NaN);
            table.doubleColumn(PREDICTION_HIGH_95).append(line.usable() ? line.upper(x) : Double.NaN);
        }
        return table;
    }

    /** The date each series' total reaches {@code threshold}: observed, or projected with its 95 % band. */
    static Table crossing(Table daily, Window window, double threshold) {
        Table table = start("threshold crossing");
        table.addColumns(DoubleColumn.create(THRESHOLD), StringColumn.create(STATUS), DateColumn.create(CROSSING_DATE),
                DateColumn.create(CROSSING_EARLIEST_95), DateColumn.create(CROSSING_LATEST_95));
        for (Table series : Series.split(daily, Series.KEYS)) {
            Line line = Line.of(window.select(series));
            common(table, series, line);
            table.doubleColumn(THRESHOLD).append(threshold);
            DoubleColumn totals = series.doubleColumn(TOTAL);
            Table reached = Rows.where(series, totals.isGreaterThanOrEqualTo(threshold));
            LocalDate observed = reached.isEmpty() ? null : reached.dateColumn(DATE).get(0);
            String status;
            LocalDate estimate = null;
            LocalDate earliest = null;
            LocalDate latest = null;
            if (observed != null) {
                status = REACHED;
                estimate = observed;
            } else if (!line.usable()) {
                status = TOO_FEW;
            } else if (!(line.regression().getSlope() > 0)) {
                status = NOT_RISING;
            } else {
                status = PROJECTED;
                double crossing = (threshold - line.regression().getIntercept()) / line.regression().getSlope();
                double after = line.lastX() + 1;
                estimate = dayAtOrAfter(Math.max(after, crossing));
                earliest = line.upper(after) >= threshold ? dayAtOrAfter(after)
                        : root(x -> line.upper(x) - threshold, after, Math.max(after, crossing));
                latest = root(x -> line.lower(x) - threshold, Math.max(after, crossing),
                        Math.max(after, crossing) + SEARCH_DAYS);
            }
            table.stringColumn(STATUS).append(status);
            table.dateColumn(CROSSING_DATE).append(estimate);
            table.dateColumn(CROSSING_EARLIEST_95).append(earliest);
            table.dateColumn(CROSSING_LATEST_95).append(latest);
        }
        return table;
    }

    private static Table start(String name) {
        return Table.create(name, StringColumn.create(CLAIMANT), StringColumn.create(SIDE),
                StringColumn.create(CATEGORY), StringColumn.create(SOURCE), DateColumn.create(WINDOW_FROM),
                DateColumn.create(LAST_DATE), DoubleColumn.create(LAST_TOTAL), IntColumn.create(OBSERVATIONS),
                DoubleColumn.create(SLOPE), BooleanColumn.create(APPROXIMATE));
    }

    private static void common(Table table, Table series, Line line) {
        for (String key : Series.KEYS) {
            table.stringColumn(key).append(series.stringColumn(key).get(0));
        }
        Points points = line.points();
        int n = points.size();
        table.dateColumn(WINDOW_FROM).append(n == 0 ? null : points.dates().get(0));
        table.dateColumn(LAST_DATE).append(n == 0 ? null : points.dates().get(n - 1));
        table.doubleColumn(LAST_TOTAL).append(n == 0 ? Double.NaN : points.y()[n - 1]);
        table.intColumn(OBSERVATIONS).append(n);
        table.doubleColumn(SLOPE).append(line.regression().getSlope());
        table.booleanColumn(APPROXIMATE).append(points.anyApproximate());
    }

    /** The first day on which {@code f} (rising through zero on [from, to]) is non-negative, or null if never. */
    private static LocalDate root(UnivariateFunction f, double from, double to) {
        if (f.value(from) >= 0) {
            return dayAtOrAfter(from);
        }
        if (f.value(to) < 0) {
            return null;
        }
        return dayAtOrAfter(new BrentSolver(1e-6).solve(1000, f, from, to));
    }

    private static LocalDate dayAtOrAfter(double day) {
        return InvasionCalendar.dateOf((int) Math.ceil(day - 1e-9));
    }

    /** A least-squares line of the running total on the day, with its prediction band. */
    private record Line(Points points, SimpleRegression regression, double meanX, double t) {
        static Line of(Table rows) {
            Points points = Points.of(rows, Points.Fitted.TOTAL);
            SimpleRegression regression = Fits.regression(points);
            int n = points.size();
            double t = n >= 3 ? new TDistribution(n - 2).inverseCumulativeProbability(0.975) : Double.NaN;
            return new Line(points, regression, n == 0 ? Double.NaN : StatUtils.mean(points.x()), t);
        }

        boolean usable() {
            return points.size() >= 3;
        }

        double lastX() {
            return points.x()[points.size() - 1];
        }

        double predict(double x) {
            return regression.predict(x);
        }

        double halfWidth(double x) {
            double n = points.size();
            double spread = Math.pow(x - meanX, 2) / regression.getXSumSquares();
            return t * Math.sqrt(regression.getMeanSquareError() * (1 + 1 / n + spread));
        }

        double lower(double x) {
            return predict(x) - halfWidth(x);
        }

        double upper(double x) {
            return predict(x) + halfWidth(x);
        }
    }
}
