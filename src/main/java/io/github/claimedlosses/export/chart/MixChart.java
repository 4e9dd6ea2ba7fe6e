package io.github.claimedlosses.export.chart;

import io.github.claimedlosses.model.ClaimSchema;
import io.github.claimedlosses.stats.StatColumns;
import io.github.claimedlosses.stats.Ratios;
import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Side;
import java.time.ZoneOffset;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import tech.tablesaw.api.Table;

/** The mix of categories over time: each category's share of their summed running totals, stacked to 100 %. */
public final class MixChart {
    private MixChart() {
    }

    /**
     * @param shares a shares table ({@code Ratios.shares}) of one claimant about one side
     */
    public static JFreeChart of(Table shares, Claimant claimant, Side side, List<Category> categories) {
        DefaultTableXYDataset dataset = new DefaultTableXYDataset();
        Table usable = shares.where(shares.doubleColumn(StatColumns.SHARE).isNotMissing());
        for (Category category : categories) {
            Table rows = StatRows.of(usable, category);
            XYSeries series = new XYSeries(category.label(), true, false);
            for (int i = 0; i < rows.rowCount(); i++) {
                series.add(rows.dateColumn(ClaimSchema.DATE).get(i).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(),
                        100 * rows.doubleColumn(StatColumns.SHARE).getDouble(i));
            }
            dataset.addSeries(series);
        }
        StackedXYAreaRenderer2 renderer = new StackedXYAreaRenderer2();
        for (int i = 0; i < categories.size(); i++) {
            renderer.setSeriesPaint(i, Palette.series(i));
        }
        NumberAxis percent = new NumberAxis("Share of the total, %");
        percent.setRange(0, 100);
        XYPlot plot = new XYPlot(dataset, TimeChart.calendarAxis("Date"), percent, renderer);
        ChartLabels labels = new ChartLabels(
                "Mix of " + Attribution.whose(side) + " heavy-equipment losses, " + Attribution.statedBy(claimant),
                "Each category's share of the summed running totals of "
                        + String.join(", ", categories.stream().map(c -> ChartLabels.inSentence(c.label())).toList()),
                Attribution.sourceLine(claimant, StatRows.latest(usable, ClaimSchema.DATE)), "Date", "");
        JFreeChart chart = new JFreeChart(labels.title(), ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart, labels);
        return chart;
    }
}
