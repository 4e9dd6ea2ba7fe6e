package io.github.claimedlosses.read;

import io.github.claimedlosses.model.BadInputException;
import io.github.claimedlosses.model.Vocabulary;
import io.github.claimedlosses.source.Sources;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The file formats of the standard sources, by their {@code --format} names. Detection and reading are the registry's
 * ({@code io.github.claimedlosses.source.Sources}), whose formats carry these names.
 */
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
     * Detects the format of {@code file} as the registry of sources does ({@code Sources.standard().detect}): a
     * {@code .txt} or {@code .md} name is {@link #TEXT}; otherwise its first bytes decide (JSON keys, CSV header, or
     * UTF-8 text that is neither).
     *
     * @throws BadInputException when the file is missing, empty, binary, or none of the known formats
     * @throws IllegalArgumentException when it is the format of a source added to the registry, which has no
     *                                  constant here (read such files through {@code Sources})
     */
    public static DatasetFormat detect(Path file) {
        return fromId(Sources.standard().detect(file).id());
    }
}
