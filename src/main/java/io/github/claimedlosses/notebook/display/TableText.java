package io.github.claimedlosses.notebook.display;

import java.util.ArrayList;
import java.util.List;

/**
 * A table preview as plain text: the name and size, then aligned columns (numbers to the right), the first and last
 * rows and a line saying how many were left out. A cell longer than {@value #LONGEST_CELL} characters is cut.
 */
final class TableText {
    /** Longest cell text shown in full. */
    static final int LONGEST_CELL = 40;

    private TableText() {
    }

    static String of(TablePreview preview) {
        List<TablePreview.Header> headers = preview.columns();
        List<List<String>> lines = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(""));
        headers.forEach(column -> header.add(column.name()));
        lines.add(header);
        preview.head().forEach(row -> lines.add(cells(row)));
        int omittedAt = lines.size();
        preview.tail().forEach(row -> lines.add(cells(row)));
        int[] widths = new int[headers.size() + 1];
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        StringBuilder text = new StringBuilder(preview.name()).append(": ").append(preview.size());
        for (int l = 0; l < lines.size(); l++) {
            if (l == omittedAt && preview.omitted() > 0) {
                text.append("\n… ").append(preview.omittedNote()).append(" …");
            }
            text.append('\n').append(line(lines.get(l), widths, headers));
        }
        return text.toString();
    }

    private static List<String> cells(TablePreview.Row row) {
        List<String> cells = new ArrayList<>(List.of(Integer.toString(row.index())));
        for (String cell : row.cells()) {
            cells.add(cell.length() <= LONGEST_CELL ? cell : cell.substring(0, LONGEST_CELL - 1) + "…");
        }
        return cells;
    }

    private static String line(List<String> cells, int[] widths, List<TablePreview.Header> headers) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            boolean right = i == 0 || headers.get(i - 1).numeric();
            String cell = cells.get(i);
            String padding = " ".repeat(widths[i] - cell.length());
            line.append(i == 0 ? "" : "  ").append(right ? padding + cell : cell + padding);
        }
        return line.toString().stripTrailing();
    }
}
