package io.github.claimedlosses.export;

import io.github.claimedlosses.files.OutputFiles;
import io.github.claimedlosses.files.SpreadsheetText;
import io.github.claimedlosses.model.Claim;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes any Tablesaw table as a CSV file for people and spreadsheets: RFC 4180, UTF-8, a header row, ISO dates,
 * {@code .} decimals (whole numbers without one), empty cells for missing values, rows in table order.
 * Text cells that a spreadsheet would run as a formula (starting with {@code = + - @}, tab or carriage return)
 * are neutralised with a leading apostrophe.
 */
public final class CsvTableWriter {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private CsvTableWriter() {
    }

    /** The CSV text of {@code table}. */
    public static String toCsv(Table table) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(table.columnNames());
            List<String> cells = new ArrayList<>(table.columnCount());
            for (int row = 0; row < table.rowCount(); row++) {
                cells.clear();
                for (Column<?> column : table.columns()) {
                    cells.add(cell(column, row));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes {@code table} to {@code file} atomically. */
    public static void write(Table table, Path file) {
        OutputFiles.writeAtomically(file, toCsv(table));
    }

    /** A text cell made safe to open in a spreadsheet. */
    public static String neutralise(String text) {
        return SpreadsheetText.neutralise(text);
    }

    private static String cell(Column<?> column, int row) {
        if (column.isMissing(row)) {
            return "";
        }
        if (column instanceof NumericColumn) {
            return Claim.format(((NumericColumn<?>) column).getDouble(row));
        }
        ColumnType type = column.type();
        if (type == ColumnType.STRING) {
            return neutralise(column.getString(row));
        }
        return column.getUnformattedString(row);
    }
}
