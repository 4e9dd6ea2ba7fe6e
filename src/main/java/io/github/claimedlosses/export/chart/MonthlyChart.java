package io.github.claimedlosses.export.chart;

import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.stats.PeriodSums;
import java.time.LocalDate;
import org.jfree.chart.JFreeChart;

/** Monthly totals of one category: a bar per calendar month, incomplete months (first, latest) in a lighter tone. */
public final class MonthlyChart {
    private MonthlyChart() {
    }

    /**
     * @param monthly monthly sums ({@code Trends.aggregate(daily, Period.MONTH)}) of one claimant about one side
     * @param asOf    date of the latest figure
     */
    public static JFreeChart of(PeriodSums monthly, LocalDate asOf, Claimant claimant, Side side, Category category) {
        PeriodSums rows = monthly.forCategory(category);
        PeriodSums complete = rows.complete(true);
        PeriodSums partial = rows.complete(false);
        ChartLabels labels = new ChartLabels(
                Attribution.whose(side) + " " + ChartLabels.inSentence(category.label()) + " lost per month, "
                        + Attribution.statedBy(claimant),
                "Sum of the daily changes in each calendar month, in " + category.unit()
                        + "; light bars: months not fully covered" + StatRows.approximateNote(rows.anyApproximate()),
                Attribution.sourceLine(claimant, asOf), "Month", ChartLabels.capitalised(category.unit()) + " per month");
        return TimeChart.with(labels)
                .monthlyBars(DatedSeries.of("Whole month (claimed)", complete.periodStarts(), complete.incrementSums()),
                        Palette.BLUE)
                .monthlyBars(DatedSeries.of("Part of a month (claimed)", partial.periodStarts(),
                        partial.incrementSums()), Palette.SKY)
                .build();
    }
}
