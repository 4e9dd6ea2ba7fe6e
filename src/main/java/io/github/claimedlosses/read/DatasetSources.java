package io.github.claimedlosses.read;

import io.github.claimedlosses.model.BadInputException;
import io.github.claimedlosses.model.ClaimSchema;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.source.Detection;
import io.github.claimedlosses.source.Format;
import io.github.claimedlosses.source.Head;
import io.github.claimedlosses.source.Reading;
import io.github.claimedlosses.source.Source;
import io.github.claimedlosses.source.SourceFile;
import io.github.claimedlosses.source.SourceProvider;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The dataset sources this package reads: the General Staff's JSON files, Oryx's daily counts, and this tool's own
 * claims CSV. Registered with {@code io.github.claimedlosses.source.Sources} as a service.
 */
public final class DatasetSources implements SourceProvider {
    /** The id of the General Staff's source. */
    public static final String GENERAL_STAFF = "general-staff";
    /** The id of Oryx's source. */
    public static final String ORYX = "oryx";
    /** The id of this tool's claims CSV. */
    public static final String CLAIMS_CSV = "claims-csv";

    @Override
    public List<Source> sources() {
        return List.of(generalStaff(), oryx(), claimsCsv());
    }

    private static Source generalStaff() {
        return new Source(GENERAL_STAFF, 100, Optional.of(Claimant.UA_GENERAL_STAFF),
                "General Staff of the Armed Forces of Ukraine, claimed (via PetroIvaniuk/2022-Ukraine-Russia-War-Dataset,"
                        + " MIT)",
                "General Staff of the Armed Forces of Ukraine, claimed; via PetroIvaniuk/2022-Ukraine-Russia-War-Dataset "
                        + "(MIT).",
                DatasetReader.GENERAL_STAFF_DIR, "/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset/main/data/",
                List.of(SourceFile.read(GeneralStaffReader.EQUIPMENT_FILE, DatasetFormat.GS_EQUIPMENT.id()),
                        SourceFile.read(GeneralStaffReader.PERSONNEL_FILE, DatasetFormat.GS_PERSONNEL.id()),
                        SourceFile.read(GeneralStaffReader.CORRECTIONS_FILE, DatasetFormat.GS_CORRECTIONS.id()),
                        SourceFile.read(GeneralStaffReader.ORYX_MODELS_FILE, DatasetFormat.GS_ORYX_MODELS.id(),
                                Claimant.ORYX)),
                List.of(format(DatasetFormat.GS_EQUIPMENT, GeneralStaffReader::equipment),
                        format(DatasetFormat.GS_PERSONNEL, GeneralStaffReader::personnel),
                        format(DatasetFormat.GS_CORRECTIONS, GeneralStaffReader::corrections),
                        format(DatasetFormat.GS_ORYX_MODELS, GeneralStaffReader::oryxModels)),
                new Detection() {
                    @Override
                    public Optional<String> byContent(Head head) {
                        return head.isJson() ? Optional.of(generalStaffFormat(head).id()) : Optional.empty();
                    }
                });
    }

    /** The corrections file, whose keys are those of the equipment file plus personnel, is told apart by both. */
    private static DatasetFormat generalStaffFormat(Head head) {
        String text = head.text();
        if (text.contains("\"equipment_oryx\"")) {
            return DatasetFormat.GS_ORYX_MODELS;
        }
        boolean personnel = text.contains("\"personnel\"");
        boolean equipment = text.contains("\"tank\"") || text.contains("\"aircraft\"");
        if (personnel && equipment) {
            return DatasetFormat.GS_CORRECTIONS;
        }
        if (personnel) {
            return DatasetFormat.GS_PERSONNEL;
        }
        if (equipment) {
            return DatasetFormat.GS_EQUIPMENT;
        }
        throw new BadInputException(head.name(), "", "JSON, but not one of the General Staff dataset files (no "
                + "\"tank\", \"personnel\" or \"equipment_oryx\" key in its first records); use --format to force one");
    }

    private static Source oryx() {
        return new Source(ORYX, 200, Optional.of(Claimant.ORYX),
                "Oryx, visually confirmed, CC BY 4.0 (via scarnecchia/oryx_data)",
                "Oryx, visually confirmed, CC BY 4.0; via scarnecchia/oryx_data.",
                DatasetReader.ORYX_DIR, "/scarnecchia/oryx_data/main/",
                List.of(SourceFile.read(OryxReader.DAILY_COUNT_FILE, DatasetFormat.ORYX_DAILY.id()),
                        SourceFile.checkedOnly(OryxReader.TOTALS_BY_TYPE_FILE)),
                List.of(new Format(DatasetFormat.ORYX_DAILY.id(), (file, lenient) -> reading(file,
                        DatasetFormat.ORYX_DAILY, new OryxReader(strictness(lenient)).dailyCounts(file)))),
                new Detection() {
                    @Override
                    public Optional<String> byContent(Head head) {
                        String header = head.firstLine();
                        if (!header.startsWith("country,equipment_type,")) {
                            return Optional.empty();
                        }
                        if (header.contains("date_recorded")) {
                            return Optional.of(DatasetFormat.ORYX_DAILY.id());
                        }
                        throw new BadInputException(head.name(), "line 1", "an Oryx file without a date_recorded "
                                + "column (such as totals_by_type.csv) cannot be dated; use daily_count.csv");
                    }
                });
    }

    private static Source claimsCsv() {
        return new Source(CLAIMS_CSV, 300, Optional.empty(), "", "", "", "", List.of(),
                List.of(new Format(DatasetFormat.CLAIMS_CSV.id(), (file, lenient) -> reading(file,
                        DatasetFormat.CLAIMS_CSV, new ClaimsCsvReader(strictness(lenient)).read(file)))),
                new Detection() {
                    @Override
                    public Optional<String> byContent(Head head) {
                        return head.firstLine().startsWith(String.join(",", ClaimSchema.LEADING))
                                ? Optional.of(DatasetFormat.CLAIMS_CSV.id()) : Optional.empty();
                    }
                });
    }

    private static Format format(DatasetFormat format, BiFunction<GeneralStaffReader, Path, ReadResult> read) {
        return new Format(format.id(), (file, lenient) -> reading(file, format,
                read.apply(new GeneralStaffReader(strictness(lenient)), file)));
    }

    private static Strictness strictness(boolean lenient) {
        return lenient ? Strictness.LENIENT : Strictness.STRICT;
    }

    private static Reading reading(Path file, DatasetFormat format, ReadResult result) {
        return new Reading(file, format.id(), result.claims(), result.skipped(), result.notes(), List.of());
    }
}
