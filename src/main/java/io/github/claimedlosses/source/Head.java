package io.github.claimedlosses.source;

import io.github.claimedlosses.model.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The name and first bytes of a file, which is what a {@link Detection} looks at. */
public final class Head {
    /** How many leading bytes detection looks at. */
    static final int SNIFF_BYTES = 4096;
    /** The longest UTF-8 sequence, in bytes. */
    private static final int MAX_UTF8_BYTES = 4;

    private final String name;
    private final byte[] bytes;
    private final String trimmed;

    private Head(String name, byte[] bytes) {
        this.name = name;
        this.bytes = bytes;
        this.trimmed = new String(bytes, StandardCharsets.UTF_8).stripLeading();
    }

    /**
     * The head of {@code file}.
     *
     * @throws BadInputException when the file is missing, unreadable or empty
     */
    public static Head of(Path file) {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            Head head = new Head(name, in.readNBytes(SNIFF_BYTES));
            if (head.trimmed.isEmpty()) {
                throw new BadInputException(name, "", "the file is empty");
            }
            return head;
        } catch (NoSuchFileException e) {
            throw new BadInputException(file.toString(), "", "no such file");
        } catch (IOException e) {
            throw new BadInputException(name, "", "cannot be read: " + e.getMessage());
        }
    }

    /** The head of a file known by name only, for detection by name. */
    static Head named(String name) {
        return new Head(name, new byte[0]);
    }

    /** The file name. */
    public String name() {
        return name;
    }

    /** Whether the file name ends with one of {@code endings}, ignoring case. */
    public boolean nameEndsWith(List<String> endings) {
        String lower = name.toLowerCase(Locale.ROOT);
        return endings.stream().anyMatch(lower::endsWith);
    }

    /** The first bytes decoded as UTF-8, without leading white space. */
    public String text() {
        return trimmed;
    }

    /** Whether the content starts as JSON does, with {@code [} or {@code {}. */
    public boolean isJson() {
        return trimmed.startsWith("[") || trimmed.startsWith("{");
    }

    /** The first line, lower-case: a CSV header. */
    public String firstLine() {
        return trimmed.lines().findFirst().orElse("").toLowerCase(Locale.ROOT);
    }

    /** The index of the first NUL byte, or -1: a binary file. */
    int firstNul() {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the first two lines hold the same, non-zero number of commas, as the header and a row of a CSV do. */
    public boolean looksLikeCsv() {
        List<String> lines = trimmed.lines().filter(line -> !line.isBlank()).limit(2).toList();
        if (lines.size() < 2) {
            return false;
        }
        long commas = commas(lines.get(0));
        return commas > 0 && commas == commas(lines.get(1));
    }

    private static long commas(String line) {
        return line.chars().filter(c -> c == ',').count();
    }

    /** Whether the head is valid UTF-8, allowing a sequence cut short at the end of a full sniffing buffer. */
    public boolean isUtf8() {
        int end = bytes.length;
        if (end == SNIFF_BYTES) {
            int cut = end;
            while (cut > end - MAX_UTF8_BYTES && (bytes[cut - 1] & 0xC0) == 0x80) {
                cut--;
            }
            if (cut > end - MAX_UTF8_BYTES && (bytes[cut - 1] & 0xC0) == 0xC0) {
                end = cut - 1;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
