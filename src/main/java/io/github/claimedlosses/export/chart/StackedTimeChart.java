package io.github.claimedlosses.export.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;

/** Two or more time plots stacked on one shared date axis, under one title and source line. */
public final class StackedTimeChart {
    private StackedTimeChart() {
    }

    /**
     * Stacks {@code plots} top to bottom.
     *
     * @param weights relative heights, one per plot
     */
    public static JFreeChart of(ChartLabels labels, XYPlot[] plots, int[] weights) {
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(TimeChart.calendarAxis(labels.xAxis()));
        combined.setGap(14);
        for (int i = 0; i < plots.length; i++) {
            combined.add(plots[i], weights[i]);
        }
        JFreeChart chart = new JFreeChart(labels.title(), ChartStyle.TITLE, combined, true);
        ChartStyle.apply(chart, labels);
        for (XYPlot plot : plots) {
            ChartStyle.stylePlot(plot);
        }
        return chart;
    }
}
