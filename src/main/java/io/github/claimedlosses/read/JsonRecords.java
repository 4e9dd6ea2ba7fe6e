package io.github.claimedlosses.read;

import io.github.claimedlosses.files.Utf8Text;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.claimedlosses.model.BadInputException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSON file whose top level is an array of records, keeping each record's line number.
 * Syntax errors, truncation, empty files, absurd nesting and over-long values refuse the whole file.
 */
public final class JsonRecords {
    /** Largest file accepted; the real datasets are below 1 MB. */
    static final long MAX_FILE_BYTES = Utf8Text.MAX_BYTES;

    private static final int MAX_NESTING = 32;
    private static final int MAX_NUMBER_DIGITS = 64;
    private static final int MAX_STRING_CHARS = 1_000_000;

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING)
                    .maxNumberLength(MAX_NUMBER_DIGITS)
                    .maxStringLength(MAX_STRING_CHARS)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());

    /** One element of the top-level array. */
    record JsonRecord(int index, int line, JsonNode node) {
        /** "record 35 (line 412)": the place a message points to. */
        String where() {
            return "record " + index + " (line " + line + ")";
        }
    }

    private JsonRecords() {
    }

    /** The records of {@code path}, each with its line; refuses the whole file when it is not such an array. */
    static List<JsonRecord> read(Path path) {
        String name = path.getFileName().toString();
        checkSize(path, name);
        List<JsonRecord> records = new ArrayList<>();
        try (InputStream in = Files.newInputStream(path); JsonParser parser = MAPPER.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new BadInputException(name, "", "the file is empty, expected a JSON array of records");
            }
            if (first != JsonToken.START_ARRAY) {
                throw new BadInputException(name, at(parser.currentTokenLocation()),
                        "expected a JSON array of records, found " + describe(first));
            }
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                int line = parser.currentTokenLocation().getLineNr();
                JsonNode node = MAPPER.readTree(parser);
                records.add(new JsonRecord(++index, line, node));
            }
            if (parser.nextToken() != null) {
                throw new BadInputException(name, at(parser.currentTokenLocation()),
                        "unexpected content after the closing ']' of the array");
            }
        } catch (StreamConstraintsException e) {
            throw new BadInputException(name, "", "not a dataset: " + constraint(e));
        } catch (JsonEOFException e) {
            throw new BadInputException(name, at(e.getLocation()),
                    "the file ends in the middle of the data (truncated?)");
        } catch (JsonProcessingException e) {
            throw new BadInputException(name, at(e.getLocation()), "not valid JSON: " + plain(e.getOriginalMessage()));
        } catch (CharConversionException e) {
            throw new BadInputException(name, "", "is not UTF-8 text: " + e.getMessage());
        } catch (IOException e) {
            throw new BadInputException(name, "", "cannot be read: " + e.getMessage());
        }
        return records;
    }

    /** Jackson names its own limits in its message; say what was exceeded in plain words. */
    private static String constraint(StreamConstraintsException e) {
        String message = e.getOriginalMessage();
        if (message.contains("nesting depth")) {
            return "nested deeper than " + MAX_NESTING + " levels (dataset records are two levels deep)";
        }
        if (message.contains("Number value length")) {
            return "a number longer than " + MAX_NUMBER_DIGITS + " digits";
        }
        if (message.contains("String value length")) {
            return "a text value longer than " + MAX_STRING_CHARS + " characters";
        }
        return plain(message.replaceAll(" \\(from `[^`]*`\\)", ""));
    }

    /**
     * Jackson's message without its description of the input ({@code [Source: REDACTED (...); line: 2, column: 5]}
     * becomes {@code line 2, column 5}), so that the one-line message says only what is wrong and where.
     */
    public static String plain(String jacksonMessage) {
        if (jacksonMessage == null) {
            return "";
        }
        return jacksonMessage.replaceAll("\\[Source: [^\\]]*?; line: (-?\\d+), column: (-?\\d+)\\]", "line $1, column $2")
                .replaceAll("\\[Source: [^\\]]*\\]", "")
                .replaceAll("\\s+", " ").strip();
    }

    private static void checkSize(Path path, String name) {
        try {
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                throw new BadInputException(name, "", "is " + size + " bytes, larger than the "
                        + MAX_FILE_BYTES + " bytes any dataset of this kind needs");
            }
        } catch (IOException e) {
            throw new BadInputException(name, "", "cannot be read: " + e.getMessage());
        }
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String describe(JsonToken token) {
        switch (token) {
            case START_OBJECT:
                return "an object";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            default:
                return token.asString() == null ? token.name().toLowerCase() : "'" + token.asString() + "'";
        }
    }
}
