package io.github.claimedlosses.export.chart;

import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.InvasionCalendar;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.stats.DailyIncrements;
import io.github.claimedlosses.stats.FittedLine;
import io.github.claimedlosses.stats.Phase;
import io.github.claimedlosses.stats.ProjectedTotals;
import io.github.claimedlosses.stats.RollingRates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/**
 * The trend of one category. Upper panel: the running total, a least-squares line over the fitted window with the
 * band of lines whose slopes lie in its 95 % confidence interval, and a projection with its 95 % prediction
 * interval. Lower panel: the 30-day mean daily rate, the mean rate of each phase found by change-point detection,
 * and a marker where each phase begins.
 */
public final class TrendChart {
    private TrendChart() {
    }

    /**
     * The statistics the chart draws, each already restricted to one series.
     *
     * @param daily       the daily series ({@code Trends.daily})
     * @param rolling     its rolling means, with a 30-day window ({@code Trends.rolling})
     * @param fit         the least-squares line of the running total ({@code Trends.fit})
     * @param phases      the phases of the daily rate ({@code Trends.changePoints})
     * @param projections the running total projected to later dates ({@code Trends.project})
     */
    public record Inputs(DailyIncrements daily, RollingRates rolling, FittedLine fit, List<Phase> phases,
                         ProjectedTotals projections) {
    }

    /** The chart of {@code inputs} for {@code category}. */
    public static JFreeChart of(Inputs inputs, Claimant claimant, Side side, Category category) {
        FittedLine fit = inputs.fit();
        ProjectedTotals projections = inputs.projections();
        LocalDate from = fit.from();
        LocalDate to = fit.to();
        String what = ChartLabels.inSentence(category.label());
        ChartLabels labels = new ChartLabels(
                Attribution.whose(side) + " " + what + " lost: trend, phases and projection, "
                        + Attribution.statedBy(claimant),
                String.format(Locale.ROOT, "Fitted %s to %s: %,.1f %s per day (95%% CI %,.1f to %,.1f), R² %.3f; "
                                + "intervals assume independent errors and are too narrow", from, to,
                        fit.slope(), category.unit(), fit.slopeLow(), fit.slopeHigh(), fit.rSquared())
                        + StatRows.approximateNote(inputs.daily().anyApproximate()),
                Attribution.sourceLine(claimant, inputs.daily().latestDate()), "Date", "");
        XYPlot totals = TimeChart.with(new ChartLabels("", "", "", "", ChartLabels.capitalised(category.unit())
                        + " (cumulative)"))
                .line(DatedSeries.of("Running total (claimed)", inputs.daily().dates(), inputs.daily().totals()),
                        Palette.BLUE)
                .band(fitted("Least-squares line, 95% confidence band", fit, fit.slope()),
                        fitted("low", fit, fit.slopeLow()),
                        fitted("high", fit, fit.slopeHigh()),
                        Palette.ORANGE)
                .band(DatedSeries.of("Projection, 95% prediction interval", projections.targetDates(),
                                projections.projected()),
                        DatedSeries.of("low", projections.targetDates(), projections.low()),
                        DatedSeries.of("high", projections.targetDates(), projections.high()),
                        Palette.PURPLE)
                .plot();
        TimeChart rates = TimeChart.with(new ChartLabels("", "", "", "", "Per day"))
                .line(DatedSeries.of("30-day mean per day", inputs.rolling().dates(), inputs.rolling().mean(30)),
                        Palette.SKY, 1.5f, false)
                .steps(phaseMeans(inputs.phases()), Palette.VERMILION);
        for (Phase phase : inputs.phases().subList(Math.min(1, inputs.phases().size()), inputs.phases().size())) {
            rates.marker(phase.from(), "", Palette.GREY);
        }
        return StackedTimeChart.of(labels, new XYPlot[] {totals, rates.plot()}, new int[] {3, 2});
    }

    /** The fitted line over the window, named {@code name}, with slope {@code pivotSlope}, pivoting on the centre. */
    private static DatedSeries fitted(String name, FittedLine fit, double pivotSlope) {
        LocalDate from = fit.from();
        LocalDate to = fit.to();
        double centre = (InvasionCalendar.dayOf(from) + InvasionCalendar.dayOf(to)) / 2.0;
        double atCentre = fit.intercept() + fit.slope() * centre;
        List<LocalDate> dates = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            dates.add(date);
            values.add(atCentre + pivotSlope * (InvasionCalendar.dayOf(date) - centre));
        }
        return new DatedSeries(name, dates, values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Each phase's mean rate from its first day, held to the last day of the last phase. */
    private static DatedSeries phaseMeans(List<Phase> phases) {
        List<LocalDate> dates = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Phase phase : phases) {
            dates.add(phase.from());
            values.add(phase.meanRate());
        }
        if (!phases.isEmpty()) {
            Phase last = phases.get(phases.size() - 1);
            dates.add(last.to());
            values.add(last.meanRate());
        }
        return new DatedSeries("Mean per day of each phase (change points)", dates,
                values.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
