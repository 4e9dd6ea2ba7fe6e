package io.github.claimedlosses.read;

import io.github.claimedlosses.model.BadInputException;
import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Provenance;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.model.Side;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads Oryx's visually confirmed losses ({@code daily_count.csv} of scarnecchia/oryx_data): running totals per
 * country and equipment type on sparse dates. Each row of a mapped type becomes one {@code oryx} claim whose quote
 * keeps the type and its destroyed / abandoned / captured / damaged split; rows of deliberately unmapped types
 * (aggregates) are left out and counted in {@link ReadResult#notes()}.
 */
public final class OryxReader {
    /** Running totals per country, type and date. */
    public static final String DAILY_COUNT_FILE = "daily_count.csv";
    /** Latest totals per country and type; it carries no date, so it is checked but never read as claims. */
    public static final String TOTALS_BY_TYPE_FILE = "totals_by_type.csv";

    static final String COUNTRY = "country";
    static final String TYPE = "equipment_type";
    static final String DATE = "date_recorded";
    static final String TOTAL = "type_total";
    static final List<String> STATUSES = List.of("destroyed", "abandoned", "captured", "damaged");
    static final Set<String> REQUIRED = new LinkedHashSet<>(List.of(COUNTRY, TYPE, "destroyed", "abandoned",
            "captured", "damaged", TOTAL, DATE));
    static final List<String> TOTALS_HEADER = List.of(COUNTRY, TYPE, "destroyed", "abandoned", "captured", "damaged",
            TOTAL);

    private final OryxTypeMapping mapping;
    private final Strictness strictness;

    /** A reader using the standard type mapping. */
    public OryxReader(Strictness strictness) {
        this(OryxTypeMapping.standard(), strictness);
    }

    /** A reader using {@code mapping}. */
    public OryxReader(OryxTypeMapping mapping, Strictness strictness) {
        this.mapping = mapping;
        this.strictness = strictness;
    }

    /** Confirmed cumulative claims from a {@code daily_count.csv}, both countries. */
    public ReadResult dailyCounts(Path file) {
        String name = file.getFileName().toString();
        CsvFiles.Contents contents = CsvFiles.read(file, REQUIRED, "an Oryx daily_count.csv");
        RecordCollector collector = new RecordCollector(name, strictness);
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> unmapped = new TreeMap<>();
        for (CsvFiles.Row row : contents.rows()) {
            collector.add(row.where(), () -> {
                String rawType = row.record().get(TYPE);
                OryxTypeMapping.Entry entry = mapping.lookup(rawType).orElseThrow(() -> new RecordProblem(
                        "Oryx type " + BadInputException.shown(OryxTypeMapping.baseName(rawType)) + " is neither mapped nor listed as "
                                + "unmapped in oryx-types.csv"));
                OryxRow parsed = parse(row, rawType.strip());
                String key = parsed.side() + "|" + entry.oryxType() + "|" + parsed.date();
                Integer first = seen.putIfAbsent(key, (int) row.line());
                if (first != null) {
                    throw new RecordProblem(parsed.side() + " \"" + entry.oryxType() + "\" on " + parsed.date()
                            + " appears again (first on line " + first + ")");
                }
                if (entry.category().isEmpty()) {
                    unmapped.merge(entry.oryxType(), 1, Integer::sum);
                    return List.of();
                }
                return List.of(parsed.toClaim(entry.category().get(), new Provenance(name, row.where(),
                        parsed.quote(), parsed.item())));
            });
        }
        if (!unmapped.isEmpty()) {
            collector.note(unmapped.values().stream().mapToInt(Integer::intValue).sum()
                    + " rows of deliberately unmapped Oryx types left out " + unmapped + " (see oryx-types.csv)");
        }
        return collector.result();
    }

    /**
     * Checks a {@code totals_by_type.csv}: UTF-8 CSV with exactly the header
     * {@code country,equipment_type,destroyed,abandoned,captured,damaged,type_total}, at least one row, and on every
     * row a known country and whole-number counts that add up to {@code type_total}.
     *
     * @return the number of rows
     * @throws BadInputException naming the first bad line
     */
    public static int checkTotalsByType(Path file) {
        String name = file.getFileName().toString();
        String expected = "an Oryx totals_by_type.csv";
        CsvFiles.Contents contents = CsvFiles.read(file, new LinkedHashSet<>(TOTALS_HEADER), expected);
        if (!contents.header().equals(TOTALS_HEADER)) {
            throw new BadInputException(name, "line 1", "the header is " + BadInputException.shown(String.join(",", contents.header()))
                    + ", expected exactly \"" + String.join(",", TOTALS_HEADER) + "\"");
        }
        if (contents.rows().isEmpty()) {
            throw new BadInputException(name, "", "has a header but no rows, expected " + expected);
        }
        RecordCollector collector = new RecordCollector(name, Strictness.STRICT);
        for (CsvFiles.Row row : contents.rows()) {
            collector.add(row.where(), () -> {
                side(row.record().get(COUNTRY));
                statusSplit(row);
                return List.of();
            });
        }
        return contents.rows().size();
    }

    /** One validated row: whose losses, as of when, the total, the quote keeping the status split, and the type. */
    private record OryxRow(Side side, LocalDate date, long total, String quote, String item) {
        Claim toClaim(Category category, Provenance provenance) {
            return new Claim(date, null, Claimant.ORYX, side, category, total, Qualifier.EXACT, null, null,
                    Kind.CUMULATIVE, provenance);
        }
    }

    private static OryxRow parse(CsvFiles.Row row, String type) {
        Side side = side(row.record().get(COUNTRY));
        LocalDate date = date(row.record().get(DATE));
        StatusSplit split = statusSplit(row);
        String item = type + " (" + row.record().get(COUNTRY) + ")";
        return new OryxRow(side, date, split.total(), item + ": " + split.text() + ", total " + split.total(), item);
    }

    /** The destroyed / abandoned / captured / damaged counts of a row, in words, and their checked total. */
    private record StatusSplit(String text, long total) {
    }

    private static StatusSplit statusSplit(CsvFiles.Row row) {
        List<String> parts = new ArrayList<>();
        long sum = 0;
        for (String status : STATUSES) {
            long count = count(row, status);
            sum += count;
            parts.add(status + " " + count);
        }
        long total = count(row, TOTAL);
        if (sum != total) {
            throw new RecordProblem("destroyed + abandoned + captured + damaged = " + sum + " but \"type_total\" is "
                    + total);
        }
        return new StatusSplit(String.join(", ", parts), total);
    }

    private static Side side(String country) {
        return switch (country.strip()) {
            case "Russia" -> Side.RUSSIA;
            case "Ukraine" -> Side.UKRAINE;
            default -> throw new RecordProblem("\"country\" is " + BadInputException.shown(country)
                    + ", expected Russia or Ukraine");
        };
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new RecordProblem("\"date_recorded\" is " + BadInputException.shown(text) + ", expected a real calendar date as YYYY-MM-DD");
        }
    }

    private static long count(CsvFiles.Row row, String column) {
        String text = row.record().get(column).strip();
        if (!text.matches("\\d{1,10}")) {
            throw new RecordProblem("\"" + column + "\" is " + BadInputException.shown(text) + ", expected a whole number of at most "
                    + "10 digits");
        }
        long count = Long.parseLong(text);
        if (count > GeneralStaffReader.MAX_COUNT) {
            throw new RecordProblem("\"" + column + "\" is " + count + ", larger than any plausible count");
        }
        return count;
    }
}
