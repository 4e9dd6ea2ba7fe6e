package io.github.claimedlosses.export.chart;

import io.github.claimedlosses.model.ClaimSchema;
import io.github.claimedlosses.stats.StatColumns;
import io.github.claimedlosses.stats.Ratios;
import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Side;
import java.time.LocalDate;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import tech.tablesaw.api.Table;

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
     * @param comparison a claimed-versus-confirmed table ({@code Ratios.claimedVsConfirmed}) of one claimant about one
     *                   side
     */
    public static JFreeChart of(Table comparison, Category category) {
        Table rows = StatRows.of(comparison, category);
        Claimant claimant = Claimant.fromId(rows.stringColumn(ClaimSchema.CLAIMANT).get(0));
        Side side = Side.fromId(rows.stringColumn(ClaimSchema.SIDE).get(0));
        Table matched = rows.where(rows.doubleColumn(StatColumns.CONFIRMED).isNotMissing());
        Table fresh = matched.where(matched.intColumn(StatColumns.LAG_DAYS).isLessThanOrEqualTo(MAX_LAG_DAYS));
        Table confirmed = matched.selectColumns(StatColumns.CONFIRMED_DATE, StatColumns.CONFIRMED).dropDuplicateRows()
                .sortAscendingOn(StatColumns.CONFIRMED_DATE);
        LocalDate claimedAsOf = StatRows.latest(rows, ClaimSchema.DATE);
        LocalDate confirmedAsOf = StatRows.latest(confirmed, StatColumns.CONFIRMED_DATE);
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
                .line(DatedSeries.of("Claimed (" + claimant.id() + ")", rows, ClaimSchema.DATE, StatColumns.CLAIMED), Palette.BLUE)
                .line(DatedSeries.of("Visually confirmed (Oryx)", confirmed, StatColumns.CONFIRMED_DATE, StatColumns.CONFIRMED),
                        Palette.VERMILION)
                .plot();
        XYPlot ratio = TimeChart.with(new ChartLabels("", "", "", "", "Claimed per confirmed"))
                .line(DatedSeries.of("Claimed per confirmed", fresh, ClaimSchema.DATE, Ratios.CLAIMED_PER_CONFIRMED), Palette.INK,
                        1.5f, false)
                .ratioAxis()
                .plot();
        return StackedTimeChart.of(labels, new XYPlot[] {totals, ratio}, new int[] {3, 2});
    }
}
