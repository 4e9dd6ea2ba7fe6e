package io.github.claimedlosses.export.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The house style, set explicitly rather than left to JFreeChart's defaults: white background, a title,
 * subtitle and source line, light grid, the legend below the plot (never over the data), thousands separators.
 * Legible at 900×500 pixels.
 */
public final class ChartStyle {
    /** Default size of a chart in pixels. */
    public static final int WIDTH = 900;
    /** Default size of a chart in pixels. */
    public static final int HEIGHT = 500;

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 17);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font SOURCE = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font AXIS_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Color GRID = new Color(225, 225, 225);

    private ChartStyle() {
    }

    /** Thousands separators, no decimals: 12,345. */
    public static DecimalFormat counts() {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    /** Thousands separators and up to two decimals: 1,234.5. */
    public static DecimalFormat decimals() {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    /** Applies titles, source line, background and legend to {@code chart}. */
    static void apply(JFreeChart chart, ChartLabels labels) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 6, 12));
        TextTitle title = new TextTitle(labels.title(), TITLE);
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        title.setTextAlignment(HorizontalAlignment.LEFT);
        title.setPaint(Palette.INK);
        chart.setTitle(title);
        LegendTitle legend = chart.getLegend();
        chart.clearSubtitles();
        TextTitle subtitle = new TextTitle(labels.subtitle(), SUBTITLE);
        subtitle.setHorizontalAlignment(HorizontalAlignment.LEFT);
        subtitle.setTextAlignment(HorizontalAlignment.LEFT);
        subtitle.setPaint(Palette.GREY);
        subtitle.setPadding(new RectangleInsets(2, 0, 6, 0));
        chart.addSubtitle(subtitle);
        // Bottom titles stack from the edge inwards: the source line at the very bottom, the legend above it.
        TextTitle source = new TextTitle(labels.source(), SOURCE);
        source.setPosition(RectangleEdge.BOTTOM);
        source.setHorizontalAlignment(HorizontalAlignment.LEFT);
        source.setTextAlignment(HorizontalAlignment.LEFT);
        source.setPaint(Palette.GREY);
        source.setPadding(new RectangleInsets(6, 0, 0, 0));
        chart.addSubtitle(source);
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
            legend.setItemFont(LEGEND);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
            chart.addSubtitle(legend);
        }
        stylePlot(chart.getPlot());
    }

    static void stylePlot(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        if (plot instanceof XYPlot) {
            XYPlot xy = (XYPlot) plot;
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            xy.setDomainGridlineStroke(new BasicStroke(1f));
            xy.setRangeGridlineStroke(new BasicStroke(1f));
            xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                styleAxis(xy.getRangeAxis(i));
            }
            styleAxis(xy.getDomainAxis());
        } else if (plot instanceof CategoryPlot) {
            CategoryPlot category = (CategoryPlot) plot;
            category.setRangeGridlinePaint(GRID);
            category.setRangeGridlineStroke(new BasicStroke(1f));
            styleAxis(category.getRangeAxis());
            category.getDomainAxis().setLabelFont(AXIS_LABEL);
            category.getDomainAxis().setTickLabelFont(TICK);
            category.getDomainAxis().setTickLabelPaint(Palette.INK);
        }
    }

    private static void styleAxis(ValueAxis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(AXIS_LABEL);
        axis.setLabelPaint(Palette.INK);
        axis.setTickLabelFont(TICK);
        axis.setTickLabelPaint(Palette.INK);
        axis.setAxisLinePaint(Palette.GREY);
        axis.setTickMarkPaint(Palette.GREY);
        if (axis instanceof NumberAxis && ((NumberAxis) axis).getNumberFormatOverride() == null) {
            ((NumberAxis) axis).setNumberFormatOverride(counts());
        }
    }
}
