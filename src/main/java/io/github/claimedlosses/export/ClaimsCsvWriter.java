package io.github.claimedlosses.export;

import io.github.claimedlosses.files.SpreadsheetText;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.ClaimSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Writes claims as the tidy claims CSV: RFC 4180, a header row, ISO dates, whole numbers without a decimal
 * point, empty cells for absent values. Text cells ({@code source}, {@code location}, {@code quote}, {@code item})
 * that a spreadsheet would run as a formula get a leading apostrophe ({@link SpreadsheetText#escape}), unless
 * written {@link #writeRaw raw}. {@code ClaimsCsvReader} reads it back to equal claims.
 *
 * <p>A cell is quoted as Commons CSV's {@code CSVFormat.RFC4180} quotes it (the bytes are the same, which a test
 * checks): when it holds a comma, a double quote (doubled inside), a line break, starts with a character up to
 * {@code #} or ends with one up to a space, or is an empty first cell. Rows are formatted here rather than through a
 * {@code CSVPrinter} because a corpus formats millions of them, on its worker threads ({@link #rows}).
 */
public final class ClaimsCsvWriter {
    private static final String HEADER = header();

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
            out.write(HEADER);
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
        for (Claim claim : claims) {
            appendRow(text, claim, SpreadsheetText::escape);
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
        private final Writer out;
        private final UnaryOperator<String> text;
        private final StringBuilder row = new StringBuilder(256);

        private Printer(Writer out, UnaryOperator<String> text) {
            this.out = out;
            this.text = text;
        }

        /** Writes {@code claim} as the next row. */
        public void print(Claim claim) {
            row.setLength(0);
            appendRow(row, claim, text);
            write(row);
        }

        /** Writes rows formatted by {@link ClaimsCsvWriter#rows} (spreadsheet-safe) as the next rows. */
        public void print(Rows rows) {
            write(rows.text);
        }

        private void write(StringBuilder chars) {
            try {
                out.append(chars);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the claims CSV", e);
            }
        }

        private void write(String chars) {
            try {
                out.write(chars);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the claims CSV", e);
            }
        }

        /** Flushes the rows written so far to the underlying writer. */
        public void flush() {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the claims CSV", e);
            }
        }
    }

    private static void appendRow(StringBuilder row, Claim claim, UnaryOperator<String> text) {
        cell(row, claim.date() == null ? "" : claim.date().toString(), true);
        cell(row, claim.day() == null ? "" : claim.day().toString(), false);
        cell(row, claim.claimant().id(), false);
        cell(row, claim.side().id(), false);
        cell(row, claim.category().id(), false);
        cell(row, Claim.format(claim.value()), false);
        cell(row, claim.qualifier().id(), false);
        cell(row, claim.low() == null ? "" : Claim.format(claim.low()), false);
        cell(row, claim.high() == null ? "" : Claim.format(claim.high()), false);
        cell(row, claim.kind().id(), false);
        cell(row, text.apply(claim.provenance().source()), false);
        cell(row, text.apply(claim.provenance().location()), false);
        cell(row, text.apply(claim.provenance().quote()), false);
        cell(row, text.apply(claim.provenance().item()), false);
        row.append('\n');
    }

    /**
     * Appends one cell, after a comma unless it is the row's first, quoted where RFC 4180 needs it (see above); null
     * is an empty cell.
     */
    static void cell(StringBuilder row, String value, boolean first) {
        if (!first) {
            row.append(',');
        }
        if (value == null) {
            return;
        }
        if (!needsQuotes(value, first)) {
            row.append(value);
            return;
        }
        row.append('"');
        int from = 0;
        for (int quote = value.indexOf('"'); quote >= 0; quote = value.indexOf('"', quote + 1)) {
            row.append(value, from, quote + 1).append('"');
            from = quote + 1;
        }
        row.append(value, from, value.length()).append('"');
    }

    private static boolean needsQuotes(String value, boolean first) {
        int length = value.length();
        if (length == 0) {
            return first;
        }
        if (value.charAt(0) <= '#' || value.charAt(length - 1) <= ' ') {
            return true;
        }
        // four scans by String.indexOf (vectorised) are faster than one loop over the characters
        return value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
    }

    private static String header() {
        StringBuilder header = new StringBuilder();
        for (String column : ClaimSchema.COLUMNS) {
            cell(header, column, header.length() == 0);
        }
        return header.append('\n').toString();
    }
}
