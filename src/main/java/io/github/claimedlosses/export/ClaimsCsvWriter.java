package io.github.claimedlosses.export;

import io.github.claimedlosses.files.SpreadsheetText;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.ClaimSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes claims as the tidy claims CSV: RFC 4180, a header row, ISO dates, whole numbers without a decimal
 * point, empty cells for absent values. Text cells ({@code source}, {@code location}, {@code quote}, {@code item})
 * that a spreadsheet would run as a formula get a leading apostrophe ({@link SpreadsheetText#escape}), unless
 * written {@link #writeRaw raw}. {@code ClaimsCsvReader} reads it back to equal claims.
 */
public final class ClaimsCsvWriter {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(ClaimSchema.COLUMNS.toArray(new String[0]))
            .setRecordSeparator("\n")
            .get();

    private ClaimsCsvWriter() {
    }

    /** Writes {@code claims} in their order to {@code out}, safe to open in a spreadsheet; the caller closes it. */
    public static void write(List<Claim> claims, Writer out) {
        write(printer(out), claims);
    }

    /**
     * Writes {@code claims} with their text as it is: for programs, not spreadsheets. Read back equal, except a text
     * that begins with apostrophes before a formula character, which loses one apostrophe.
     */
    public static void writeRaw(List<Claim> claims, Writer out) {
        write(printer(out, UnaryOperator.identity()), claims);
    }

    private static void write(Printer printer, List<Claim> claims) {
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
        return printer(out, SpreadsheetText::escape);
    }

    private static Printer printer(Writer out, UnaryOperator<String> text) {
        try {
            return new Printer(new CSVPrinter(out, FORMAT), text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the claims CSV", e);
        }
    }

    /** Writes claims as rows of one claims CSV. */
    public static final class Printer {
        private final CSVPrinter printer;
        private final UnaryOperator<String> text;

        private Printer(CSVPrinter printer, UnaryOperator<String> text) {
            this.printer = printer;
            this.text = text;
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
                        text.apply(claim.provenance().source()),
                        text.apply(claim.provenance().location()),
                        text.apply(claim.provenance().quote()),
                        text.apply(claim.provenance().item()));
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
