package io.github.claimedlosses.notebook.display;

import io.github.claimedlosses.export.chart.Html;
import io.github.claimedlosses.stats.Description;
import io.github.claimedlosses.stats.StatTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * Tables and statistics as a notebook shows them: HTML and plain text of every row of a table of up to
 * {@value #WHOLE_ROWS} rows, else of the first and last {@value #EDGE_ROWS}, so that a table of any length displays
 * in a few kilobytes; a statistic adds its title (what, whose, claimed or confirmed) above the table and its method
 * notes below, the claims of documents the warnings of their text. Only the requested types are rendered.
 */
final class TableDisplay {
    /** Tables up to this many rows are shown whole. */
    static final int WHOLE_ROWS = 20;
    /** Rows shown at each end of a longer table. */
    static final int EDGE_ROWS = 5;

    private TableDisplay() {
    }

    static MimeBundle of(Table table, Set<String> requested) {
        return of(null, table, "Notes", List.of(), requested);
    }

    /** A table of claims with the warnings of the documents they were read from. */
    static MimeBundle of(Table claims, List<String> warnings, Set<String> requested) {
        return of(null, claims, "Warnings (" + warnings.size() + ")", warnings, requested);
    }

    static MimeBundle of(StatTable statistic, Set<String> requested) {
        Description description = statistic.description();
        return of(description.title(), statistic.table(), "Notes", description.notes(), requested);
    }

    private static MimeBundle of(String title, Table table, String notesHeading, List<String> notes,
            Set<String> requested) {
        TablePreview preview = TablePreview.of(table, WHOLE_ROWS, EDGE_ROWS);
        Map<String, String> data = new LinkedHashMap<>();
        if (requested.contains(MimeBundle.TEXT_HTML)) {
            data.put(MimeBundle.TEXT_HTML, html(title, preview, notesHeading, notes));
        }
        data.put(MimeBundle.TEXT_PLAIN, text(title, preview, notesHeading, notes));
        return new MimeBundle(data);
    }

    private static String text(String title, TablePreview preview, String notesHeading, List<String> notes) {
        StringBuilder text = new StringBuilder();
        if (title != null) {
            text.append(title).append('\n');
        }
        text.append(TableText.of(preview));
        if (!notes.isEmpty()) {
            text.append('\n').append(notesHeading).append(':');
            notes.forEach(note -> text.append("\n- ").append(note));
        }
        return text.toString();
    }

    private static String html(String title, TablePreview preview, String notesHeading, List<String> notes) {
        if (title == null && notes.isEmpty()) {
            return TableHtml.of(preview);
        }
        StringBuilder html = new StringBuilder("<div class=\"claimed-losses-statistic\">\n");
        if (title != null) {
            html.append("<p><strong>").append(Html.escape(title)).append("</strong></p>\n");
        }
        html.append(TableHtml.of(preview));
        if (!notes.isEmpty()) {
            html.append("\n<details><summary>").append(Html.escape(notesHeading)).append("</summary>\n<ul>\n");
            notes.forEach(note -> html.append("<li>").append(Html.escape(note)).append("</li>\n"));
            html.append("</ul>\n</details>");
        }
        return html.append("\n</div>").toString();
    }
}
