package io.github.claimedlosses.ledger.run;

import io.github.claimedlosses.export.ClaimsCsvWriter;
import io.github.claimedlosses.export.CsvTableWriter;
import io.github.claimedlosses.export.OutputFolder;
import io.github.claimedlosses.extract.ExtractionWarning;
import io.github.claimedlosses.ledger.DocumentClaims;
import io.github.claimedlosses.ledger.Ledger;
import io.github.claimedlosses.ledger.ReferenceFigures;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Claimant;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The output folder of a corpus run, built beside its place and swapped in only when complete
 * ({@link OutputFolder}): {@code claims.csv} and {@code warnings.csv} streamed as documents arrive, then
 * {@code ledger.csv}, {@code conflicts.csv} and {@code series/CLAIMANT.csv} (the ledger's values per claimant as
 * tidy claims, for the statistics).
 */
public final class CorpusOutputs implements AutoCloseable {
    /** The file names, as the README lists them. */
    public static final String CLAIMS = "claims.csv";
    public static final String WARNINGS = "warnings.csv";
    public static final String LEDGER = "ledger.csv";
    public static final String CONFLICTS = "conflicts.csv";
    public static final String SERIES = "series";

    private static final CSVFormat WARNINGS_FORMAT = CSVFormat.RFC4180.builder()
            .setHeader("document", "location", "warning").setRecordSeparator("\n").get();
    private static final CSVFormat WARNING_ROWS = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private final OutputFolder folder;
    private final Writer claimsFile;
    private final ClaimsCsvWriter.Printer claims;
    private final Writer warningsFile;
    private long claimCount;
    private long warningCount;

    private CorpusOutputs(OutputFolder folder) throws IOException {
        this.folder = folder;
        this.claimsFile = writer(folder.path().resolve(CLAIMS));
        this.claims = ClaimsCsvWriter.printer(claimsFile);
        this.warningsFile = writer(folder.path().resolve(WARNINGS));
        new CSVPrinter(warningsFile, WARNINGS_FORMAT).flush();
    }

    /** Starts building the output folder {@code target}. */
    public static CorpusOutputs open(Path target) {
        OutputFolder folder = OutputFolder.beside(target);
        try {
            return new CorpusOutputs(folder);
        } catch (IOException e) {
            folder.close();
            throw new UncheckedIOException(target + ": " + e.getMessage(), e);
        }
    }

    /**
     * One document's rows of {@code claims.csv} and {@code warnings.csv}, formatted apart from writing (on the thread
     * that extracted it), to be written in document order with {@link #accept(Rows)}.
     */
    public static final class Rows {
        private final ClaimsCsvWriter.Rows claims;
        private final String warnings;
        private final int warningCount;

        private Rows(ClaimsCsvWriter.Rows claims, String warnings, int warningCount) {
            this.claims = claims;
            this.warnings = warnings;
            this.warningCount = warningCount;
        }

        /** The rows of {@code document}. */
        public static Rows of(DocumentClaims document) {
            StringBuilder warnings = new StringBuilder();
            if (!document.warnings().isEmpty()) {
                try (CSVPrinter printer = new CSVPrinter(warnings, WARNING_ROWS)) {
                    for (ExtractionWarning warning : document.warnings()) {
                        printer.printRecord(document.id(), warning.location(), warning.message());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(WARNINGS + ": " + e.getMessage(), e);
                }
            }
            return new Rows(ClaimsCsvWriter.rows(document.claims()), warnings.toString(), document.warnings().size());
        }
    }

    /** Writes one document's claims and warnings. */
    public void accept(DocumentClaims document) {
        accept(Rows.of(document));
    }

    /** Writes one document's claims and warnings, formatted by {@link Rows#of}. */
    public void accept(Rows rows) {
        claims.print(rows.claims);
        claimCount += rows.claims.count();
        if (rows.warningCount > 0) {
            try {
                warningsFile.write(rows.warnings);
            } catch (IOException e) {
                throw new UncheckedIOException(WARNINGS + ": " + e.getMessage(), e);
            }
        }
        warningCount += rows.warningCount;
    }

    /** How many claims were written. */
    public long claims() {
        return claimCount;
    }

    /** How many warnings were written. */
    public long warnings() {
        return warningCount;
    }

    /** Writes the ledger's tables and swaps the complete folder into place. */
    public void commit(Ledger ledger, ReferenceFigures reference) {
        try {
            claims.flush();
            claimsFile.close();
            warningsFile.close();
            CsvTableWriter.write(ledger.table(), folder.path().resolve(LEDGER));
            CsvTableWriter.write(ledger.conflictsTable(reference), folder.path().resolve(CONFLICTS));
            Path series = folder.path().resolve(SERIES);
            Files.createDirectories(series);
            for (Claimant claimant : ledger.claimants()) {
                try (Writer out = writer(series.resolve(claimant.id() + ".csv"))) {
                    ClaimsCsvWriter.write(ledger.series(claimant), out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(folder.target() + ": " + e.getMessage(), e);
        }
        folder.commit();
    }

    /** Removes the unfinished folder unless it was committed. */
    @Override
    public void close() {
        try {
            claimsFile.close();
            warningsFile.close();
        } catch (IOException ignored) {
            // the staging folder is removed below
        }
        folder.close();
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }
}
