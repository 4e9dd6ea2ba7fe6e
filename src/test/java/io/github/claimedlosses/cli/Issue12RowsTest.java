package io.github.claimedlosses.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimedlosses.export.ClaimsCsvWriter;
import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Provenance;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.model.Taxonomy;
import io.github.claimedlosses.read.ClaimsCsvReader;
import io.github.claimedlosses.read.Strictness;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rows of issue 12 that concern reading and {@code extract}: bad input is exit 3 and one clear line. */
class Issue12RowsTest {
    private static final String CLAIMS_HEADER = "date,day,claimant,side,category,value,qualifier,low,high,kind,source,"
            + "location,quote";
    private static final String ORYX_HEADER = "country,equipment_type,destroyed,abandoned,captured,damaged,type_total,"
            + "date_recorded";
    private static final Category TANKS = Taxonomy.standard().category("tanks");

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Claim tanks(LocalDate date, double value, String quote) {
        return new Claim(date, null, Claimant.PRESS, Side.RUSSIA, TANKS, value, Qualifier.EXACT, null, null,
                Kind.CUMULATIVE, new Provenance("article.txt", "offset 10", quote));
    }

    private List<Claim> writtenAndReadBack(List<Claim> claims) throws IOException {
        StringWriter csv = new StringWriter();
        ClaimsCsvWriter.write(claims, csv);
        return new ClaimsCsvReader(Strictness.STRICT).read(write("back.csv", csv.toString())).claims();
    }

    @Test
    void row1_headerWithEmptyNameIsRefusedWithExit3InOryxDaily() throws IOException {
        Path oryx = write("daily_count.csv", ORYX_HEADER + ",\nRussia,Tanks,1,0,0,0,1,2022-03-19,\n");
        Run run = run("extract", oryx.toString());
        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("claimed-losses: daily_count.csv: line 1: column 9 of the header "
                + "has no name (a trailing comma?)");
    }

    @Test
    void row1_headerWithEmptyNameIsRefusedWithExit3InClaimsCsv() throws IOException {
        Path claims = write("claims.csv", "date,day,,claimant,side,category,value,qualifier,low,high,kind,source,"
                + "location,quote\n");
        Run run = run("extract", "--format", "claims-csv", claims.toString());
        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("claimed-losses: claims.csv: line 1: column 3 of the header has "
                + "no name");
    }

