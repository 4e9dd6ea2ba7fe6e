package io.github.claimedlosses.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.claimedlosses.model.BadInputException;
import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.InvasionCalendar;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Provenance;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.model.Taxonomy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the General Staff daily dataset (JSON files of PetroIvaniuk/2022-Ukraine-Russia-War-Dataset): cumulative
 * equipment and personnel losses claimed for Russia, the signed corrections, and the per-model Oryx file.
 * A key absent on a date means "not reported" and yields no claim, never a zero.
 */
public final class GeneralStaffReader {
    /** Cumulative equipment losses, one record per date. */
    public static final String EQUIPMENT_FILE = "russia_losses_equipment.json";
    /** Cumulative personnel losses with qualifier {@code personnel*}, and prisoners of war until 2022-04-27. */
    public static final String PERSONNEL_FILE = "russia_losses_personnel.json";
    /** Signed corrections applied on given dates. */
    public static final String CORRECTIONS_FILE = "russia_losses_equipment_correction.json";
    /** Per-model visually confirmed totals from Oryx, with the General Staff category each model maps to. */
    public static final String ORYX_MODELS_FILE = "russia_losses_equipment_oryx.json";
    /** The date of the Oryx snapshot in {@link #ORYX_MODELS_FILE}; the file itself carries no date. */
    public static final LocalDate ORYX_MODELS_AS_OF = LocalDate.of(2023, 2, 5);
    /** Largest count accepted: far above any real total, so that a larger one is a broken record. */
    public static final long MAX_COUNT = 1_000_000_000L;

    /**
     * A {@code day} one off its {@code date} is a known typo of the dataset (the corrections file has two):
     * the date is used and a note says so. A larger disagreement refuses the record.
     */
    static final int MAX_DAY_SLIP = 1;

    private static final String DATE = "date";
    private static final String DAY = "day";
    private static final String PERSONNEL_QUALIFIER = "personnel*";
    /** Free-text key present on some dates; not a figure. */
    private static final String DIRECTION = "greatest losses direction";

    private final Taxonomy taxonomy;
    private final Strictness strictness;

    /** A reader using the standard taxonomy. */
    public GeneralStaffReader(Strictness strictness) {
        this(Taxonomy.standard(), strictness);
    }

    /** A reader resolving dataset keys through {@code taxonomy}. */
    public GeneralStaffReader(Taxonomy taxonomy, Strictness strictness) {
        this.taxonomy = taxonomy;
        this.strictness = strictness;
    }

    /** Cumulative equipment claims from {@link #EQUIPMENT_FILE} (or a file of the same form). */
    public ReadResult equipment(Path file) {
        return daily(file, Kind.CUMULATIVE);
    }

    /** Cumulative personnel claims (qualifier {@code about} or {@code more_than}) and prisoners of war. */
    public ReadResult personnel(Path file) {
        return daily(file, Kind.CUMULATIVE);
    }

    /** Signed corrections as {@code increment} claims, one per category and date, zeros included. */
    public ReadResult corrections(Path file) {
        return daily(file, Kind.INCREMENT);
    }

    /** Per-model Oryx totals as confirmed claims dated {@link #ORYX_MODELS_AS_OF}. */
    public ReadResult oryxModels(Path file) {
        return oryxModels(file, ORYX_MODELS_AS_OF);
    }

    /** Per-model Oryx totals as confirmed claims dated {@code asOf}, categorised by the file's {@code equipment_ua}. */
    public ReadResult oryxModels(Path file, LocalDate asOf) {
        String name = file.getFileName().toString();
        RecordCollector collector = new RecordCollector(name, strictness);
        for (JsonRecords.JsonRecord record : JsonRecords.read(file)) {
            collector.add(record.where(), () -> List.of(oryxModel(record, name, asOf)));
        }
        return collector.result();
    }

    private Claim oryxModel(JsonRecords.JsonRecord record, String name, LocalDate asOf) {
        JsonNode node = requireObject(record.node());
        String type = text(node, "equipment_oryx");
        String model = text(node, "model");
        String categoryName = text(node, "equipment_ua");
        Category category = taxonomy.byAlias(categoryName).orElseThrow(() -> new RecordProblem(
                "\"equipment_ua\" is \"" + categoryName + "\", not a category or alias in taxonomy.json"));
        long total = count(node, "losses_total", Kind.CUMULATIVE);
        String quote = type + ": " + model + " (" + node.path("manufacturer").asText("") + "), "
                + total + " lost, mapped to \"" + categoryName + "\"";
        return new Claim(asOf, null, Claimant.ORYX, Side.RUSSIA, category, total, Qualifier.EXACT, null, null,
                Kind.CUMULATIVE, new Provenance(name, "record " + record.index(), quote, type));
    }

    private ReadResult daily(Path file, Kind kind) {
        String name = file.getFileName().toString();
        RecordCollector collector = new RecordCollector(name, strictness);
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (JsonRecords.JsonRecord record : JsonRecords.read(file)) {
            String where = where(record);
            collector.add(where, () -> {
                List<Claim> claims = dailyRecord(record, name, kind, collector);
                LocalDate date = claims.isEmpty() ? dateOf(record.node()) : claims.get(0).date();
                Integer first = seen.putIfAbsent(date, record.index());
                if (first != null) {
                    throw new RecordProblem("date " + date + " appears again (first in record " + first + ")");
                }
                return claims;
            });
        }
        return collector.result();
    }

