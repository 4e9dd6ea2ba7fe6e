package io.github.claimedlosses.export;

import java.util.List;

/**
 * The static report, {@code index.html}: every chart as a thumbnail linking to full size, links to the tables,
 * the sources and licences, and what could not be drawn. It loads nothing from the network; all text from
 * documents or data is escaped.
 */
public final class ReportPage {
    private ReportPage() {
    }

    /** The page listing {@code files}, with {@code notes} on what was left out. */
    public static String html(List<PublishedFile> files, List<String> notes) {
        StringBuilder page = new StringBuilder(8192);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Claimed and confirmed war losses</title>\n<style>\n")
                .append("body{font-family:sans-serif;max-width:1200px;margin:2em auto;padding:0 1em;color:#222}\n")
                .append(".charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:1em}\n")
                .append(".charts figure{margin:0}.charts img{width:100%;border:1px solid #ddd}\n")
                .append("figcaption{font-size:.9em;color:#444}.note{color:#8a4b00}\n")
                .append("table{border-collapse:collapse}td,th{padding:.2em .6em;border-bottom:1px solid #eee;")
                .append("text-align:right}td:first-child,th:first-child{text-align:left}\n")
                .append("</style>\n</head>\n<body>\n<h1>Claimed and confirmed war losses</h1>\n")
                .append("<p>Figures claimed by the General Staff of the Armed Forces of Ukraine and counts visually ")
                .append("confirmed by Oryx are different things: every chart and table says which it shows.</p>\n");
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
                String path = Html.escape(file.path());
                page.append("<figure><a href=\"").append(path).append("\"><img src=\"").append(path)
                        .append("\" alt=\"").append(Html.escape(file.title())).append("\" loading=\"lazy\"></a>")
                        .append("<figcaption>").append(Html.escape(file.title())).append("</figcaption></figure>\n");
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
        page.append("</ul>\n<h2>Sources and licences</h2>\n<ul>\n")
                .append("<li>General Staff of the Armed Forces of Ukraine, claimed; via ")
                .append("PetroIvaniuk/2022-Ukraine-Russia-War-Dataset (MIT).</li>\n")
                .append("<li>Oryx, visually confirmed, CC BY 4.0; via scarnecchia/oryx_data.</li>\n")
                .append("</ul>\n</body>\n</html>\n");
        return page.toString();
    }
}
