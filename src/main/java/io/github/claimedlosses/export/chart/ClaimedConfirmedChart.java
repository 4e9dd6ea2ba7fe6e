package io.github.claimedlosses.export.chart;

import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.stats.ClaimedVsConfirmed;
import java.time.LocalDate;
import java.util.NavigableMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/**
 * Claimed against visually confirmed losses of one category: the claimant's running total and Oryx's confirmed
 * count (on Oryx's own, sparse dates) in the upper panel, the claimed-per-confirmed ratio below.
 */
public final class ClaimedConfirmedChart {
    /** The oldest Oryx count a ratio is drawn against; older matches would show Oryx's silence, not a trend. */
    public static final int MAX_LAG_DAYS = 30;

    private ClaimedConfirmedChart() {
    }

    /**
     * @param comparison a claimed-versus-confirmed comparison ({@code Ratios.claimedVsConfirmed}) of one claimant
     *                   about one side
     */
    public static JFreeChart of(ClaimedVsConfirmed comparison, Category category) {
        ClaimedVsConfirmed rows = comparison.forCategory(category);
        Claimant claimant = rows.claimant();
        Side side = rows.side();
        ClaimedVsConfirmed fresh = rows.fresh(MAX_LAG_DAYS);
        NavigableMap<LocalDate, Double> confirmed = rows.confirmedCounts();
        LocalDate claimedAsOf = rows.latestDate();
        LocalDate confirmedAsOf = confirmed.isEmpty() ? null : confirmed.lastKey();
        String what = ChartLabels.inSentence(category.label());
        ChartLabels labels = new ChartLabels(
                Attribution.whose(side) + " " + what + " lost, " + Attribution.statedBy(claimant) + " and "
                        + Attribution.statedBy(Claimant.ORYX),
                "Upper: running totals in " + category.unit() + "; lower: claimed per confirmed loss, against Oryx's "
                        + "latest count on or before each date, where it is at most " + MAX_LAG_DAYS + " days old",
                "Sources: " + Attribution.source(claimant) + ", as of " + claimedAsOf + "; "
                        + Attribution.source(Claimant.ORYX) + ", as of " + confirmedAsOf,
                "Date", "");
        XYPlot totals = TimeChart.with(new ChartLabels("", "", "", "", ChartLabels.capitalised(category.unit())))
                .line(DatedSeries.of("Claimed (" + claimant.id() + ")", rows.dates(), rows.claimed()), Palette.BLUE)
                .line(DatedSeries.of("Visually confirmed (Oryx)", confirmed), Palette.VERMILION)
                .plot();
        XYPlot ratio = TimeChart.with(new ChartLabels("", "", "", "", "Claimed per confirmed"))
                .line(DatedSeries.of("Claimed per confirmed", fresh.dates(), fresh.claimedPerConfirmed()), Palette.INK,
                        1.5f, false)
                .ratioAxis()
                .plot();
        return StackedTimeChart.of(labels, new XYPlot[] {totals, ratio}, new int[] {3, 2});
    }
}
