package io.github.claimedlosses.read;

import io.github.claimedlosses.model.BadInputException;
import io.github.claimedlosses.model.ClaimSchema;
import io.github.claimedlosses.model.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The file formats the library reads, with detection from a file's first bytes and its name. */
public enum DatasetFormat {
    /** {@code russia_losses_equipment.json}: cumulative equipment losses. */
    GS_EQUIPMENT("gs-equipment"),
    /** {@code russia_losses_personnel.json}: cumulative personnel losses and prisoners of war. */
    GS_PERSONNEL("gs-personnel"),
    /** {@code russia_losses_equipment_correction.json}: signed corrections. */
    GS_CORRECTIONS("gs-corrections"),
    /** {@code russia_losses_equipment_oryx.json}: per-model Oryx totals mapped to General Staff categories. */
    GS_ORYX_MODELS("gs-oryx-models"),
    /** Oryx {@code daily_count.csv}: confirmed running totals per country, type and date. */
    ORYX_DAILY("oryx-daily"),
    /** The project's tidy claims CSV. */
    CLAIMS_CSV("claims-csv"),
    /**
     * A text document (news article, statement, General Staff bulletin) in UTF-8: {@code .txt} and {@code .md} files,
     * and any UTF-8 text that is neither JSON nor CSV. Its figures are found by the {@code extract} package;
     * {@link DatasetReader} does not read it.
     */
    TEXT("text");

    /** How many leading bytes detection looks at. */
    private static final int SNIFF_BYTES = 4096;
    /** File name endings that mark a text document whatever its content. */
    private static final List<String> TEXT_EXTENSIONS = List.of(".txt", ".md");
    /** The longest UTF-8 sequence, in bytes. */
    private static final int MAX_UTF8_BYTES = 4;

    private final String id;

    DatasetFormat(String id) {
        this.id = id;
    }

    /** The name used with {@code --format}. */
    public String id() {
        return id;
    }

    /** The format with the given {@code --format} name. */
    public static DatasetFormat fromId(String id) {
        return Vocabulary.lookup(values(), DatasetFormat::id, id, "format");
    }

    /** All {@code --format} names, comma-separated. */
    public static String ids() {
        return Arrays.stream(values()).map(DatasetFormat::id).collect(Collectors.joining(", "));
    }

    /**
     * Detects the format of {@code file}: a {@code .txt} or {@code .md} name is {@link #TEXT}; otherwise its first
     * bytes decide (JSON keys, CSV header, or UTF-8 text that is neither). The corrections file, whose keys are those
     * of the equipment file plus personnel, is told apart by both.
     *
     * @throws BadInputException when the file is missing, empty, binary, or none of the known formats
     */
    public static DatasetFormat detect(Path file) {
        String name = file.getFileName().toString();
        byte[] bytes = head(file, name);
        String head = new String(bytes, StandardCharsets.UTF_8);
        String trimmed = head.stripLeading();
        if (trimmed.isEmpty()) {
            throw new BadInputException(name, "", "the file is empty");
        }
        if (TEXT_EXTENSIONS.stream().anyMatch(name.toLowerCase(Locale.ROOT)::endsWith)) {
            return TEXT;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new BadInputException(name, "byte " + i, "binary data (a NUL byte), not a format this tool reads");
            }
        }
        if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
            return detectJson(trimmed, name);
        }
        String header = trimmed.lines().findFirst().orElse("").toLowerCase(Locale.ROOT);
        if (header.startsWith(String.join(",", ClaimSchema.LEADING))) {
            return CLAIMS_CSV;
        }
        if (header.startsWith("country,equipment_type,")) {
            if (header.contains("date_recorded")) {
                return ORYX_DAILY;
            }
            throw new BadInputException(name, "line 1", "an Oryx file without a date_recorded column (such as "
                    + "totals_by_type.csv) cannot be dated; use daily_count.csv");
        }
        if (!looksLikeCsv(trimmed) && isUtf8(bytes)) {
            return TEXT;
        }
        throw new BadInputException(name, "", "not a format this tool reads (expected " + ids()
                + "); use --format to force one");
    }

    /** Whether the first two lines hold the same, non-zero number of commas, as the header and a row of a CSV do. */
    private static boolean looksLikeCsv(String head) {
        List<String> lines = head.lines().filter(line -> !line.isBlank()).limit(2).collect(Collectors.toList());
        if (lines.size() < 2) {
            return false;
        }
        long commas = commas(lines.get(0));
        return commas > 0 && commas == commas(lines.get(1));
    }

    private static long commas(String line) {
        return line.chars().filter(c -> c == ',').count();
    }

    /** Whether {@code head} is valid UTF-8, allowing a sequence cut short at the end of a full sniffing buffer. */
    private static boolean isUtf8(byte[] head) {
        int end = head.length;
        if (end == SNIFF_BYTES) {
            int cut = end;
            while (cut > end - MAX_UTF8_BYTES && (head[cut - 1] & 0xC0) == 0x80) {
                cut--;
            }
            if (cut > end - MAX_UTF8_BYTES && (head[cut - 1] & 0xC0) == 0xC0) {
                end = cut - 1;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static DatasetFormat detectJson(String head, String name) {
        if (head.contains("\"equipment_oryx\"")) {
            return GS_ORYX_MODELS;
        }
        boolean personnel = head.contains("\"personnel\"");
        boolean equipment = head.contains("\"tank\"") || head.contains("\"aircraft\"");
        if (personnel && equipment) {
            return GS_CORRECTIONS;
        }
        if (personnel) {
            return GS_PERSONNEL;
        }
        if (equipment) {
            return GS_EQUIPMENT;
        }
        throw new BadInputException(name, "", "JSON, but not one of the General Staff dataset files (no "
                + "\"tank\", \"personnel\" or \"equipment_oryx\" key in its first records); use --format to force one");
    }

    private static byte[] head(Path file, String name) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF_BYTES);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file.toString(), "", "no such file");
        } catch (IOException e) {
            throw new BadInputException(name, "", "cannot be read: " + e.getMessage());
        }
    }
}
