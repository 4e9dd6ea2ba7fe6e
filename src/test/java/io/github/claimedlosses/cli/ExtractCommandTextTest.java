package io.github.claimedlosses.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimedlosses.SharedData;
import io.github.claimedlosses.read.DatasetFormat;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract} on text documents, through {@link Main#run}. */
class ExtractCommandTextTest {
    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void theSeedArticlePrintsTheMinistrysFiguresAndTheReadersClaim() {
        Path seed = SharedData.seed();
        assertThat(run("extract", seed.toString())).isEqualTo(ExitCode.OK);
        List<String> rows = out.toString().lines().toList();
        assertThat(rows).hasSize(17);
        assertThat(rows.get(0)).isEqualTo("date,day,claimant,side,category,value,qualifier,low,high,kind,source,"
                + "location,quote,item");
        String source = SharedData.SEED_ARTICLE;
        assertThat(rows).anyMatch(row -> row.startsWith("2022-03-31,36,ua-mod,russia,personnel_killed,17500,about,,,"
                + "cumulative," + source + ",offset 1529,\"The Ukrainian Ministry of Defense claimed"));
        assertThat(rows).anyMatch(row -> row.startsWith("2022-03-31,36,ua-mod,russia,personnel_wounded,52500,about,,,"
                + "derived," + source + ","));
        assertThat(rows).anyMatch(row -> row.startsWith("2022-03-31,36,ua-mod,russia,srbm_launchers,4,exact,,,"
                + "cumulative," + source + ","));
        assertThat(rows).filteredOn(row -> row.contains(",reader-comment,")).singleElement().satisfies(row -> assertThat(
                row).startsWith("2022-03-31,36,reader-comment,russia,personnel,70000,exact,,,estimate," + source
                + ",offset 4103,\"").contains("70k casualties").endsWith("conscripts.\","));
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void warningsNameTheFileOnStandardError() throws Exception {
        Path file = Files.writeString(folder.resolve("undated.txt"),
                "The Ukrainian Ministry of Defence said Russia had lost 614 tanks.\n");
        assertThat(run("extract", file.toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains(",,ua-mod,russia,tanks,614,exact,,,cumulative,undated.txt,offset 55,");
        assertThat(err.toString()).isEqualTo("claimed-losses: warning: undated.txt: offset 55: nothing in the text "
                + "dates this figure; its date is left empty" + System.lineSeparator());
    }

    @Test
    void aDateThatIsNoDateIsSaidInPlainWords() throws Exception {
        Path file = Files.writeString(folder.resolve("dated.txt"), "Russia had lost 614 tanks.\n");
        assertThat(run("extract", "--date", "2025-13-01", file.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString().lines().findFirst()).hasValue("Invalid value for option '--date': '2025-13-01' is "
                + "no date: write it as YYYY-MM-DD, e.g. 2025-03-10");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aDashAsTheOutputIsStandardOutput() throws Exception {
        Path file = Files.writeString(folder.resolve("dash.txt"),
                "The Ukrainian Ministry of Defence said Russia had lost 614 tanks.\n");
        assertThat(run("extract", "--date", "2022-03-31", "-o", "-", file.toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("2022-03-31,36,ua-mod,russia,tanks,614,exact,,,cumulative,dash.txt,");
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void textWithoutAnExtensionIsDetectedAndTextCanBeForced() throws Exception {
        String bulletin = "from 24.02.22 to 14.09.23:\ntanks ‒ 4599 (+15)\n";
        Path plain = Files.writeString(folder.resolve("bulletin"), bulletin);
        Path json = Files.writeString(folder.resolve("bulletin.json"), bulletin);
        assertThat(run("extract", plain.toString())).isEqualTo(ExitCode.OK);
        assertThat(run("extract", "--format", DatasetFormat.TEXT.id(), json.toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString().lines().filter(row -> row.startsWith("2023-09-14,568,ua-general-staff,russia,tanks,")))
                .hasSize(4);
    }

    @Test
    void binaryOrNonUtf8InputIsOneLineAndExitThreeWithNothingWritten() throws Exception {
        Path binary = Files.write(folder.resolve("scan.txt"), new byte[] {'%', 'P', 'D', 'F', 0, 1});
        Path latin1 = Files.write(folder.resolve("article.md"), "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Path output = folder.resolve("claims.csv");
        assertThat(run("extract", "-o", output.toString(), binary.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run("extract", latin1.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(out.toString()).isEmpty();
        assertThat(output).doesNotExist();
        assertThat(err.toString().lines()).containsExactly(
                "claimed-losses: scan.txt: byte 4: binary data (a NUL byte), not a text document",
                "claimed-losses: article.md: line 1: not UTF-8 text (byte 0xE9 at byte offset 3); save the file "
                        + "as UTF-8");
    }

    @Test
    void textAndDatasetFilesGoIntoOneTable() {
        Path equipment = SharedData.generalStaff("russia_losses_equipment.json");
        Path seed = SharedData.seed();
        assertThat(run("extract", equipment.toString(), seed.toString())).isEqualTo(ExitCode.OK);
        List<String> rows = out.toString().lines().toList();
        assertThat(rows).anyMatch(row -> row.startsWith("2022-03-31,36,ua-general-staff,russia,tanks,614,exact,,,"
                + "cumulative,russia_losses_equipment.json,"));
        assertThat(rows).anyMatch(row -> row.startsWith("2022-03-31,36,ua-mod,russia,tanks,614,exact,,,cumulative,"
                + SharedData.SEED_ARTICLE + ","));
    }

    @Test
    void theDateOptionCompletesADayAndMonthAndDatesTheRest() throws Exception {
        Path file = Files.writeString(folder.resolve("ru-mod.txt"), "Минобороны России сообщило, что 3 июня "
                + "ВСУ потеряли до 1 180 военнослужащих и 14 танков.\n\nВ Минобороны России добавили, что "
                + "уничтожены 12 боевых бронированных машин.\n");
        assertThat(run("extract", "--date", "2024-06-05", file.toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("2024-06-03,831,ru-mod,ukraine,personnel,1180,at_most,")
                .contains("2024-06-03,831,ru-mod,ukraine,tanks,14,exact,")
                .contains("2024-06-05,833,ru-mod,ukraine,armored_vehicles,12,exact,");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void row2_arabicIndicDigitsInATextFileAreReadWithExitZero() throws Exception {
        Path file = Files.writeString(folder.resolve("digits.txt"),
                "The Ukrainian Ministry of Defence said Russia had lost \u0661\u0664\u0663 aircraft.\n");
        assertThat(run("extract", "--date", "2022-03-31", file.toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("2022-03-31,36,ua-mod,russia,aircraft,143,exact,");
    }

    @Test
    void aDateOptionThatIsNoDateIsAUsageError() throws Exception {
        Path file = Files.writeString(folder.resolve("any.txt"), "Russia lost 5 tanks.\n");
        assertThat(run("extract", "--date", "31.03.2022", file.toString())).isNotIn(ExitCode.OK, 1);
        assertThat(out.toString()).isEmpty();
    }
}
