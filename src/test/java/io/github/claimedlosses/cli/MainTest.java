package io.github.claimedlosses.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimedlosses.SharedData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    /** Standard output, standard error and exit status of one run. */
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

    private Path badEquipmentFile() throws IOException {
        return Files.writeString(dir.resolve("russia_losses_equipment.json"),
                "[{\"date\": \"2022-03-31\", \"day\": 36, \"tank\": \"six hundred\"}]", StandardCharsets.UTF_8);
    }

    @Test
    void extractWritesTheTidyCsv() {
        Path equipment = SharedData.generalStaff("russia_losses_equipment.json");
        Run run = run("extract", equipment.toString());
        assertThat(run.status()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("date,day,claimant,side,category,value,qualifier,low,high,kind,source,"
                + "location,quote,item");
        assertThat(lines).contains("2022-03-31,36,ua-general-staff,russia,tanks,614,exact,,,cumulative,"
                + "russia_losses_equipment.json,record 35,\"\"\"tank\"\": 614\",tank");
        assertThat(lines).hasSize(1 + 20687);
    }

    @Test
    void badInputIsOneLineOnStandardErrorAndNothingOnStandardOutput() throws IOException {
        Path equipment = SharedData.generalStaff("russia_losses_equipment.json");
        Run run = run("extract", equipment.toString(), badEquipmentFile().toString());
        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("claimed-losses: russia_losses_equipment.json: record 1 (line 1, "
                + "date 2022-03-31): \"tank\" is \"six hundred\", expected a whole number");
    }

    @Test
    void lenientReportsEverySkippedRecordAndKeepsTheRest() throws IOException {
        Path file = Files.writeString(dir.resolve("equipment.json"), "[{\"date\": \"2022-03-30\", \"day\": 35, "
                + "\"tank\": 600},\n{\"date\": \"2022-03-31\", \"day\": 36, \"tank\": 6.5}]");
        Run run = run("extract", "--lenient", file.toString());
        assertThat(run.status()).isEqualTo(ExitCode.OK);
        assertThat(run.out().lines()).hasSize(2).last().asString().startsWith("2022-03-30,35,");
        assertThat(run.errLines()).containsExactly("claimed-losses: skipped equipment.json: record 2 (line 2, date "
                + "2022-03-31): \"tank\" is 6.5, not a whole number");
    }

    @Test
    void outputFileIsWrittenWholeOrNotAtAll() throws IOException {
        Path output = Files.writeString(dir.resolve("claims.csv"), "previous contents\n");
        Run failed = run("extract", "-o", output.toString(), badEquipmentFile().toString());
        assertThat(failed.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(Files.readString(output)).isEqualTo("previous contents\n");

        Path personnel = SharedData.generalStaff("russia_losses_personnel.json");
        Run done = run("extract", "--output", output.toString(), personnel.toString());
        assertThat(done.status()).isEqualTo(ExitCode.OK);
        assertThat(done.out()).isEmpty();
        assertThat(Files.readAllLines(output)).hasSize(1 + 1626 + 62);
        try (var siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void formatCanBeForced() throws IOException {
        Path file = Files.writeString(dir.resolve("figures.json"), "[{\"date\": \"2022-03-31\", \"day\": 36, "
                + "\"tank\": 614, \"personnel\": 17500}]");
        Run detected = run("extract", file.toString());
        assertThat(detected.out()).contains(",increment,");
        Run forced = run("extract", "--format", "gs-equipment", file.toString());
        assertThat(forced.status()).isEqualTo(ExitCode.OK);
        assertThat(forced.out()).contains("tanks,614,exact,,,cumulative").contains("personnel,17500,exact,,,"
                + "cumulative");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run().status()).isEqualTo(ExitCode.USAGE);
        assertThat(run("extract").status()).isEqualTo(ExitCode.USAGE);
        assertThat(run("extract", "--bogus", "x").status()).isEqualTo(ExitCode.USAGE);
        Run badFormat = run("extract", "--format", "xml", "x");
        assertThat(badFormat.status()).isEqualTo(ExitCode.USAGE);
        assertThat(badFormat.err()).contains("unknown format \"xml\", expected one of: gs-equipment");
        assertThat(run("frobnicate").status()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void missingFileIsBadInput() {
        Run run = run("extract", dir.resolve("nope.json").toString());
        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines()).hasSize(1).first().asString().endsWith("nope.json: no such file");
    }

    @Test
    void everyCommandHasHelp() {
        Run main = run("--help");
        assertThat(main.status()).isEqualTo(ExitCode.OK);
        assertThat(main.out()).contains("extract").contains("Exit status:").contains("3   bad input");
        Run extract = run("extract", "--help");
        assertThat(extract.status()).isEqualTo(ExitCode.OK);
        assertThat(extract.out()).contains("--lenient").contains("--format=FORMAT").contains("gs-corrections");
    }
}
