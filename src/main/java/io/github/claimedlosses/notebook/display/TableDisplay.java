package io.github.claimedlosses.notebook.display;

import io.github.claimedlosses.export.chart.Html;
import io.github.claimedlosses.stats.Description;
import io.github.claimedlosses.stats.StatTable;
import java.util.LinkedHashMap;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * Tables and statistics as a notebook shows them: HTML and plain text of every row of a table of up to
 * {@value #WHOLE_ROWS} rows, else of the first and last {@value #EDGE_ROWS}, so that a table of any length displays
 * in a few kilobytes; a statistic adds its title (what, whose, claimed or confirmed) above the table and its method
 * notes below.
 */
final class TableDisplay {
    /** Tables up to this many rows are shown whole. */
    static final int WHOLE_ROWS = 20;
    /** Rows shown at each end of a longer table. */
    static final int EDGE_ROWS = 5;

    private TableDisplay() {
    }

    static MimeBundle of(Table table) {
        TablePreview preview = TablePreview.of(table, WHOLE_ROWS, EDGE_ROWS);
        return bundle(TableText.of(preview), TableHtml.of(preview));
    }

    static MimeBundle of(StatTable statistic) {
        TablePreview preview = TablePreview.of(statistic.table(), WHOLE_ROWS, EDGE_ROWS);
        Description description = statistic.description();
        StringBuilder text = new StringBuilder(description.title()).append('\n').append(TableText.of(preview));
        StringBuilder html = new StringBuilder("<div class=\"claimed-losses-statistic\">\n<p><strong>")
                .append(Html.escape(description.title())).append("</strong></p>\n").append(TableHtml.of(preview));
        if (!description.notes().isEmpty()) {
            text.append("\nNotes:");
            html.append("\n<details><summary>Notes</summary>\n<ul>\n");
            for (String note : description.notes()) {
                text.append("\n- ").append(note);
                html.append("<li>").append(Html.escape(note)).append("</li>\n");
            }
            html.append("</ul>\n</details>");
        }
        return bundle(text.toString(), html.append("\n</div>").toString());
    }

    private static MimeBundle bundle(String text, String html) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put(MimeBundle.TEXT_HTML, html);
        data.put(MimeBundle.TEXT_PLAIN, text);
        return new MimeBundle(data);
    }
}
