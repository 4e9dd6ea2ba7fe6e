package io.github.claimedlosses.export.chart;

import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.stats.DailyIncrements;
import io.github.claimedlosses.stats.RollingRates;
import java.time.LocalDate;
import org.jfree.chart.JFreeChart;

/**
 * Daily losses of one category: a bar per record (the per-day rate over its interval), the 7- and 30-day rolling
 * means as lines, and dotted markers on the dates a correction was published or the total went down.
 */
public final class DailyChart {
    private DailyChart() {
    }

    /**
     * @param daily   a daily series ({@code Trends.daily}) of one claimant about one side
     * @param rolling its rolling means ({@code Trends.rolling}), with 7- and 30-day windows
     */
    public static JFreeChart of(DailyIncrements daily, RollingRates rolling, Claimant claimant, Side side,
                                Category category) {
        DailyIncrements rows = daily.forCategory(category);
        RollingRates means = rolling.forCategory(category);
        LocalDate asOf = rows.latestDate();
        ChartLabels labels = new ChartLabels(
                Attribution.whose(side) + " " + ChartLabels.inSentence(category.label()) + " lost per day, "
                        + Attribution.statedBy(claimant),
                "Daily change of the running total, in " + category.unit() + " per day; lines: 7- and 30-day means; "
                        + "dotted: corrections or falling totals" + StatRows.approximateNote(rows.anyApproximate()),
                Attribution.sourceLine(claimant, asOf), "Date", ChartLabels.capitalised(category.unit()) + " per day");
        TimeChart chart = TimeChart.with(labels)
                .bars(DatedSeries.of("Per day (claimed)", rows.dates(), rows.ratesPerDay()), Palette.SKY)
                .line(DatedSeries.of("7-day mean", means.dates(), means.mean(7)), Palette.BLUE, 1.5f, false)
                .line(DatedSeries.of("30-day mean", means.dates(), means.mean(30)), Palette.VERMILION, 2f, false);
        for (int i = 0; i < rows.rowCount(); i++) {
            if (rows.correctedOrDecreased(i)) {
                chart.marker(rows.dates().get(i), "", Palette.GREY);
            }
        }
        return chart.build();
    }
}
