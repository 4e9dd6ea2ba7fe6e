package io.github.claimedlosses.read;

import io.github.claimedlosses.model.BadInputException;
import io.github.claimedlosses.source.Reading;
import io.github.claimedlosses.source.Sources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Reads any supported dataset file, detecting its format, or a whole datasets folder laid out like the public
 * repositories: {@code general-staff/*.json} and {@code oryx/daily_count.csv}. A thin view of the registry of
 * sources ({@code io.github.claimedlosses.source.Sources}), which reads text as well.
 */
public final class DatasetReader {
    /** Sub-folder of the General Staff files. */
    public static final String GENERAL_STAFF_DIR = "general-staff";
    /** Sub-folder of the Oryx files. */
    public static final String ORYX_DIR = "oryx";

    private final Strictness strictness;

    /** A reader applying {@code strictness} to every file. */
    public DatasetReader(Strictness strictness) {
        this.strictness = strictness;
    }

    /**
     * The claims of {@code file}, its format detected from its content.
     *
     * @throws IllegalArgumentException when the file is a {@link DatasetFormat#TEXT} document
     */
    public ReadResult read(Path file) {
        requireFile(file);
        return read(file, DatasetFormat.detect(file));
    }

    /**
     * The claims of {@code file} read as {@code format}. A file already read, unchanged since (same size and
     * modification time), is not parsed again: its result is reused.
     */
    public ReadResult read(Path file, DatasetFormat format) {
        requireFile(file);
        if (format == DatasetFormat.TEXT) {
            throw new IllegalArgumentException(file + " is a text document: its figures are extracted from text "
                    + "(package io.github.claimedlosses.extract), not read as a dataset");
        }
        return ReadCache.get(file, format, strictness, () -> {
            Sources sources = Sources.standard();
            return result(List.of(sources.read(file, sources.format(format.id()), lenient())));
        });
    }

    /**
     * The claims of every dataset file present in {@code folder}, in a fixed order (General Staff equipment,
     * personnel, corrections, per-model Oryx, then Oryx daily counts, then those of any other registered source).
     *
     * @throws BadInputException when the folder holds none of them
     */
    public ReadResult readFolder(Path folder) {
        return result(Sources.standard().readDatasets(folder, (source, file) -> true, lenient()));
    }

    /**
     * The claims of the dataset files of {@code formats} present in {@code folder}, in the order of
     * {@link #readFolder(Path)}: for example only the General Staff's files.
     *
     * @throws BadInputException when the folder holds none of them
     */
    public ReadResult readFolder(Path folder, Set<DatasetFormat> formats) {
        return result(Sources.standard().readDatasets(folder, (source, file) -> file.format()
                .map(id -> formats.stream().anyMatch(format -> format.id().equals(id))).orElse(false), lenient()));
    }

    /** True when {@code folder} holds at least one of the dataset files {@link #readFolder} reads. */
    public static boolean containsDatasets(Path folder) {
        return !datasetFiles(folder).isEmpty();
    }

    /** The dataset files {@link #readFolder} reads from {@code folder}, in reading order. */
    public static List<Path> datasetFiles(Path folder) {
        return Sources.standard().datasetFiles(folder, (source, file) -> true);
    }

    /** The readings of several files as one result. */
    static ReadResult result(List<Reading> readings) {
        ReadResult result = new ReadResult(List.of(), List.of(), List.of());
        for (Reading reading : readings) {
            result = result.concat(new ReadResult(reading.claims(), reading.skipped(), reading.notes()));
        }
        return result;
    }

    private boolean lenient() {
        return strictness == Strictness.LENIENT;
    }

    private static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file.toString(), "", Files.exists(file) ? "is not a regular file"
                    : "no such file");
        }
    }
}
