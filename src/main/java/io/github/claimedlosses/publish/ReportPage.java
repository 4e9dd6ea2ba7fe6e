package io.github.claimedlosses.publish;

import io.github.claimedlosses.export.PublishedFile;
import io.github.claimedlosses.export.chart.Html;
import io.github.claimedlosses.source.Source;
import io.github.claimedlosses.source.Sources;
import java.util.List;
import java.util.Locale;

/**
 * The static report, {@code index.html}: every chart as a thumbnail linking to full size, links to the tables,
 * the sources and licences, and what could not be drawn. It loads nothing from the network; all text from
 * documents or data is escaped.
 */
public final class ReportPage {
    private ReportPage() {
    }

    /**
     * The page: the {@code summary}, every chart and table of {@code files}, the {@code inputs} with their
     * checksums, and {@code notes} on what was left out.
     */
    public static String html(List<SummaryRow> summary, List<PublishedFile> files, List<InputFile> inputs,
                              List<String> notes) {
        return html(summary, files, inputs, notes, Sources.standard());
    }

    /** The page, crediting the sources of {@code sources} that have a credit line. */
    public static String html(List<SummaryRow> summary, List<PublishedFile> files, List<InputFile> inputs,
                              List<String> notes, Sources sources) {
        return html(summary, files, inputs, notes, sources, "");
    }

    /** The page, with {@code newsSection} (HTML, "claims found in the news") after the summary. */
    static String html(List<SummaryRow> summary, List<PublishedFile> files, List<InputFile> inputs,
                       List<String> notes, Sources sources, String newsSection) {
        StringBuilder page = new StringBuilder(8192);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Claimed and confirmed war losses</title>\n<style>\n")
                .append("body{font-family:sans-serif;max-width:1200px;margin:2em auto;padding:0 1em;color:#222}\n")
                .append(".charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:1em}\n")
                .append(".charts figure{margin:0}.charts img{width:100%;border:1px solid #ddd}\n")
                .append("figcaption{font-size:.9em;color:#444}.note{color:#8a4b00}\n")
                .append("table{border-collapse:collapse}td,th{padding:.2em .6em;border-bottom:1px solid #eee;")
                .append("text-align:right;white-space:nowrap}td:first-child,th:first-child{text-align:left}\n")
                .append("</style>\n</head>\n<body>\n<h1>Claimed and confirmed war losses</h1>\n")
                .append("<p>Figures claimed by the General Staff of the Armed Forces of Ukraine and counts visually ")
                .append("confirmed by Oryx are different things: every chart and table says which it shows.</p>\n");
        appendSummary(page, summary);
        page.append(newsSection);
        if (!notes.isEmpty()) {
            page.append("<h2>Not drawn, or left out</h2>\n<ul>\n");
            for (String note : notes) {
                page.append("<li class=\"note\">").append(Html.escape(note)).append("</li>\n");
            }
            page.append("</ul>\n");
        }
        page.append("<h2>Charts</h2>\n<div class=\"charts\">\n");
        for (PublishedFile file : files) {
            if (file.kind().equals("chart")) {
                appendFigure(page, file, files);
            }
        }
        page.append("</div>\n<h2>Tables</h2>\n<ul>\n");
        for (PublishedFile file : files) {
            if (file.kind().equals("table")) {
                page.append("<li><a href=\"").append(Html.escape(file.path())).append("\">")
                        .append(Html.escape(file.path())).append("</a>: ").append(Html.escape(file.title()))
                        .append("</li>\n");
            }
        }
        page.append("</ul>\n<h2>Inputs</h2>\n<table>\n<tr><th>File</th><th>Bytes</th><th>SHA-256</th></tr>\n");
        for (InputFile input : inputs) {
            page.append("<tr><td>").append(Html.escape(input.name())).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%,d", input.bytes())).append("</td><td><code>")
                    .append(input.sha256()).append("</code></td></tr>\n");
        }
        page.append("</table>\n<h2>Sources and licences</h2>\n<ul>\n");
        for (Source source : sources.sources()) {
            if (!source.credit().isEmpty()) {
                page.append("<li>").append(Html.escape(source.credit())).append("</li>\n");
            }
        }
        page.append("</ul>\n</body>\n</html>\n");
        return page.toString();
    }

    /** A chart's thumbnail linking to it, its title, its SVG and its interactive page if {@code files} has one. */
    static void appendFigure(StringBuilder page, PublishedFile file, List<PublishedFile> files) {
        String path = Html.escape(file.path());
        String svg = Html.escape(file.path().replaceFirst("\\.png$", ".svg"));
        String interactive = file.path().replaceFirst("\\.png$", ".html");
        page.append("<figure><a href=\"").append(path).append("\"><img src=\"").append(path)
                .append("\" alt=\"").append(Html.escape(file.title())).append("\" loading=\"lazy\"></a>")
                .append("<figcaption>").append(Html.escape(file.title())).append(" <a href=\"").append(svg)
                .append("\">SVG</a>");
        if (files.stream().anyMatch(f -> f.kind().equals("interactive") && f.path().equals(interactive))) {
            page.append(" · <a href=\"").append(Html.escape(interactive)).append("\">interactive</a>");
        }
        page.append("</figcaption></figure>\n");
    }

    private static void appendSummary(StringBuilder page, List<SummaryRow> summary) {
        if (summary.isEmpty()) {
            return;
        }
        page.append("<h2>Latest figures</h2>\n<p>Russian losses claimed by the General Staff of the Armed Forces of ")
                .append("Ukraine (running totals and mean per day), compared with counts visually confirmed by Oryx ")
                .append("where a recent one exists.</p>\n<table>\n<tr><th>Category</th><th>As of</th>")
                .append("<th>Claimed total</th><th>Per day, 7-day mean</th><th>Per day, 30-day mean</th>")
                .append("<th>Claimed per confirmed (date)</th><th>Russian per Ukrainian, confirmed</th></tr>\n");
        for (SummaryRow row : summary) {
            page.append("<tr><td>").append(Html.escape(row.category().label())).append("</td><td>")
                    .append(row.date()).append("</td><td>").append(row.approximate() ? "about " : "")
                    .append(number(row.total(), "%,.0f")).append("</td><td>").append(number(row.rate7(), "%,.1f"))
                    .append("</td><td>").append(number(row.rate30(), "%,.1f")).append("</td><td>")
                    .append(row.claimedPerConfirmed() == null ? "" : number(row.claimedPerConfirmed(), "%.2f")
                            + " (" + row.comparedOn() + ")")
                    .append("</td><td>").append(number(row.russiaPerUkraine(), "%.2f")).append("</td></tr>\n");
        }
        page.append("</table>\n");
    }

    private static String number(Double value, String format) {
        return value == null ? "" : String.format(Locale.ROOT, format, value);
    }
}
