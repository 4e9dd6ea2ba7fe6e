package io.github.claimedlosses.read;

import io.github.claimedlosses.model.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads any supported dataset file, detecting its format, or a whole datasets folder laid out like the public
 * repositories: {@code general-staff/*.json} and {@code oryx/daily_count.csv}.
 */
public final class DatasetReader {
    /** Sub-folder of the General Staff files. */
    public static final String GENERAL_STAFF_DIR = "general-staff";
    /** Sub-folder of the Oryx files. */
    public static final String ORYX_DIR = "oryx";

    /** The files of a datasets folder, in reading order, with their formats. */
    private static final Map<String, DatasetFormat> FOLDER_FILES = folderFiles();

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
            return parse(file, format);
        }
        return ReadCache.get(file, format, strictness, () -> parse(file, format));
    }

    private ReadResult parse(Path file, DatasetFormat format) {
        GeneralStaffReader generalStaff = new GeneralStaffReader(strictness);
        switch (format) {
            case GS_EQUIPMENT:
                return generalStaff.equipment(file);
            case GS_PERSONNEL:
                return generalStaff.personnel(file);
            case GS_CORRECTIONS:
                return generalStaff.corrections(file);
            case GS_ORYX_MODELS:
                return generalStaff.oryxModels(file);
            case ORYX_DAILY:
                return new OryxReader(strictness).dailyCounts(file);
            case CLAIMS_CSV:
                return new ClaimsCsvReader(strictness).read(file);
            case TEXT:
                throw new IllegalArgumentException(file + " is a text document: its figures are extracted from text "
                        + "(package io.github.claimedlosses.extract), not read as a dataset");
            default:
                throw new IllegalStateException("no reader for " + format);
        }
    }

    /**
     * The claims of every dataset file present in {@code folder}, in a fixed order (General Staff equipment,
     * personnel, corrections, per-model Oryx, then Oryx daily counts).
     *
     * @throws BadInputException when the folder holds none of them
     */
    public ReadResult readFolder(Path folder) {
        return readFolder(folder, EnumSet.allOf(DatasetFormat.class));
    }

    /**
     * The claims of the dataset files of {@code formats} present in {@code folder}, in the order of
     * {@link #readFolder(Path)}: for example only the General Staff's files.
     *
     * @throws BadInputException when the folder holds none of them
     */
    public ReadResult readFolder(Path folder, Set<DatasetFormat> formats) {
        if (!Files.isDirectory(folder)) {
            throw new BadInputException(folder.toString(), "", "is not a folder");
        }
        ReadResult result = new ReadResult(List.of(), List.of(), List.of());
        List<String> expected = new ArrayList<>();
        boolean any = false;
        for (Map.Entry<String, DatasetFormat> entry : FOLDER_FILES.entrySet()) {
            if (formats.contains(entry.getValue())) {
                expected.add(entry.getKey());
                Path file = folder.resolve(entry.getKey());
                if (Files.isRegularFile(file)) {
                    any = true;
                    result = result.concat(read(file, entry.getValue()));
                }
            }
        }
        if (!any) {
            throw new BadInputException(folder.toString(), "", "holds none of the dataset files " + expected);
        }
        return result;
    }

    /** True when {@code folder} holds at least one of the dataset files {@link #readFolder} reads. */
    public static boolean containsDatasets(Path folder) {
        return !datasetFiles(folder).isEmpty();
    }

    /** The dataset files {@link #readFolder} reads from {@code folder}, in reading order. */
    public static List<Path> datasetFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        return FOLDER_FILES.keySet().stream().map(folder::resolve).filter(Files::isRegularFile).toList();
    }

    private static Map<String, DatasetFormat> folderFiles() {
        Map<String, DatasetFormat> files = new LinkedHashMap<>();
        files.put(GENERAL_STAFF_DIR + "/" + GeneralStaffReader.EQUIPMENT_FILE, DatasetFormat.GS_EQUIPMENT);
        files.put(GENERAL_STAFF_DIR + "/" + GeneralStaffReader.PERSONNEL_FILE, DatasetFormat.GS_PERSONNEL);
        files.put(GENERAL_STAFF_DIR + "/" + GeneralStaffReader.CORRECTIONS_FILE, DatasetFormat.GS_CORRECTIONS);
        files.put(GENERAL_STAFF_DIR + "/" + GeneralStaffReader.ORYX_MODELS_FILE, DatasetFormat.GS_ORYX_MODELS);
        files.put(ORYX_DIR + "/" + OryxReader.DAILY_COUNT_FILE, DatasetFormat.ORYX_DAILY);
        return Collections.unmodifiableMap(files);
    }

    private static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file.toString(), "", Files.exists(file) ? "is not a regular file"
                    : "no such file");
        }
    }
}
