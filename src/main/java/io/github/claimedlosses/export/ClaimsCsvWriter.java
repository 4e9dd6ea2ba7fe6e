package io.github.claimedlosses.export;

import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.ClaimSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes claims as the tidy claims CSV: RFC 4180, a header row, ISO dates, whole numbers without a decimal
 * point, empty cells for absent values. {@code ClaimsCsvReader} reads it back to equal claims.
 */
public final class ClaimsCsvWriter {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(ClaimSchema.COLUMNS.toArray(new String[0]))
            .setRecordSeparator("\n")
            .get();

    private ClaimsCsvWriter() {
    }

    /** Writes {@code claims} in their order to {@code out}; the caller closes {@code out}. */
    public static void write(List<Claim> claims, Writer out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, FORMAT);
            for (Claim claim : claims) {
                printer.printRecord(
                        claim.date() == null ? "" : claim.date().toString(),
                        claim.day() == null ? "" : claim.day().toString(),
                        claim.claimant().id(),
                        claim.side().id(),
                        claim.category().id(),
                        Claim.format(claim.value()),
                        claim.qualifier().id(),
                        claim.low() == null ? "" : Claim.format(claim.low()),
                        claim.high() == null ? "" : Claim.format(claim.high()),
                        claim.kind().id(),
                        claim.provenance().source(),
                        claim.provenance().location(),
                        claim.provenance().quote(),
                        claim.provenance().item());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the claims CSV", e);
        }
    }
}
