package io.github.claimedlosses.read;

import io.github.claimedlosses.model.BadInputException;
import io.github.claimedlosses.model.ClaimSchema;
import io.github.claimedlosses.model.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
    CLAIMS_CSV("claims-csv");

    /** How many leading bytes detection looks at. */
    private static final int SNIFF_BYTES = 4096;

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
     * Detects the format of {@code file} from its first bytes (JSON keys or CSV header) and, for the
     * corrections file whose keys are those of the equipment file plus personnel, from both.
     *
     * @throws BadInputException when the file is none of the known formats
     */
    public static DatasetFormat detect(Path file) {
        String name = file.getFileName().toString();
        String head = head(file, name);
        String trimmed = head.stripLeading();
        if (trimmed.isEmpty()) {
            throw new BadInputException(name, "", "the file is empty");
        }
        if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
            return detectJson(trimmed, name);
        }
        String header = trimmed.lines().findFirst().orElse("").toLowerCase(Locale.ROOT);
        if (header.startsWith(String.join(",", ClaimSchema.COLUMNS))) {
            return CLAIMS_CSV;
        }
        if (header.startsWith("country,equipment_type,")) {
            if (header.contains("date_recorded")) {
                return ORYX_DAILY;
            }
            throw new BadInputException(name, "line 1", "an Oryx file without a date_recorded column (such as "
                    + "totals_by_type.csv) cannot be dated; use daily_count.csv");
        }
        throw new BadInputException(name, "", "not a format this tool reads (expected " + ids()
                + "); use --format to force one");
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

    private static String head(Path file, String name) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(SNIFF_BYTES);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(name, "", "cannot be read: " + e.getMessage());
        }
    }
}
