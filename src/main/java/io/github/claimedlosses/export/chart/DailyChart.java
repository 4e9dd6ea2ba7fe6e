package io.github.claimedlosses.export.chart;

import io.github.claimedlosses.model.ClaimSchema;
import io.github.claimedlosses.stats.StatColumns;
import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Side;
import java.time.LocalDate;
import org.jfree.chart.JFreeChart;
import tech.tablesaw.api.Table;

/**
 * Daily losses of one category: a bar per record (the per-day rate over its interval), the 7- and 30-day rolling
 * means as lines, and dotted markers on the dates a correction was published or the total went down.
 */
public final class DailyChart {
    private DailyChart() {
    }

    /**
     * @param daily   a daily series ({@code Trends.daily}) of one claimant about one side
     * @param rolling its rolling means ({@code Trends.rolling})
     */
    public static JFreeChart of(Table daily, Table rolling, Claimant claimant, Side side, Category category) {
        Table rows = StatRows.of(daily, category);
        Table means = StatRows.of(rolling, category);
        LocalDate asOf = StatRows.latest(rows, ClaimSchema.DATE);
        ChartLabels labels = new ChartLabels(
                Attribution.whose(side) + " " + ChartLabels.inSentence(category.label()) + " lost per day, "
                        + Attribution.statedBy(claimant),
                "Daily change of the running total, in " + category.unit() + " per day; lines: 7- and 30-day means; "
                        + "dotted: corrections or falling totals" + StatRows.approximateNote(rows),
                Attribution.sourceLine(claimant, asOf), "Date", ChartLabels.capitalised(category.unit()) + " per day");
        TimeChart chart = TimeChart.with(labels)
                .bars(DatedSeries.of("Per day (claimed)", rows, ClaimSchema.DATE, StatColumns.RATE_PER_DAY), Palette.SKY)
                .line(DatedSeries.of("7-day mean", means, ClaimSchema.DATE, StatColumns.rateMean(7)), Palette.BLUE, 1.5f, false)
                .line(DatedSeries.of("30-day mean", means, ClaimSchema.DATE, StatColumns.rateMean(30)), Palette.VERMILION, 2f, false);
        for (int i = 0; i < rows.rowCount(); i++) {
            boolean corrected = !rows.doubleColumn(StatColumns.CORRECTION).isMissing(i)
                    && rows.doubleColumn(StatColumns.CORRECTION).getDouble(i) != 0;
            boolean decreased = rows.booleanColumn(StatColumns.TOTAL_DECREASED).get(i);
            if (corrected || decreased) {
                chart.marker(rows.dateColumn(ClaimSchema.DATE).get(i), "", Palette.GREY);
            }
        }
        return chart.build();
    }
}
