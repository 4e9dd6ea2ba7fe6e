package io.github.claimedlosses.read;

import io.github.claimedlosses.model.BadInputException;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.ClaimSchema;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Provenance;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.model.Taxonomy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/** Reads the project's own tidy claims CSV (the columns of {@link ClaimSchema}) back into claims, losslessly. */
public final class ClaimsCsvReader {
    private final Taxonomy taxonomy;
    private final Strictness strictness;

    /** A reader using the standard taxonomy. */
    public ClaimsCsvReader(Strictness strictness) {
        this.taxonomy = Taxonomy.standard();
        this.strictness = strictness;
    }

    /** The claims of {@code file}, in file order. */
    public ReadResult read(Path file) {
        String name = file.getFileName().toString();
        CsvFiles.Contents contents = CsvFiles.read(file, new LinkedHashSet<>(ClaimSchema.COLUMNS),
                "a claims CSV with the columns " + String.join(",", ClaimSchema.COLUMNS));
        RecordCollector collector = new RecordCollector(name, strictness);
        for (CsvFiles.Row row : contents.rows()) {
            collector.add(row.where(), () -> List.of(claim(row.record())));
        }
        return collector.result();
    }

    private Claim claim(CSVRecord row) {
        return new Claim(
                date(row.get(ClaimSchema.DATE)),
                day(row.get(ClaimSchema.DAY)),
                Claimant.fromId(row.get(ClaimSchema.CLAIMANT)),
                Side.fromId(row.get(ClaimSchema.SIDE)),
                taxonomy.category(row.get(ClaimSchema.CATEGORY)),
                number(ClaimSchema.VALUE, row.get(ClaimSchema.VALUE)),
                Qualifier.fromId(row.get(ClaimSchema.QUALIFIER)),
                optionalNumber(ClaimSchema.LOW, row.get(ClaimSchema.LOW)),
                optionalNumber(ClaimSchema.HIGH, row.get(ClaimSchema.HIGH)),
                Kind.fromId(row.get(ClaimSchema.KIND)),
                new Provenance(row.get(ClaimSchema.SOURCE), row.get(ClaimSchema.LOCATION),
                        row.get(ClaimSchema.QUOTE), row.get(ClaimSchema.ITEM)));
    }

    private static LocalDate date(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new RecordProblem("\"date\" is " + BadInputException.shown(text) + ", expected a real calendar date as YYYY-MM-DD");
        }
    }

    private static Integer day(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            if (!text.matches("-?[0-9]{1,10}")) {
                throw new NumberFormatException(text);
            }
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new RecordProblem("\"day\" is " + BadInputException.shown(text) + ", expected a whole number"
                    + " of days");
        }
    }

    private static Double optionalNumber(String column, String text) {
        return text.isEmpty() ? null : number(column, text);
    }

    private static double number(String column, String text) {
        try {
            return Claim.parse(text);
        } catch (IllegalArgumentException e) {
            throw new RecordProblem("\"" + column + "\" is " + BadInputException.shown(text) + ", expected a plain "
                    + "decimal number");
        }
    }
}
