package io.github.claimedlosses.stats;

import static io.github.claimedlosses.model.ClaimSchema.CATEGORY;
import static io.github.claimedlosses.model.ClaimSchema.CLAIMANT;
import static io.github.claimedlosses.model.ClaimSchema.SIDE;
import static io.github.claimedlosses.model.ClaimSchema.SOURCE;
import static io.github.claimedlosses.stats.StatColumns.APPROXIMATE;
import static io.github.claimedlosses.stats.StatColumns.FITTED;
import static io.github.claimedlosses.stats.StatColumns.INTERCEPT;
import static io.github.claimedlosses.stats.StatColumns.METHOD;
import static io.github.claimedlosses.stats.StatColumns.OBSERVATIONS;
import static io.github.claimedlosses.stats.StatColumns.R_SQUARED;
import static io.github.claimedlosses.stats.StatColumns.SLOPE;
import static io.github.claimedlosses.stats.StatColumns.SLOPE_HIGH_95;
import static io.github.claimedlosses.stats.StatColumns.SLOPE_LOW_95;
import static io.github.claimedlosses.stats.StatColumns.SLOPE_STD_ERROR;
import static io.github.claimedlosses.stats.StatColumns.WINDOW_FROM;
import static io.github.claimedlosses.stats.StatColumns.WINDOW_TO;

import org.apache.commons.math3.stat.regression.SimpleRegression;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Straight-line trends of each series over a window: least squares (Commons Math {@link SimpleRegression}: slope,
 * its standard error and 95 % confidence interval from Student's t with n − 2 degrees of freedom, intercept, R²) or
 * Theil–Sen ({@link TheilSen}). One row per series.
 */
final class Fits {
    static final String LEAST_SQUARES = "least squares";
    static final String THEIL_SEN = "Theil-Sen";

    private Fits() {
    }

    /** Least-squares fits of {@code fitted} on the day, per series. */
    static Table leastSquares(Table daily, Window window, Points.Fitted fitted) {
        Table table = empty();
        for (Table series : Series.split(daily, Series.KEYS)) {
            Points points = Points.of(window.select(series), fitted);
            SimpleRegression regression = regression(points);
            boolean interval = points.size() >= 3;
            append(table, series, points, fitted, LEAST_SQUARES, regression.getSlope(),
                    interval ? regression.getSlope() - regression.getSlopeConfidenceInterval() : Double.NaN,
                    interval ? regression.getSlope() + regression.getSlopeConfidenceInterval() : Double.NaN,
                    interval ? regression.getSlopeStdErr() : Double.NaN, regression.getIntercept(),
                    regression.getRSquare());
        }
        return table;
    }

    /** Theil–Sen fits of {@code fitted} on the day, per series. */
    static Table theilSen(Table daily, Window window, Points.Fitted fitted) {
        Table table = empty();
        for (Table series : Series.split(daily, Series.KEYS)) {
            Points points = Points.of(window.select(series), fitted);
            TheilSen estimate = TheilSen.of(points.x(), points.y());
            append(table, series, points, fitted, THEIL_SEN, estimate.slope(), estimate.low(), estimate.high(),
                    Double.NaN, estimate.intercept(), Double.NaN);
        }
        return table;
    }

    /** A least-squares regression of the points' y on x. */
    static SimpleRegression regression(Points points) {
        SimpleRegression regression = new SimpleRegression(true);
        for (int i = 0; i < points.size(); i++) {
            regression.addData(points.x()[i], points.y()[i]);
        }
        return regression;
    }

    private static Table empty() {
        return Table.create("fits", StringColumn.create(CLAIMANT), StringColumn.create(SIDE),
                StringColumn.create(CATEGORY), StringColumn.create(SOURCE), StringColumn.create(FITTED),
                StringColumn.create(METHOD), DateColumn.create(WINDOW_FROM), DateColumn.create(WINDOW_TO),
                IntColumn.create(OBSERVATIONS), DoubleColumn.create(SLOPE), DoubleColumn.create(SLOPE_LOW_95),
                DoubleColumn.create(SLOPE_HIGH_95), DoubleColumn.create(SLOPE_STD_ERROR),
                DoubleColumn.create(INTERCEPT), DoubleColumn.create(R_SQUARED), BooleanColumn.create(APPROXIMATE));
    }

    private static void append(Table table, Table series, Points points, Points.Fitted fitted, String method,
                               double slope, double low, double high, double stdError, double intercept,
                               double rSquared) {
        for (String key : Series.KEYS) {
            table.stringColumn(key).append(series.stringColumn(key).get(0));
        }
        table.stringColumn(FITTED).append(fitted.column());
        table.stringColumn(METHOD).append(method);
        table.dateColumn(WINDOW_FROM).append(points.size() == 0 ? null : points.dates().get(0));
        table.dateColumn(WINDOW_TO).append(points.size() == 0 ? null : points.dates().get(points.size() - 1));
        table.intColumn(OBSERVATIONS).append(points.size());
        table.doubleColumn(SLOPE).append(slope);
        table.doubleColumn(SLOPE_LOW_95).append(low);
        table.doubleColumn(SLOPE_HIGH_95).append(high);
        table.doubleColumn(SLOPE_STD_ERROR).append(stdError);
        table.doubleColumn(INTERCEPT).append(intercept);
        table.doubleColumn(R_SQUARED).append(rSquared);
        table.booleanColumn(APPROXIMATE).append(points.anyApproximate());
    }
}
