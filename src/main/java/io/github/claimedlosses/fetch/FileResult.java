package io.github.claimedlosses.fetch;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one file in a fetch.
 *
 * @param file    the file
 * @param outcome what happened
 * @param entry   the manifest entry of the copy now in the cache; empty when there is none, or when the cached bytes
 *                are not those the manifest describes
 * @param inCache whether the cache holds a copy of the file now
 * @param problem why the file was not updated, in one line; empty unless {@link Outcome#FAILED} or
 *                {@link Outcome#UNREACHABLE}
 */
public record FileResult(DatasetFile file, Outcome outcome, Optional<ManifestEntry> entry, boolean inCache,
        String problem) {
    /** What happened to a file. */
    public enum Outcome {
        /** A new version was downloaded, checked and moved into the cache. */
        UPDATED,
        /** The server has nothing newer than the cached copy. */
        UNCHANGED,
        /** Not asked for: the cache was complete and only had to be used. */
        NOT_CHECKED,
        /** The download failed or was refused; any cached copy is untouched. */
        FAILED,
        /** The server could not be reached; any cached copy is untouched. */
        UNREACHABLE
    }

    /** Checks that nothing is missing. */
    public FileResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(problem, "problem");
    }

    /** Whether the file could not be updated. */
    public boolean failed() {
        return outcome == Outcome.FAILED || outcome == Outcome.UNREACHABLE;
    }

    /**
     * One line for people: {@code general-staff/russia_losses_equipment.json: updated, 706,073 bytes, data to
     * 2026-08-08}, {@code ...: unchanged, data to 2026-08-08}, {@code ...: not updated}.
     */
    public String summary() {
        switch (outcome) {
            case UPDATED:
                return file.cachePath() + ": updated, " + String.format(Locale.ROOT, "%,d bytes",
                        entry.map(ManifestEntry::size).orElse(0L)) + dataTo(", ");
            case UNCHANGED:
                return file.cachePath() + ": unchanged" + dataTo(", ");
            case NOT_CHECKED:
                return file.cachePath() + ": in the cache" + dataTo(", ");
            default:
                return file.cachePath() + ": not updated";
        }
    }

    /**
     * For a failed file, one line saying which, why and what the cache keeps: {@code general-staff/
     * russia_losses_personnel.json: HTTP 404 from ...; keeping the cached copy (data to 2026-08-08)}.
     */
    public String problemLine() {
        String kept = inCache ? "keeping the cached copy" + entry.flatMap(ManifestEntry::lastDate)
                .map(date -> " (data to " + date + ")").orElse("") : "no copy in the cache";
        return file.cachePath() + ": " + problem + "; " + kept;
    }

    private String dataTo(String separator) {
        return entry.flatMap(ManifestEntry::lastDate).map(date -> separator + "data to " + date).orElse("");
    }
}
