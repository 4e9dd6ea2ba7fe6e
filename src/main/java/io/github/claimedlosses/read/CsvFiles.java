package io.github.claimedlosses.read;

import io.github.claimedlosses.model.BadInputException;
import io.github.claimedlosses.files.Utf8Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/** Reads a UTF-8 CSV file with a header row through Commons CSV, refusing broken files whole. */
final class CsvFiles {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            // Empty and repeated names are let through here and refused below with a message that names them.
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
            .get();

    /** One data row and the line it starts on. */
    record Row(int index, long line, CSVRecord record) {
        String where() {
            return "line " + line;
        }
    }

    /** The header and the rows of a file. */
    record Contents(List<String> header, List<Row> rows) {
    }

    private CsvFiles() {
    }

    /**
     * Reads {@code path}, requiring every column in {@code required}.
     *
     * @param expected what the file should be, for messages ("an Oryx daily_count.csv")
     */
    static Contents read(Path path, Set<String> required, String expected) {
        String name = path.getFileName().toString();
        String text = Utf8Text.read(path);
        long line = 1;
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty()) {
                throw new BadInputException(name, "", "the file is empty, expected " + expected);
            }
            checkNames(name, header);
            for (String column : required) {
                if (!header.contains(column)) {
                    throw new BadInputException(name, "line 1", "no column \"" + column + "\" in the header, expected "
                            + expected);
                }
            }
            List<Row> rows = new ArrayList<>();
            line = parser.getCurrentLineNumber() + 1;
            int index = 0;
            for (CSVRecord record : parser) {
                rows.add(new Row(++index, line, record));
                line = parser.getCurrentLineNumber() + 1;
                if (!record.isConsistent()) {
                    throw new BadInputException(name, rows.get(rows.size() - 1).where(), "has " + record.size()
                            + " fields, the header has " + header.size());
                }
            }
            return new Contents(header, rows);
        } catch (UncheckedIOException e) {
            throw broken(name, line, e.getCause());
        } catch (IOException e) {
            throw broken(name, line, e);
        }
    }

    /** Refuses a header with an empty or a repeated column name, naming the column. */
    private static void checkNames(String name, List<String> header) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i) == null ? "" : header.get(i);
            if (column.isBlank()) {
                throw new BadInputException(name, "line 1", "column " + (i + 1) + " of the header has no name"
                        + (i == header.size() - 1 ? " (a trailing comma?)" : ""));
            }
            Integer earlier = first.putIfAbsent(column, i + 1);
            if (earlier != null) {
                throw new BadInputException(name, "line 1", "duplicate column name " + BadInputException.shown(column)
                        + " in the header (columns " + earlier + " and " + (i + 1) + ")");
            }
        }
    }

    private static BadInputException broken(String name, long line, IOException e) {
        return new BadInputException(name, "line " + line, "not readable as CSV: " + e.getMessage());
    }
}
