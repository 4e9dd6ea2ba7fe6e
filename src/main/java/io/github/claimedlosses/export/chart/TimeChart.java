package io.github.claimedlosses.export.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.text.SimpleDateFormat;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.time.Day;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Builds a chart of values over calendar time: lines, daily bars, shaded bands (confidence or prediction
 * intervals) and dated markers, on one date axis with calendar-aligned ticks. Layers are drawn in the order added,
 * first at the back. Rendering is separate: see {@link ChartFiles}.
 *
 * <pre>{@code
 * JFreeChart chart = TimeChart.with(labels).bars(daily, Palette.SKY).line(rolling7, Palette.BLUE).build();
 * }</pre>
 */
public final class TimeChart {
    private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);

    private final ChartLabels labels;
    private final List<ChartLayer> layers = new ArrayList<>();
    private final List<ValueMarker> markers = new ArrayList<>();
    private boolean ratios;
    private boolean fitted;
    private boolean legend;

    /** One dataset with the renderer that draws it. */
    private record ChartLayer(XYDataset dataset, XYItemRenderer renderer) {
    }

    private TimeChart(ChartLabels labels) {
        this.labels = labels;
    }

    /** A new chart with the given words on it. */
    public static TimeChart with(ChartLabels labels) {
        return new TimeChart(labels);
    }

    /** Adds a line without point markers. */
    public TimeChart line(DatedSeries series, Color colour) {
        return line(series, colour, 2f, false);
    }

    /** Adds a line of the given width, dashed if asked. */
    public TimeChart line(DatedSeries series, Color colour, float width, boolean dashed) {
        TimeSeriesCollection dataset = new TimeSeriesCollection(timeSeries(series), UTC);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, colour);
        renderer.setSeriesStroke(0, dashed
                ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f)
                : new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        renderer.setDrawSeriesLineAsPath(true);
        layers.add(new ChartLayer(dataset, renderer));
        return this;
    }

    /** Adds markers without a line, one per date (figures stated on scattered dates, such as a document's). */
    public TimeChart points(DatedSeries series, Color colour) {
        TimeSeriesCollection dataset = new TimeSeriesCollection(timeSeries(series), UTC);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesPaint(0, colour);
        renderer.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-4.5, -4.5, 9, 9));
        layers.add(new ChartLayer(dataset, renderer));
        return this;
    }

    /** Adds one bar per date (for daily values). */
    public TimeChart bars(DatedSeries series, Color colour) {
        TimeSeriesCollection dataset = new TimeSeriesCollection(timeSeries(series), UTC);
        XYBarRenderer renderer = new XYBarRenderer(0.0);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setSeriesPaint(0, colour);
        layers.add(new ChartLayer(dataset, renderer));
        return this;
    }

    /** Adds one bar per calendar month, each as wide as its month ({@code series} dates are month starts). */
    public TimeChart monthlyBars(DatedSeries series, Color colour) {
        TimeSeries timeSeries = new TimeSeries(series.name());
        for (int i = 0; i < series.size(); i++) {
            LocalDate date = series.dates().get(i);
            double value = series.value(i);
            timeSeries.add(new Month(date.getMonthValue(), date.getYear()), Double.isNaN(value) ? null : value);
        }
        XYBarRenderer renderer = new XYBarRenderer(0.12);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setSeriesPaint(0, colour);
        layers.add(new ChartLayer(new TimeSeriesCollection(timeSeries, UTC), renderer));
        return this;
    }

    /** Adds a step line: each value holds until the next date (for the mean rate of a phase). */
    public TimeChart steps(DatedSeries series, Color colour) {
        XYStepRenderer renderer = new XYStepRenderer();
        renderer.setDefaultShapesVisible(false);
        renderer.setSeriesPaint(0, colour);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        layers.add(new ChartLayer(new TimeSeriesCollection(timeSeries(series), UTC), renderer));
        return this;
    }

    /** Adds a shaded band between {@code low} and {@code high} around {@code centre}, drawn as a line. */
    public TimeChart band(DatedSeries centre, DatedSeries low, DatedSeries high, Color colour) {
        YIntervalSeries interval = new YIntervalSeries(centre.name());
        for (int i = 0; i < centre.size(); i++) {
            if (!Double.isNaN(centre.value(i))) {
                double a = low.value(i);
                double b = high.value(i);
                interval.add(millis(centre.dates().get(i)), centre.value(i), Math.min(a, b), Math.max(a, b));
            }
        }
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setSeriesPaint(0, colour);
        renderer.setSeriesFillPaint(0, Palette.translucent(colour, 60));
        renderer.setAlpha(0.25f);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        dataset.addSeries(interval);
        layers.add(new ChartLayer(dataset, renderer));
        return this;
    }

    /** Adds a vertical marker with a short label at {@code date} (a correction, a change point). */
    public TimeChart marker(LocalDate date, String label, Color colour) {
        ValueMarker marker = new ValueMarker(millis(date), colour, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 1f, new float[] {3f, 3f}, 0f));
        marker.setLabel(label);
        marker.setLabelFont(ChartStyle.SOURCE);
        marker.setLabelPaint(colour);
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        markers.add(marker);
        return this;
    }

    /**
     * Makes the value axis one of ratios: decimal ticks, and a range fitted to the data rather than starting at
     * zero. By default the axis counts things: whole-number ticks from zero.
     */
    public TimeChart ratioAxis() {
        ratios = true;
        return this;
    }

    /**
     * Fits the value axis to the data rather than starting it at zero, keeping whole-number ticks (running totals
     * whose changes would be flat lines from zero).
     */
    public TimeChart fittedRange() {
        fitted = true;
        return this;
    }

    /** The chart, styled. */
    public JFreeChart build() {
        JFreeChart chart = new JFreeChart(labels.title(), ChartStyle.TITLE, plot(), legend);
        ChartStyle.apply(chart, labels);
        return chart;
    }

    /** Shows a legend even for a single layer (by default, only charts of several layers have one). */
    public TimeChart withLegend() {
        legend = true;
        return this;
    }

    /** The plot alone, unstyled, for stacking with others in a {@link StackedTimeChart}. */
    public XYPlot plot() {
        DateAxis dateAxis = calendarAxis(labels.xAxis());
        NumberAxis valueAxis = new NumberAxis(labels.yAxis());
        valueAxis.setAutoRangeIncludesZero(!ratios && !fitted);
        if (ratios) {
            valueAxis.setNumberFormatOverride(ChartStyle.decimals());
        } else {
            valueAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        }
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(dateAxis);
        plot.setRangeAxis(valueAxis);
        // Draw dataset 0 first, at the back, so that layers stack in the order added, as the legend lists them.
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        for (int i = 0; i < layers.size(); i++) {
            plot.setDataset(i, layers.get(i).dataset());
            plot.setRenderer(i, layers.get(i).renderer());
        }
        for (ValueMarker marker : markers) {
            plot.addDomainMarker(marker, org.jfree.chart.ui.Layer.FOREGROUND);
        }
        legend = legend || layers.size() > 1;
        return plot;
    }

    /**
     * A date axis whose ticks fall on calendar boundaries: the first of January, of a quarter, of a month or a
     * Monday, labelled "2024", "Apr 2024" or "7 Apr 2024" (every label names its year, so that a chart of a few
     * weeks still says which), whichever is the finest that does not crowd the labels.
     */
    static DateAxis calendarAxis(String label) {
        DateAxis axis = new DateAxis(label, UTC, Locale.ROOT);
        axis.setLowerMargin(0.01);
        axis.setUpperMargin(0.01);
        TickUnits units = new TickUnits();
        units.add(unit(DateTickUnitType.DAY, 7, "d MMM yyyy"));
        units.add(unit(DateTickUnitType.MONTH, 1, "MMM yyyy"));
        units.add(unit(DateTickUnitType.MONTH, 3, "MMM yyyy"));
        units.add(unit(DateTickUnitType.YEAR, 1, "yyyy"));
        axis.setStandardTickUnits(units);
        axis.setMinorTickMarksVisible(true);
        axis.setMinorTickCount(4);
        return axis;
    }

    private static DateTickUnit unit(DateTickUnitType type, int count, String pattern) {
        SimpleDateFormat format = new SimpleDateFormat(pattern, Locale.ENGLISH);
        format.setTimeZone(UTC);
        return new DateTickUnit(type, count, format);
    }

    private static TimeSeries timeSeries(DatedSeries series) {
        TimeSeries timeSeries = new TimeSeries(series.name());
        for (int i = 0; i < series.size(); i++) {
            LocalDate date = series.dates().get(i);
            double value = series.value(i);
            timeSeries.add(new Day(date.getDayOfMonth(), date.getMonthValue(), date.getYear()),
                    Double.isNaN(value) ? null : value);
        }
        return timeSeries;
    }

    private static double millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
