package io.github.claimedlosses.export.chart;

import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.stats.CategoryShares;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The mix of categories over time: each category's share of their summed running totals, stacked to 100 %. */
public final class MixChart {
    private MixChart() {
    }

    /**
     * @param shares category shares ({@code Ratios.shares}) of one claimant about one side
     */
    public static JFreeChart of(CategoryShares shares, Claimant claimant, Side side, List<Category> categories) {
        // Each category is drawn as one area from 0 up to the summed shares of it and the categories before it,
        // the widest first (the plot renders series in reverse): the visible bands are the stack, and the SVG has
        // one path per category rather than one per date.
        XYSeriesCollection dataset = new XYSeriesCollection();
        CategoryShares usable = shares.withShare();
        Map<Long, Double> stacked = new TreeMap<>();
        for (Category category : categories) {
            CategoryShares rows = usable.forCategory(category);
            for (int i = 0; i < rows.rowCount(); i++) {
                long day = rows.dates().get(i).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
                stacked.merge(day, 100 * rows.shares().getDouble(i), Double::sum);
            }
            XYSeries series = new XYSeries(category.label(), true, false);
            stacked.forEach(series::add);
            dataset.addSeries(series);
        }
        XYAreaRenderer renderer = new XYAreaRenderer(XYAreaRenderer.AREA);
        renderer.setOutline(false);
        for (int i = 0; i < categories.size(); i++) {
            renderer.setSeriesPaint(i, Palette.series(i));
        }
        NumberAxis percent = new NumberAxis("Share of the total, %");
        percent.setRange(0, 100);
        XYPlot plot = new XYPlot(dataset, TimeChart.calendarAxis("Date"), percent, renderer);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.REVERSE);
        ChartLabels labels = new ChartLabels(
                "Mix of " + Attribution.whose(side) + " heavy-equipment losses, " + Attribution.statedBy(claimant),
                "Each category's share of the summed running totals of "
                        + String.join(", ", categories.stream().map(c -> ChartLabels.inSentence(c.label())).toList()),
                Attribution.sourceLine(claimant, usable.latestDate()), "Date", "");
        JFreeChart chart = new JFreeChart(labels.title(), ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart, labels);
        return chart;
    }
}
