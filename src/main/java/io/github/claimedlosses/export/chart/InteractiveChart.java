package io.github.claimedlosses.export.chart;

import io.github.claimedlosses.export.chart.Html;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Margin;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * An interactive HTML page of dated series (zoom, hover) through Tablesaw's Plotly module. The page loads
 * plotly.js from a configurable location, so that it also works offline with a local copy.
 */
public final class InteractiveChart {
    /** Where plotly.js is loaded from unless told otherwise. */
    public static final String DEFAULT_PLOTLY_JS = "https://cdn.plot.ly/plotly-2.35.2.min.js";

    private InteractiveChart() {
    }

    /**
     * A complete HTML page showing {@code series} as lines.
     *
     * @param plotlyJs URL or relative path of plotly.js
     */
    public static String page(ChartLabels labels, List<DatedSeries> series, String plotlyJs) {
        List<Trace> traces = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            DatedSeries one = series.get(i);
            DateColumn x = DateColumn.create("date", one.dates());
            DoubleColumn y = DoubleColumn.create(one.name(), one.values());
            traces.add(ScatterTrace.builder(x, y).mode(ScatterTrace.Mode.LINE).name(one.name()).build());
        }
        Layout layout = Layout.builder()
                .title(labels.title())
                .width(ChartStyle.WIDTH)
                .height(ChartStyle.HEIGHT)
                .margin(Margin.builder().left(70).right(20).top(60).bottom(60).build())
                .xAxis(Axis.builder().title(labels.xAxis()).build())
                .yAxis(Axis.builder().title(labels.yAxis()).build())
                .build();
        Figure figure = new Figure(layout, traces.toArray(new Trace[0]));
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
                + Html.escape(labels.title()) + "</title>\n<script src=\"" + Html.escape(plotlyJs) + "\"></script>\n"
                + "</head>\n<body style=\"font-family: sans-serif; background: #fff\">\n"
                + "<p style=\"color:#555\">" + Html.escape(labels.subtitle()) + "</p>\n"
                + "<div id=\"chart\"></div>\n" + figure.asJavascript("chart") + "\n"
                + "<p style=\"color:#777; font-size: small\">" + Html.escape(labels.source()) + "</p>\n"
                + "</body>\n</html>\n";
    }
}
