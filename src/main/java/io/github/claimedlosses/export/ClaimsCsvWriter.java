package io.github.claimedlosses.export;

import io.github.claimedlosses.files.SpreadsheetText;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.ClaimSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes claims as the tidy claims CSV: RFC 4180, a header row, ISO dates, whole numbers without a decimal
 * point, empty cells for absent values. Text cells ({@code source}, {@code location}, {@code quote}, {@code item})
 * that a spreadsheet would run as a formula get a leading apostrophe ({@link SpreadsheetText#escape}), unless
 * written {@link #writeRaw raw}. {@code ClaimsCsvReader} reads it back to equal claims.
 *
 * <p>Rows are formatted by Commons CSV ({@code CSVFormat.RFC4180}, line feeds between records). A corpus formats
 * its rows on its worker threads ({@link #rows}) and writes them in order ({@link Printer#print(Rows)}).
 */
public final class ClaimsCsvWriter {
    private static final CSVFormat ROWS = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    private static final String HEADER = header();

    private ClaimsCsvWriter() {
    }

    /** Writes {@code claims} in their order to {@code out}, safe to open in a spreadsheet; the caller closes it. */
    public static void write(List<Claim> claims, Appendable out) {
        write(printer(out), claims);
    }

    /**
     * Writes {@code claims} with their text as it is: for programs, not spreadsheets. Read back equal, except a text
     * that begins with apostrophes before a formula character, which loses one apostrophe.
     */
    public static void writeRaw(List<Claim> claims, Appendable out) {
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
    public static Printer printer(Appendable out) {
        return printer(out, SpreadsheetText::escape);
    }

    private static Printer printer(Appendable out, UnaryOperator<String> text) {
        try {
            out.append(HEADER);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the claims CSV", e);
        }
        return new Printer(out, text);
    }

    /**
     * The rows of {@code claims} as {@link #printer} writes them (spreadsheet-safe), formatted apart from writing:
     * on any thread, to be written in order with {@link Printer#print(Rows)}.
     */
    public static Rows rows(List<Claim> claims) {
        StringBuilder text = new StringBuilder(claims.size() * 160);
        CSVPrinter printer = csv(text);
        try {
            for (Claim claim : claims) {
                printRow(printer, claim, SpreadsheetText::escape);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot format claims CSV rows", e);
        }
        return new Rows(text.toString(), claims.size());
    }

    /** Formatted rows of the claims CSV, each ending with a line feed. */
    public static final class Rows {
        private final String text;
        private final int count;

        private Rows(String text, int count) {
            this.text = text;
            this.count = count;
        }

        /** How many rows. */
        public int count() {
            return count;
        }

        /** The rows' text. */
        @Override
        public String toString() {
            return text;
        }
    }

    /** Writes claims as rows of one claims CSV. */
    public static final class Printer {
        private final Appendable out;
        private final CSVPrinter printer;
        private final UnaryOperator<String> text;

        private Printer(Appendable out, UnaryOperator<String> text) {
            this.out = out;
            this.printer = csv(out);
            this.text = text;
        }

        /** Writes {@code claim} as the next row. */
        public void print(Claim claim) {
            try {
                printRow(printer, claim, text);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the claims CSV", e);
            }
        }

        /** Writes rows formatted by {@link ClaimsCsvWriter#rows} (spreadsheet-safe) as the next rows. */
        public void print(Rows rows) {
            try {
                out.append(rows.text);
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

    private static CSVPrinter csv(Appendable out) {
        try {
            return new CSVPrinter(out, ROWS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the claims CSV", e);
        }
    }

    /** One row: each cell printed in turn (not {@code printRecord}, whose stream per row was a fifth of a corpus run). */
    private static void printRow(CSVPrinter printer, Claim claim, UnaryOperator<String> text) throws IOException {
        printer.print(claim.date() == null ? "" : claim.date().toString());
        printer.print(claim.day() == null ? "" : claim.day().toString());
        printer.print(claim.claimant().id());
        printer.print(claim.side().id());
        printer.print(claim.category().id());
        printer.print(Claim.format(claim.value()));
        printer.print(claim.qualifier().id());
        printer.print(claim.low() == null ? "" : Claim.format(claim.low()));
        printer.print(claim.high() == null ? "" : Claim.format(claim.high()));
        printer.print(claim.kind().id());
        printer.print(text.apply(claim.provenance().source()));
        printer.print(text.apply(claim.provenance().location()));
        printer.print(text.apply(claim.provenance().quote()));
        printer.print(text.apply(claim.provenance().item()));
        printer.println();
    }

    private static String header() {
        StringBuilder header = new StringBuilder();
        try (CSVPrinter printer = csv(header)) {
            printer.printRecord((Object[]) ClaimSchema.COLUMNS.toArray(new String[0]));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the claims CSV header", e);
        }
        return header.toString();
    }
}
