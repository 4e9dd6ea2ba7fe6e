package io.github.claimedlosses.notebook.display;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * What a notebook shows of a table: its first and last rows, formatted, and how many rows lie between them.
 *
 * @param name     the table's name
 * @param rowCount the number of rows of the whole table
 * @param columns  the columns, in order
 * @param head     the first rows
 * @param omitted  the number of rows left out between {@code head} and {@code tail}
 * @param tail     the last rows (empty when nothing is left out)
 */
record TablePreview(String name, int rowCount, List<Header> columns, List<Row> head, int omitted, List<Row> tail) {
    /** A column's name and whether it holds numbers (aligned right). */
    record Header(String name, boolean numeric) {
    }

    /** A row's index in the table and its cells, formatted. */
    record Row(int index, List<String> cells) {
    }

    TablePreview {
        columns = List.copyOf(columns);
        head = List.copyOf(head);
        tail = List.copyOf(tail);
    }

    /** The preview of {@code table}: every row up to {@code whole} rows, else the first and last {@code edge}. */
    static TablePreview of(Table table, int whole, int edge) {
        List<Header> headers = new ArrayList<>();
        for (Column<?> column : table.columns()) {
            headers.add(new Header(column.name(), CellFormat.isNumeric(column)));
        }
        int rows = table.rowCount();
        if (rows <= Math.max(whole, 2 * edge)) {
            return new TablePreview(table.name(), rows, headers, rows(table, 0, rows), 0, List.of());
        }
        return new TablePreview(table.name(), rows, headers, rows(table, 0, edge), rows - 2 * edge,
                rows(table, rows - edge, rows));
    }

    private static List<Row> rows(Table table, int from, int to) {
        List<Row> rows = new ArrayList<>();
        for (int index = from; index < to; index++) {
            List<String> cells = new ArrayList<>();
            for (Column<?> column : table.columns()) {
                cells.add(CellFormat.cell(column, index));
            }
            rows.add(new Row(index, cells));
        }
        return rows;
    }

    /** "24,096 rows × 13 columns". */
    String size() {
        return CellFormat.number(rowCount) + (rowCount == 1 ? " row" : " rows") + " × " + columns.size()
                + (columns.size() == 1 ? " column" : " columns");
    }

    /** "24,086 more rows". */
    String omittedNote() {
        return CellFormat.number(omitted) + (omitted == 1 ? " more row" : " more rows");
    }
}
