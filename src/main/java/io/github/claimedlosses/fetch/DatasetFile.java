package io.github.claimedlosses.fetch;

import io.github.claimedlosses.read.DatasetFormat;
import io.github.claimedlosses.read.DatasetSources;
import io.github.claimedlosses.read.GeneralStaffReader;
import io.github.claimedlosses.read.OryxReader;
import io.github.claimedlosses.source.Source;
import io.github.claimedlosses.source.SourceFile;
import io.github.claimedlosses.source.Sources;
import java.net.URI;
import java.util.Optional;

/**
 * The public dataset files the cache keeps. Where each lives on the server, where it goes in the cache and how it is
 * read are its source's, in the registry ({@code Sources.standard()}).
 */
public enum DatasetFile {
    /** General Staff cumulative equipment losses. */
    GS_EQUIPMENT(DatasetSources.GENERAL_STAFF, GeneralStaffReader.EQUIPMENT_FILE),
    /** General Staff cumulative personnel losses. */
    GS_PERSONNEL(DatasetSources.GENERAL_STAFF, GeneralStaffReader.PERSONNEL_FILE),
    /** General Staff corrections. */
    GS_CORRECTIONS(DatasetSources.GENERAL_STAFF, GeneralStaffReader.CORRECTIONS_FILE),
    /** Per-model Oryx totals mapped to General Staff categories. */
    GS_ORYX_MODELS(DatasetSources.GENERAL_STAFF, GeneralStaffReader.ORYX_MODELS_FILE),
    /** Oryx running totals per country, type and date. */
    ORYX_DAILY(DatasetSources.ORYX, OryxReader.DAILY_COUNT_FILE),
    /** Oryx latest totals per country and type (undated: checked, not read as claims). */
    ORYX_TOTALS(DatasetSources.ORYX, OryxReader.TOTALS_BY_TYPE_FILE);

    private final String sourceId;
    private final String fileName;

    DatasetFile(String sourceId, String fileName) {
        this.sourceId = sourceId;
        this.fileName = fileName;
    }

    private Source source() {
        return Sources.standard().source(sourceId);
    }

    private SourceFile file() {
        return source().files().stream().filter(file -> file.name().equals(fileName)).findFirst()
                .orElseThrow(() -> new IllegalStateException("source " + sourceId + " lists no file " + fileName));
    }

    /** The file's name, such as {@code russia_losses_equipment.json}. */
    public String fileName() {
        return fileName;
    }

    /** The file's place in the cache, with {@code /} separators: {@code general-staff/russia_losses_equipment.json}. */
    public String cachePath() {
        return source().pathOf(file());
    }

    /**
     * The download address under {@code baseUrl}: {@code https://raw.githubusercontent.com} gives the public
     * address, a mirror with the same paths gives its copy.
     */
    public URI url(URI baseUrl) {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + source().remotePath()
                + fileName);
    }

    /** The format the project's readers read the file as; empty for {@link #ORYX_TOTALS}, which has no date. */
    public Optional<DatasetFormat> format() {
        return file().format().map(DatasetFormat::fromId);
    }
}
