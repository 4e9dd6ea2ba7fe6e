package io.github.claimedlosses.notebook.display;

import io.github.claimedlosses.export.chart.Html;
import java.util.List;

/**
 * A table preview as an HTML table: a caption with the name and size, a header row, the first and last rows with a
 * row saying how many were left out; cells do not wrap, numbers align right. Every word is escaped; a cell longer than {@value #LONGEST_CELL} characters is
 * cut, with the whole text in its {@code title}.
 */
final class TableHtml {
    /** Longest cell text shown in full. */
    static final int LONGEST_CELL = 120;
    /** Keeps cells on one line: notebook front ends set tables to wrap, which breaks dates and ids in narrow columns. */
    private static final String STYLE = "<style>table.claimed-losses th, table.claimed-losses td "
            + "{white-space: nowrap}</style>\n";

    private TableHtml() {
    }

    static String of(TablePreview preview) {
        StringBuilder html = new StringBuilder(STYLE).append("<table class=\"claimed-losses\">\n")
                .append("<caption>").append(Html.escape(preview.name())).append(": ").append(preview.size())
                .append("</caption>\n");
        html.append("<thead>\n<tr><th></th>");
        for (TablePreview.Header header : preview.columns()) {
            html.append("<th>").append(Html.escape(header.name())).append("</th>");
        }
        html.append("</tr>\n</thead>\n<tbody>\n");
        rows(html, preview.head(), preview.columns());
        if (preview.omitted() > 0) {
            html.append("<tr><td colspan=\"").append(preview.columns().size() + 1)
                    .append("\" style=\"text-align: left\">… ")
                    .append(preview.omittedNote()).append(" …</td></tr>\n");
        }
        rows(html, preview.tail(), preview.columns());
        return html.append("</tbody>\n</table>").toString();
    }

    private static void rows(StringBuilder html, List<TablePreview.Row> rows, List<TablePreview.Header> headers) {
        for (TablePreview.Row row : rows) {
            html.append("<tr><th>").append(row.index()).append("</th>");
            for (int i = 0; i < headers.size(); i++) {
                html.append(cell(row.cells().get(i), headers.get(i).numeric()));
            }
            html.append("</tr>\n");
        }
    }

    private static String cell(String text, boolean numeric) {
        String align = numeric ? " style=\"text-align: right\"" : "";
        if (text.length() <= LONGEST_CELL) {
            return "<td" + align + ">" + Html.escape(text) + "</td>";
        }
        return "<td" + align + " title=\"" + Html.escape(text) + "\">" + Html.escape(text.substring(0, LONGEST_CELL))
                + "…</td>";
    }
}
