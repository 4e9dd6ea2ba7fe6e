package io.github.claimedlosses.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.claimedlosses.model.BadInputException;
import io.github.claimedlosses.files.Utf8Text;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A JSON Lines file, one article object per line, read line by line with Jackson. Blank lines are passed over; a
 * line that is no JSON object, lacks the text or is longer than {@link #MAX_RECORD_BYTES} is a bad record.
 */
final class JsonLinesDocuments extends RecordFile {
    /** The longest record accepted, so that one runaway line cannot exhaust memory. */
    static final int MAX_RECORD_BYTES = 32 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private long lineNumber;
    private boolean atEnd;

    JsonLinesDocuments(Path file, CorpusColumns columns, BadRecords badRecords) {
        super(file.getFileName().toString(), columns, badRecords);
        try {
            this.in = counting(Files.newInputStream(file));
        } catch (IOException e) {
            throw new BadInputException(name, "", "cannot be read: " + e.getMessage());
        }
    }

    @Override
    CorpusDocument nextDocument() {
        boolean tooLong = readLine();
        lineNumber++;
        String where = "line " + lineNumber;
        if (tooLong) {
            throw new BadInputException(name, where, "the record is longer than " + MAX_RECORD_BYTES + " bytes");
        }
        if (atEnd && line.size() == 0) {
            end();
            return null;
        }
        try {
            String json = Utf8Text.decode(name, line.toByteArray());
            return json.isBlank() ? null : document(json, where);
        } catch (BadInputException e) {
            throw e.where().startsWith("line ") ? new BadInputException(name, where, e.problem()) : e;
        }
    }

    private CorpusDocument document(String json, String where) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new BadInputException(name, where, "not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new BadInputException(name, where, "expected a JSON object with a \"" + columns.text()
                    + "\" field, found " + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase()));
        }
        return CorpusRecords.document(name, where, field -> value(node, field, where), columns);
    }

    private String value(JsonNode object, String field, String where) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isContainerNode()) {
            throw new BadInputException(name, where, "\"" + field + "\" is a JSON " + (value.isArray() ? "array"
                    : "object") + ", expected a string");
        }
        return value.asText();
    }

    /** Reads the next line into {@link #line}; true when it was cut for being too long (the rest is skipped). */
    private boolean readLine() {
        line.reset();
        boolean tooLong = false;
        try {
            while (true) {
                if (position == limit) {
                    limit = in.read(buffer, 0, buffer.length);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        atEnd = true;
                        return tooLong;
                    }
                }
                int end = position;
                while (end < limit && buffer[end] != '\n') {
                    end++;
                }
                int room = MAX_RECORD_BYTES - line.size();
                int length = end - position;
                if (length > room) {
                    tooLong = true;
                    length = Math.max(0, room);
                }
                line.write(buffer, position, length);
                if (end < limit) {
                    position = end + 1;
                    return tooLong;
                }
                position = limit;
            }
        } catch (IOException e) {
            throw fatal(new BadInputException(name, "line " + (lineNumber + 1), "cannot be read: " + e.getMessage()));
        }
    }

    @Override
    Closeable source() {
        return in;
    }
}
