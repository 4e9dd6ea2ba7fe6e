package io.github.claimedlosses.source;

import io.github.claimedlosses.model.Claimant;
import java.util.Objects;
import java.util.Optional;

/**
 * A file a source publishes, as it lies in the source's folder (of a datasets folder, of the cache, and of the public
 * repository).
 *
 * @param name     the file name, such as {@code russia_losses_equipment.json}
 * @param format   the id of the format it is read as; empty for a file fetched and checked but never read as claims
 * @param claimant who states its figures when not the source's claimant (the General Staff's dataset also holds
 *                 Oryx's per-model counts); empty otherwise
 */
public record SourceFile(String name, Optional<String> format, Optional<Claimant> claimant) {
    public SourceFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(claimant, "claimant");
    }

    /** A file read as {@code format}, stated by its source's claimant. */
    public static SourceFile read(String name, String format) {
        return new SourceFile(name, Optional.of(format), Optional.empty());
    }

    /** A file read as {@code format}, stated by {@code claimant} rather than its source's claimant. */
    public static SourceFile read(String name, String format, Claimant claimant) {
        return new SourceFile(name, Optional.of(format), Optional.of(claimant));
    }

    /** A file fetched and checked, never read as claims. */
    public static SourceFile checkedOnly(String name) {
        return new SourceFile(name, Optional.empty(), Optional.empty());
    }
}