    @Test
    void row8_aTemporaryFileLeftByAKilledExtractIsRemovedByTheNextRun() throws IOException {
        Path output = dir.resolve("claims-out.csv");
        Path leftover = write(".claims-out.csv8211956431023.tmp", CLAIMS_HEADER + "\n");
        Path unrelated = write(".claims-out.csv.notes.tmp", "not ours");
        Path input = write("in.csv", CLAIMS_HEADER + "\n2022-03-31,36,press,russia,tanks,614,exact,,,cumulative,"
                + "a.txt,offset 1,614 tanks\n");
        Run run = run("extract", "-o", output.toString(), input.toString());
        assertThat(run.status()).isEqualTo(ExitCode.OK);
        assertThat(leftover).doesNotExist();
        assertThat(unrelated).exists();
        assertThat(Files.readString(output)).contains("614 tanks");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(
                    name -> name.startsWith(".claims-out.csv") && name.matches(".*\\d\\.tmp"));
        }
    }

    @Test
    void row9_aValueOf25DigitsReadsBackEqual() throws IOException {
        List<Claim> claims = List.of(tanks(LocalDate.of(2022, 3, 31), 1e25, "1e25 tanks"),
                tanks(LocalDate.of(2022, 3, 31), 123456789012345678901234567.0, "many"),
                tanks(LocalDate.of(2022, 3, 31), 0.000000000000000000000000000000000001, "few"));
        assertThat(writtenAndReadBack(claims)).isEqualTo(claims);
    }

    @Test
    void row9_aFarFutureDateReadsBackEqual() throws IOException {
        List<Claim> claims = List.of(new Claim(null, 1462090, Claimant.PRESS, Side.RUSSIA, TANKS, 614,
                Qualifier.EXACT, null, null, Kind.CUMULATIVE, new Provenance("a.txt", "offset 1", "day 1462090")),
                tanks(LocalDate.of(12022, 1, 1), 1, "year 12022"));
        assertThat(writtenAndReadBack(claims)).isEqualTo(claims);
    }

    @Test
    void row9_aLoneSurrogateIsReplacedInTheModelSoThatWhatIsWrittenReadsBackEqual() throws IOException {
        Claim claim = tanks(LocalDate.of(2022, 3, 31), 614, "614 tanks \uD83D and \uDC00 but \uD83D\uDE00 stays");
        assertThat(claim.provenance().quote()).isEqualTo("614 tanks \uFFFD and \uFFFD but \uD83D\uDE00 stays");
        assertThat(writtenAndReadBack(List.of(claim))).containsExactly(claim);
    }

    @Test
    void row9_minusZeroIsZero() throws IOException {
        Claim claim = new Claim(LocalDate.of(2022, 3, 31), null, Claimant.PRESS, Side.RUSSIA, TANKS, -0.0,
                Qualifier.EXACT, null, null, Kind.INCREMENT, new Provenance("a.txt", "offset 1", "no change"));
        assertThat(writtenAndReadBack(List.of(claim))).containsExactly(claim);
    }

    @Test
    void row11_aDuplicateHeaderNameIsNamedAsSuch() throws IOException {
        Path oryx = write("daily_count.csv", ORYX_HEADER + ",destroyed\nRussia,Tanks,1,0,0,0,1,2022-03-19,1\n");
        Run run = run("extract", oryx.toString());
        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("claimed-losses: daily_count.csv: line 1: duplicate column name "
                + "\"destroyed\" in the header (columns 3 and 9)");
    }

    @Test
    void row11_aLongBadValueIsShortenedInTheMessage() throws IOException {
        String huge = "x".repeat(2000);
        Path claims = write("claims.csv", CLAIMS_HEADER + "\n2022-03-31,36,press,russia,tanks," + huge
                + ",exact,,,cumulative,a.txt,offset 1,q\n");
        Run run = run("extract", claims.toString());
        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("claimed-losses: claims.csv: line 2: \"value\" is \""
                + "x".repeat(79) + "…\" (2000 characters), expected a plain decimal number");
    }

    @Test
    void row11_aLongUnknownClaimantIsShortenedAndControlCharactersShown() throws IOException {
        String claimant = "\u001b[31m" + "y".repeat(300);
        Path claims = write("claims.csv", CLAIMS_HEADER + "\n2022-03-31,36," + claimant
                + ",russia,tanks,1,exact,,,cumulative,a.txt,offset 1,q\n");
        Run run = run("extract", claims.toString());
        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).doesNotContain("\u001b").contains("\\u001B[31m").contains("(305 characters)")
                .doesNotContain("y".repeat(81));
    }

    @Test
    void row11_jacksonsSourceDescriptionNeverReachesTheMessage() throws IOException {
        for (String json : List.of("[{\"date\": \"2022-03-31\", \"tank\": 1}, {\"date\" 5}]", "[{\"tank\": 1e99999}]",
                "[{\"tank\": \u0000}]", "[" + "[".repeat(100) + "]", "[{\"date\": \"\u00ff", "{\"tank\": 1}",
                "[{\"a\":1,\"a\":2}]", "[{\"tank\": 0x10}]", "[{'tank': 1}]", "[{\"tank\": 1}] trailing", "[\n    {\n        ]]]")) {
            Path file = write("russia_losses_equipment.json", json);
            Run run = run("extract", "--format", "gs-equipment", file.toString());
            assertThat(run.status()).as(json).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.errLines()).as(json).hasSize(1);
            assertThat(run.err()).as(json).doesNotContain("Source:").doesNotContain("REDACTED");
        }
        assertThat(run("extract", "--format", "gs-equipment", write("russia_losses_equipment.json",
                "[\n    {\n        ]").toString()).errLines()).containsExactly("claimed-losses: "
                + "russia_losses_equipment.json: line 3, column 9: not valid JSON: Unexpected close marker ']': "
                + "expected '}' (for Object starting at line 2, column 5)");
    }
}
