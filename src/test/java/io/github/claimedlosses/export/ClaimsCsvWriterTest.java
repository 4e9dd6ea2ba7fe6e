package io.github.claimedlosses.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimedlosses.files.SpreadsheetText;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.ClaimSchema;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Provenance;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.model.Taxonomy;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/** The claims CSV, written at once or from rows formatted apart, is what Commons CSV writes for its cells. */
class ClaimsCsvWriterTest {
    private static final CSVFormat COMMONS = CSVFormat.RFC4180.builder()
            .setHeader(ClaimSchema.COLUMNS.toArray(new String[0])).setRecordSeparator("\n").get();
    /** Characters around which quoting rules turn: separators, quotes, line breaks, spaces, low and formula ones. */
    private static final String ALPHABET = "a,\"\n\r \t#!$'=+-@;é\u0000\u00a0z9";

    @Test
    void wholeFilesAreTheBytesCommonsCsvWrites() throws IOException {
        Random random = new Random(41);
        Taxonomy taxonomy = Taxonomy.standard();
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            claims.add(new Claim(i % 7 < 2 ? null : LocalDate.of(2023, 1, 1).plusDays(i), i % 7 == 1 ? i + 2 : null,
                    Claimant.UA_GENERAL_STAFF, Side.RUSSIA, taxonomy.category("tanks"), i * 1.5,
                    Qualifier.EXACT, i % 5 == 0 ? (double) i : null, i % 5 == 0 ? i * 1.5 + 0.25 : null,
                    Kind.CUMULATIVE, new Provenance("=doc" + randomText(random), "offset " + randomText(random) + i,
                    randomText(random), randomText(random))));
        }
        StringWriter ours = new StringWriter();
        ClaimsCsvWriter.write(claims, ours);
        StringBuilder theirs = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(theirs, COMMONS)) {
            for (Claim claim : claims) {
                printer.printRecord(claim.date() == null ? "" : claim.date().toString(),
                        claim.day() == null ? "" : claim.day().toString(), claim.claimant().id(), claim.side().id(),
                        claim.category().id(), Claim.format(claim.value()), claim.qualifier().id(),
                        claim.low() == null ? "" : Claim.format(claim.low()),
                        claim.high() == null ? "" : Claim.format(claim.high()), claim.kind().id(),
                        SpreadsheetText.escape(claim.provenance().source()),
                        SpreadsheetText.escape(claim.provenance().location()),
                        SpreadsheetText.escape(claim.provenance().quote()),
                        SpreadsheetText.escape(claim.provenance().item()));
            }
        }
        assertThat(ours.toString()).isEqualTo(theirs.toString());
        StringWriter rows = new StringWriter();
        ClaimsCsvWriter.Printer printer = ClaimsCsvWriter.printer(rows);
        printer.print(ClaimsCsvWriter.rows(claims.subList(0, 200)));
        printer.print(ClaimsCsvWriter.rows(claims.subList(200, claims.size())));
        printer.flush();
        assertThat(rows.toString()).isEqualTo(ours.toString());
        assertThat(ClaimsCsvWriter.rows(claims).count()).isEqualTo(500);
    }

    private static String randomText(Random random) {
        int length = random.nextInt(6);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
