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
        Printer printer = printer(out);
        for (Claim claim : claims) {
            printer.print(claim);
        }
        printer.flush();
    }

    /**
     * Starts a claims CSV on {@code out}, for claims that arrive one at a time (a corpus streamed to disk): the header
     * is written now, each {@link Printer#print} adds a row. The caller closes {@code out}.
     */
    public static Printer printer(Writer out) {
        try {
            return new Printer(new CSVPrinter(out, FORMAT));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the claims CSV", e);
        }
    }

    /** Writes claims as rows of one claims CSV. */
    public static final class Printer {
        private final CSVPrinter printer;

        private Printer(CSVPrinter printer) {
            this.printer = printer;
        }

        /** Writes {@code claim} as the next row. */
        public void print(Claim claim) {
            try {
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
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the claims CSV", e);
            }
        }

        /** Flushes the rows written so far to the underlying writer. */
        public void flush() {
            try {
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the claims CSV", e);
            }
        }
    }
}
