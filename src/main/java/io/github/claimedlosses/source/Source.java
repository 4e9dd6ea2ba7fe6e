package io.github.claimedlosses.source;

import io.github.claimedlosses.model.Claimant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the project knows about one source of figures, in one value: who states them, where its files live,
 * how they are recognised and read, and how charts and the report credit it.
 *
 * @param id          short name, such as {@code general-staff}
 * @param order       position among the registered sources: reading order of a datasets folder, detection order
 * @param claimant    who states its figures, when one claimant states them all (a text quotes many)
 * @param attribution how a chart's source line credits its figures, with the licence; empty when it has none
 * @param credit      the line of the report's sources and licences; empty when it is not listed
 * @param folder      its sub-folder in a datasets folder and in the cache, such as {@code general-staff}; empty
 *                    when it has no fixed files
 * @param remotePath  the path of its files under the public raw address, such as
 *                    {@code /PetroIvaniuk/2022-Ukraine-Russia-War-Dataset/main/data/}; empty when not fetched
 * @param files       its files, in reading order
 * @param formats     the formats its files (or any file it recognises) are read as
 * @param detection   how it recognises a file
 */
public record Source(String id, int order, Optional<Claimant> claimant, String attribution, String credit,
                     String folder, String remotePath, List<SourceFile> files, List<Format> formats,
                     Detection detection) {
    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(claimant, "claimant");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(remotePath, "remotePath");
        files = List.copyOf(files);
        formats = List.copyOf(formats);
        Objects.requireNonNull(detection, "detection");
        for (SourceFile file : files) {
            String format = file.format().orElse(null);
            if (format != null && formats.stream().noneMatch(f -> f.id().equals(format))) {
                throw new IllegalArgumentException("source " + id + ": file " + file.name() + " is read as " + format
                        + ", which is not one of its formats");
            }
        }
    }

    /** The names of its files, such as {@code russia_losses_equipment.json}. */
    public List<String> fileNames() {
        return files.stream().map(SourceFile::name).toList();
    }

    /** Who states the figures of {@code file}: its own claimant where it names one, else the source's. */
    public Optional<Claimant> claimantOf(SourceFile file) {
        return file.claimant().or(this::claimant);
    }

    /** The place of {@code file} in a datasets folder, with {@code /} separators: {@code general-staff/…json}. */
    public String pathOf(SourceFile file) {
        return folder + "/" + file.name();
    }
}
