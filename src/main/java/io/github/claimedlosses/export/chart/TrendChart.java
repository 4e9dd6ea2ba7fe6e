package io.github.claimedlosses.export.chart;

import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.InvasionCalendar;
import io.github.claimedlosses.model.Side;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The trend of one category. Upper panel: the running total, a least-squares line over the fitted window with the
 * band of lines whose slopes lie in its 95 % confidence interval, and a projection with its 95 % prediction
 * interval. Lower panel: the 30-day mean daily rate, the mean rate of each phase found by change-point detection,
 * and a marker where each phase begins.
 */
public final class TrendChart {
    private TrendChart() {
    }

    /** The statistics the chart draws, each already restricted to one series. */
    public record Inputs(Table daily, Table rolling, Row fit, Table phases, Table projections) {
    }

    /** The chart of {@code inputs} for {@code category}. */
    public static JFreeChart of(Inputs inputs, Claimant claimant, Side side, Category category) {
        Row fit = inputs.fit();
        LocalDate from = fit.getDate("window_from");
        LocalDate to = fit.getDate("window_to");
        String what = ChartLabels.inSentence(category.label());
        ChartLabels labels = new ChartLabels(
                Attribution.whose(side) + " " + what + " lost: trend, phases and projection, "
                        + Attribution.statedBy(claimant),
                String.format(Locale.ROOT, "Fitted %s to %s: %,.1f %s per day (95%% CI %,.1f to %,.1f), R² %.3f; "
                                + "intervals assume independent errors and are too narrow", from, to,
                        fit.getDouble("slope"), category.unit(), fit.getDouble("slope_low_95"),
                        fit.getDouble("slope_high_95"), fit.getDouble("r_squared"))
                        + StatRows.approximateNote(inputs.daily()),
                Attribution.sourceLine(claimant, StatRows.latest(inputs.daily(), "date")), "Date", "");
        XYPlot totals = TimeChart.with(new ChartLabels("", "", "", "", ChartLabels.capitalised(category.unit())
                        + " (cumulative)"))
                .line(DatedSeries.of("Running total (claimed)", inputs.daily(), "date", "total"), Palette.BLUE)
                .band(fitted(fit, from, to, "slope"), fitted(fit, from, to, "slope_low_95"),
                        fitted(fit, from, to, "slope_high_95"), Palette.ORANGE)
                .band(DatedSeries.of("Projection, 95% prediction interval", inputs.projections(), "target_date",
                                "projected_total"),
                        DatedSeries.of("low", inputs.projections(), "target_date", "prediction_low_95"),
                        DatedSeries.of("high", inputs.projections(), "target_date", "prediction_high_95"),
                        Palette.PURPLE)
                .plot();
        TimeChart rates = TimeChart.with(new ChartLabels("", "", "", "", "Per day"))
                .line(DatedSeries.of("30-day mean per day", inputs.rolling(), "date", "rate_mean_30d"), Palette.SKY,
                        1.5f, false)
                .steps(phaseMeans(inputs.phases()), Palette.VERMILION);
        for (int i = 1; i < inputs.phases().rowCount(); i++) {
            rates.marker(inputs.phases().dateColumn("window_from").get(i), "", Palette.GREY);
        }
        return StackedTimeChart.of(labels, new XYPlot[] {totals, rates.plot()}, new int[] {3, 2});
    }

    /** The fitted line over the window, with the slope in column {@code slopeColumn}, pivoting on the centre. */
    private static DatedSeries fitted(Row fit, LocalDate from, LocalDate to, String slopeColumn) {
        double slope = fit.getDouble("slope");
        double intercept = fit.getDouble("intercept");
        double centre = (InvasionCalendar.dayOf(from) + InvasionCalendar.dayOf(to)) / 2.0;
        double atCentre = intercept + slope * centre;
        double pivotSlope = fit.getDouble(slopeColumn);
        List<LocalDate> dates = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            dates.add(date);
            values.add(atCentre + pivotSlope * (InvasionCalendar.dayOf(date) - centre));
        }
        String name = slopeColumn.equals("slope") ? "Least-squares line, 95% confidence band" : slopeColumn;
        return new DatedSeries(name, dates, values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Each phase's mean rate from its first day, held to the last day of the last phase. */
    private static DatedSeries phaseMeans(Table phases) {
        List<LocalDate> dates = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < phases.rowCount(); i++) {
            dates.add(phases.dateColumn("window_from").get(i));
            values.add(phases.doubleColumn("mean_rate").getDouble(i));
        }
        if (!phases.isEmpty()) {
            int last = phases.rowCount() - 1;
            dates.add(phases.dateColumn("window_to").get(last));
            values.add(phases.doubleColumn("mean_rate").getDouble(last));
        }
        return new DatedSeries("Mean per day of each phase (change points)", dates,
                values.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
