package io.github.claimedlosses.corpus;

import io.github.claimedlosses.model.BadInputException;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file with a header row, one article per record, read record by record with Commons CSV. A file without the
 * text column is refused whole; a record with a bad value is a bad record; a file that stops parsing (an
 * unterminated quote, bytes that are not UTF-8) is refused from that record on.
 */
final class CsvDocuments extends RecordFile {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> header;
    private long lastLine;

    CsvDocuments(Path file, CorpusColumns columns, BadRecords badRecords) {
        super(file.getFileName().toString(), columns, badRecords);
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(counting(Files.newInputStream(file)),
                    StandardCharsets.UTF_8
                    .newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
            this.parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
        } catch (IOException | UncheckedIOException e) {
            throw new BadInputException(name, "line 1", "cannot be read as CSV: " + message(e));
        }
        this.header = parser.getHeaderMap();
        if (header == null || !header.containsKey(columns.text())) {
            close();
            throw new BadInputException(name, "line 1", "no \"" + columns.text() + "\" column in the header "
                    + (header == null ? "(the file is empty)" : header.keySet()) + "; name the text column with "
                    + "--text-column");
        }
        this.records = parser.iterator();
        this.lastLine = parser.getCurrentLineNumber();
    }

    @Override
    CorpusDocument nextDocument() {
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                end();
                return null;
            }
            record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            end();
            throw new BadInputException(name, "line " + parser.getCurrentLineNumber(),
                    "cannot be read as CSV from here on: " + message(e));
        }
        String where = "record " + record.getRecordNumber() + " (line " + lineOf(record) + ")";
        if (!record.isConsistent()) {
            throw new BadInputException(name, where, "has " + record.size() + " fields, the header "
                    + header.size());
        }
        return CorpusRecords.document(name, where, column -> header.containsKey(column) ? record.get(column) : null,
                columns);
    }

    /** The line a record starts on: the one after the previous record's end (a quoted text may span lines). */
    private long lineOf(CSVRecord record) {
        long start = lastLine + 1;
        lastLine = parser.getCurrentLineNumber();
        return start;
    }

    private static String message(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String text = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return text.replaceAll("\\s+", " ");
    }

    @Override
    Closeable source() {
        return parser;
    }
}
