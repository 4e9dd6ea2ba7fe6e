package io.github.claimedlosses.fetch;

import io.github.claimedlosses.read.DatasetFormat;
import io.github.claimedlosses.read.DatasetReader;
import io.github.claimedlosses.read.GeneralStaffReader;
import io.github.claimedlosses.read.OryxReader;
import java.net.URI;
import java.util.Optional;

/** The public dataset files the cache keeps: where each lives on the server and where it goes in the cache. */
public enum DatasetFile {
    /** General Staff cumulative equipment losses. */
    GS_EQUIPMENT(Source.GENERAL_STAFF, GeneralStaffReader.EQUIPMENT_FILE, DatasetFormat.GS_EQUIPMENT),
    /** General Staff cumulative personnel losses. */
    GS_PERSONNEL(Source.GENERAL_STAFF, GeneralStaffReader.PERSONNEL_FILE, DatasetFormat.GS_PERSONNEL),
    /** General Staff corrections. */
    GS_CORRECTIONS(Source.GENERAL_STAFF, GeneralStaffReader.CORRECTIONS_FILE, DatasetFormat.GS_CORRECTIONS),
    /** Per-model Oryx totals mapped to General Staff categories. */
    GS_ORYX_MODELS(Source.GENERAL_STAFF, GeneralStaffReader.ORYX_MODELS_FILE, DatasetFormat.GS_ORYX_MODELS),
    /** Oryx running totals per country, type and date. */
    ORYX_DAILY(Source.ORYX, OryxReader.DAILY_COUNT_FILE, DatasetFormat.ORYX_DAILY),
    /** Oryx latest totals per country and type (undated: checked, not read as claims). */
    ORYX_TOTALS(Source.ORYX, OryxReader.TOTALS_BY_TYPE_FILE, null);

    /** The two public repositories, as paths under the base address, and their folders in the cache. */
    private enum Source {
        GENERAL_STAFF("/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset/main/data/", DatasetReader.GENERAL_STAFF_DIR),
        ORYX("/scarnecchia/oryx_data/main/", DatasetReader.ORYX_DIR);

        private final String remotePath;
        private final String folder;

        Source(String remotePath, String folder) {
            this.remotePath = remotePath;
            this.folder = folder;
        }
    }

    private final Source source;
    private final String fileName;
    private final DatasetFormat format;

    DatasetFile(Source source, String fileName, DatasetFormat format) {
        this.source = source;
        this.fileName = fileName;
        this.format = format;
    }

    /** The file's name, such as {@code russia_losses_equipment.json}. */
    public String fileName() {
        return fileName;
    }

    /** The file's place in the cache, with {@code /} separators: {@code general-staff/russia_losses_equipment.json}. */
    public String cachePath() {
        return source.folder + "/" + fileName;
    }

    /**
     * The download address under {@code baseUrl}: {@code https://raw.githubusercontent.com} gives the public
     * address, a mirror with the same paths gives its copy.
     */
    public URI url(URI baseUrl) {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + source.remotePath
                + fileName);
    }

    /** The format the project's readers read the file as; empty for {@link #ORYX_TOTALS}, which has no date. */
    public Optional<DatasetFormat> format() {
        return Optional.ofNullable(format);
    }
}