    private List<Claim> dailyRecord(JsonRecords.JsonRecord record, String name, Kind kind,
                                    RecordCollector collector) {
        JsonNode node = requireObject(record.node());
        LocalDate date = dateOf(node);
        int day = wholeNumber(node, DAY);
        int expectedDay = InvasionCalendar.dayOf(date);
        String mismatch = "\"day\" is " + day + " but " + date + " is day " + expectedDay + " of the invasion";
        if (Math.abs(day - expectedDay) > MAX_DAY_SLIP) {
            throw new RecordProblem(mismatch);
        }
        if (day != expectedDay) {
            collector.note(where(record) + ": " + mismatch + "; the date is used (the corrections file has such "
                    + "off-by-one days)");
        }
        Qualifier personnelQualifier = personnelQualifier(node);
        List<Claim> claims = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String key = field.getKey();
            if (key.equals(DATE) || key.equals(DAY) || key.equals(PERSONNEL_QUALIFIER) || key.equals(DIRECTION)) {
                continue;
            }
            Category category = taxonomy.byAlias(key).orElseThrow(() -> new RecordProblem(
                    "unknown key " + BadInputException.shown(key) + ": not a category or alias in taxonomy.json"));
            long value = count(node, key, kind);
            Qualifier qualifier = category.id().equals("personnel") && kind == Kind.CUMULATIVE
                    ? personnelQualifier : Qualifier.EXACT;
            claims.add(new Claim(date, expectedDay, Claimant.UA_GENERAL_STAFF, Side.RUSSIA, category, value, qualifier,
                    null, null, kind, new Provenance(name, "record " + record.index(),
                    "\"" + key + "\": " + value, key)));
        }
        return claims;
    }

    private static String where(JsonRecords.JsonRecord record) {
        JsonNode date = record.node().path(DATE);
        return date.isTextual() ? "record " + record.index() + " (line " + record.line() + ", date " + date.asText() + ")"
                : record.where();
    }

    private static JsonNode requireObject(JsonNode node) {
        if (!node.isObject()) {
            throw new RecordProblem("expected an object, found " + node.getNodeType().name().toLowerCase());
        }
        return node;
    }

    private static LocalDate dateOf(JsonNode node) {
        String text = text(requireObject(node), DATE);
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new RecordProblem("\"date\" is " + BadInputException.shown(text) + ", expected a real calendar date as YYYY-MM-DD");
        }
        if (date.isBefore(InvasionCalendar.DAY_ONE)) {
            throw new RecordProblem("\"date\" is " + date + ", before the full-scale invasion began ("
                    + InvasionCalendar.DAY_ONE + ")");
        }
        return date;
    }

    private static Qualifier personnelQualifier(JsonNode node) {
        JsonNode qualifier = node.get(PERSONNEL_QUALIFIER);
        if (qualifier == null) {
            return Qualifier.EXACT;
        }
        switch (qualifier.asText()) {
            case "about":
                return Qualifier.ABOUT;
            case "more":
                return Qualifier.MORE_THAN;
            default:
                throw new RecordProblem("\"personnel*\" is " + shortened(qualifier) + ", expected \"about\" or \"more\"");
        }
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null) {
            throw new RecordProblem("\"" + key + "\" is missing");
        }
        if (!value.isTextual()) {
            throw new RecordProblem("\"" + key + "\" is " + shortened(value) + ", expected text");
        }
        return value.asText();
    }

    private static int wholeNumber(JsonNode node, String key) {
        return Math.toIntExact(count(node, key, Kind.INCREMENT));
    }

    /** A whole number within ±{@link #MAX_COUNT}; negative only for increments. */
    private static long count(JsonNode node, String key, Kind kind) {
        JsonNode value = node.get(key);
        if (value == null) {
            throw new RecordProblem("\"" + key + "\" is missing");
        }
        if (!value.isNumber()) {
            throw new RecordProblem("\"" + key + "\" is " + shortened(value) + ", expected a whole number");
        }
        if (!value.canConvertToExactIntegral() || !value.canConvertToLong()) {
            String why = value.canConvertToExactIntegral() ? "larger than any plausible count" : "not a whole number";
            throw new RecordProblem("\"" + key + "\" is " + shortened(value) + ", " + why);
        }
        long count = value.asLong();
        if (Math.abs(count) > MAX_COUNT) {
            throw new RecordProblem("\"" + key + "\" is " + count + ", larger than any plausible count (limit "
                    + MAX_COUNT + ")");
        }
        if (count < 0 && kind != Kind.INCREMENT) {
            throw new RecordProblem("\"" + key + "\" is " + count + ", but a running total cannot be negative");
        }
        return count;
    }

    /** A JSON value as a message shows it: its JSON text, shortened like any shown value. */
    private static String shortened(JsonNode value) {
        String json = value.toString();
        return json.length() <= BadInputException.MAX_SHOWN_CHARS ? json : BadInputException.shown(json);
    }
}
