package io.github.claimedlosses.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimedlosses.SharedData;
import io.github.claimedlosses.model.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input is refused with one line naming the file, the place and the problem. */
class BadInputTest {
    private static final String EQUIPMENT = "russia_losses_equipment.json";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static String record(String date, int day, String tank) {
        return "{\"date\": \"" + date + "\", \"day\": " + day + ", \"aircraft\": 135, \"tank\": " + tank + "}";
    }

    private static String refusal(Path file) {
        return refusal(file, DatasetFormat.GS_EQUIPMENT);
    }

    private static String refusal(Path file, DatasetFormat format) {
        try {
            new DatasetReader(Strictness.STRICT).read(file, format);
        } catch (BadInputException e) {
            assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Exception");
            return e.getMessage();
        }
        throw new AssertionError(file + " was accepted");
    }

    @Test
    void wordsWhereANumberShouldBe() throws IOException {
        Path file = write(EQUIPMENT, "[\n" + record("2022-03-30", 35, "600") + ",\n"
                + record("2022-03-31", 36, "\"six hundred\"") + "\n]");
        assertThat(refusal(file)).isEqualTo(EQUIPMENT + ": record 2 (line 3, date 2022-03-31): \"tank\" is "
                + "\"six hundred\", expected a whole number");
    }

    @Test
    void aNumberWithLettersIsNotANumber() throws IOException {
        Path file = write(EQUIPMENT, "[" + record("2022-03-31", 36, "\"61a4\"") + "]");
        assertThat(refusal(file)).endsWith("\"tank\" is \"61a4\", expected a whole number");
    }

    @Test
    void truncatedFile() throws IOException {
        byte[] real = Files.readAllBytes(SharedData.generalStaff(EQUIPMENT));
        Path file = write(EQUIPMENT, Arrays.copyOf(real, real.length / 2));
        assertThat(refusal(file)).startsWith(EQUIPMENT + ": line ")
                .endsWith(": the file ends in the middle of the data (truncated?)");
    }

    @Test
    void emptyFile() throws IOException {
        Path file = write(EQUIPMENT, "");
        assertThat(refusal(file)).isEqualTo(EQUIPMENT + ": the file is empty, expected a JSON array of records");
        assertThatThrownBy(() -> DatasetFormat.detect(file)).hasMessage(EQUIPMENT + ": the file is empty");
    }

    @Test
    void anObjectWhereTheArrayShouldBe() throws IOException {
        Path file = write(EQUIPMENT, record("2022-03-31", 36, "614"));
        assertThat(refusal(file)).isEqualTo(EQUIPMENT + ": line 1, column 1: expected a JSON array of records, "
                + "found an object");
    }

    @Test
    void impossibleDate() throws IOException {
        Path file = write(EQUIPMENT, "[" + record("2022-02-30", 7, "614") + "]");
        assertThat(refusal(file)).isEqualTo(EQUIPMENT + ": record 1 (line 1, date 2022-02-30): \"date\" is "
                + "\"2022-02-30\", expected a real calendar date as YYYY-MM-DD");
    }

    @Test
    void dateBeforeTheInvasion() throws IOException {
        Path file = write(EQUIPMENT, "[" + record("2021-03-31", -329, "614") + "]");
        assertThat(refusal(file)).endsWith("\"date\" is 2021-03-31, before the full-scale invasion began "
                + "(2022-02-24)");
    }

    @Test
    void dayThatContradictsTheDate() throws IOException {
        Path file = write(EQUIPMENT, "[" + record("2022-03-31", 40, "614") + "]");
        assertThat(refusal(file)).isEqualTo(EQUIPMENT + ": record 1 (line 1, date 2022-03-31): \"day\" is 40 but "
                + "2022-03-31 is day 36 of the invasion");
    }

    @Test
    void duplicateDate() throws IOException {
        Path file = write(EQUIPMENT, "[\n" + record("2022-03-31", 36, "614") + ",\n" + record("2022-03-31", 36, "615")
                + "\n]");
        assertThat(refusal(file)).isEqualTo(EQUIPMENT + ": record 2 (line 3, date 2022-03-31): date 2022-03-31 "
                + "appears again (first in record 1)");
    }

    @Test
    void fractionalCount() throws IOException {
        Path file = write(EQUIPMENT, "[" + record("2022-03-31", 36, "614.5") + "]");
        assertThat(refusal(file)).endsWith(": \"tank\" is 614.5, not a whole number");
    }

    @Test
    void hugeNumbers() throws IOException {
        assertThat(refusal(write(EQUIPMENT, "[" + record("2022-03-31", 36, "1e30") + "]")))
                .endsWith(": \"tank\" is 1.0E30, larger than any plausible count");
        assertThat(refusal(write(EQUIPMENT, "[" + record("2022-03-31", 36, "123456789012345678901234") + "]")))
                .endsWith(": \"tank\" is 123456789012345678901234, larger than any plausible count");
        assertThat(refusal(write(EQUIPMENT, "[" + record("2022-03-31", 36, "5000000000") + "]")))
                .endsWith(": \"tank\" is 5000000000, larger than any plausible count (limit 1000000000)");
    }

    @Test
    void negativeRunningTotal() throws IOException {
        assertThat(refusal(write(EQUIPMENT, "[" + record("2022-03-31", 36, "-5") + "]")))
                .endsWith(": \"tank\" is -5, but a running total cannot be negative");
    }

    @Test
    void deepNesting() throws IOException {
        Path file = write(EQUIPMENT, "[".repeat(100_000) + "]".repeat(100_000));
        assertThat(refusal(file)).isEqualTo(EQUIPMENT + ": not a dataset: nested deeper than 32 levels (dataset "
                + "records are two levels deep)");
    }

    @Test
    void randomBytes() throws IOException {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        Path file = write(EQUIPMENT, noise);
        assertThat(refusal(file)).startsWith(EQUIPMENT + ": ");
        assertThatThrownBy(() -> DatasetFormat.detect(file)).isInstanceOf(BadInputException.class)
                .hasMessageMatching(EQUIPMENT + ": byte \\d+: binary data \\(a NUL byte\\), not a format this tool "
                        + "reads");
    }

    @Test
    void textThatIsNotUtf8() throws IOException {
        byte[] latin1 = ("[{\"date\": \"2022-03-31\", \"day\": 36, \"greatest losses direction\": \"Kharkiv "
                + "\u00e9\", \"tank\": 614}]").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(refusal(write(EQUIPMENT, latin1))).startsWith(EQUIPMENT + ": line 1, column ")
                .contains("not valid JSON: Invalid UTF-8");
    }

    @Test
    void unknownCategoryKey() throws IOException {
        Path file = write(EQUIPMENT, "[{\"date\": \"2022-03-31\", \"day\": 36, \"space lasers\": 3}]");
        assertThat(refusal(file)).isEqualTo(EQUIPMENT + ": record 1 (line 1, date 2022-03-31): unknown key "
                + "\"space lasers\": not a category or alias in taxonomy.json");
    }

    @Test
    void aCsvFileReadAsJson() throws IOException {
        Path file = write(EQUIPMENT, "country,equipment_type\nRussia,Tanks\n");
        assertThat(refusal(file)).startsWith(EQUIPMENT + ": line 1, column ").contains("not valid JSON");
    }

    @Test
    void oryxCsvWithLettersInANumber() throws IOException {
        Path file = write("daily_count.csv", "country,equipment_type,destroyed,abandoned,captured,damaged,"
                + "type_total,date_recorded\nRussia,Tanks,1O0,0,0,0,100,2022-03-31\n");
        assertThat(refusal(file, DatasetFormat.ORYX_DAILY)).isEqualTo("daily_count.csv: line 2: \"destroyed\" is "
                + "\"1O0\", expected a whole number of at most 10 digits");
    }

    @Test
    void oryxCsvWhoseStatusesDoNotAddUp() throws IOException {
        Path file = write("daily_count.csv", "country,equipment_type,destroyed,abandoned,captured,damaged,"
                + "type_total,date_recorded\nRussia,Tanks,100,1,2,3,100,2022-03-31\n");
        assertThat(refusal(file, DatasetFormat.ORYX_DAILY)).isEqualTo("daily_count.csv: line 2: destroyed + "
                + "abandoned + captured + damaged = 106 but \"type_total\" is 100");
    }

    @Test
    void oryxCsvMissingAColumn() throws IOException {
        Path file = write("daily_count.csv", "country,equipment_type,destroyed\nRussia,Tanks,1\n");
        assertThat(refusal(file, DatasetFormat.ORYX_DAILY)).isEqualTo("daily_count.csv: line 1: no column "
                + "\"abandoned\" in the header, expected an Oryx daily_count.csv");
    }

    @Test
    void oryxCsvWithAnUnknownTypeOrCountry() throws IOException {
        String header = "country,equipment_type,destroyed,abandoned,captured,damaged,type_total,date_recorded\n";
        assertThat(refusal(write("daily_count.csv", header + "Russia,Spaceships,1,0,0,0,1,2022-03-31\n"),
                DatasetFormat.ORYX_DAILY)).isEqualTo("daily_count.csv: line 2: Oryx type \"Spaceships\" is neither "
                + "mapped nor listed as unmapped in oryx-types.csv");
        assertThat(refusal(write("daily_count.csv", header + "Belarus,Tanks,1,0,0,0,1,2022-03-31\n"),
                DatasetFormat.ORYX_DAILY)).isEqualTo("daily_count.csv: line 2: \"country\" is \"Belarus\", expected "
                + "Russia or Ukraine");
    }

    @Test
    void csvWithARaggedRowOrAnOpenQuote() throws IOException {
        String header = "country,equipment_type,destroyed,abandoned,captured,damaged,type_total,date_recorded\n";
        assertThat(refusal(write("daily_count.csv", header + "Russia,Tanks,1,0\n"), DatasetFormat.ORYX_DAILY))
                .isEqualTo("daily_count.csv: line 2: has 4 fields, the header has 8");
        assertThat(refusal(write("daily_count.csv", header + "Russia,\"Tanks,1,0,0,0,1,2022-03-31\n"),
                DatasetFormat.ORYX_DAILY)).startsWith("daily_count.csv: line 2: not readable as CSV: ");
    }

    @Test
    void csvThatIsNotUtf8() throws IOException {
        String header = "country,equipment_type,destroyed,abandoned,captured,damaged,type_total,date_recorded\n";
        byte[] bytes = (header + "Russia,T\u00e4nks,1,0,0,0,1,2022-03-31\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(refusal(write("daily_count.csv", bytes), DatasetFormat.ORYX_DAILY))
                .isEqualTo("daily_count.csv: line 2: not UTF-8 text (byte 0xE4 at byte offset 93); save the file as UTF-8");
    }

    @Test
    void claimsCsvWithAnUnknownClaimant() throws IOException {
        Path file = write("claims.csv", "date,day,claimant,side,category,value,qualifier,low,high,kind,source,"
                + "location,quote,item\n2022-03-31,36,kremlin,russia,tanks,614,exact,,,cumulative,a.json,record 1,,tank\n");
        assertThat(refusal(file, DatasetFormat.CLAIMS_CSV)).isEqualTo("claims.csv: line 2: unknown claimant "
                + "\"kremlin\", expected one of: ua-general-staff, ua-mod, ru-mod, uk-mod, us-dod, oryx, press, "
                + "reader-comment, other, ru-general-staff, ua-president, mediazona");
    }

    @Test
    void claimsCsvWithAnImpossibleClaim() throws IOException {
        Path file = write("claims.csv", "date,day,claimant,side,category,value,qualifier,low,high,kind,source,"
                + "location,quote,item\n2022-03-31,36,ua-mod,russia,tanks,55,range,60,50,estimate,a.txt,offset 3,,\n");
        assertThat(refusal(file, DatasetFormat.CLAIMS_CSV)).isEqualTo("claims.csv: line 2: estimate tanks: low 60 is "
                + "above high 50");
    }

    @Test
    void missingFile() {
        assertThatThrownBy(() -> new DatasetReader(Strictness.STRICT).read(dir.resolve("nope.json")))
                .isInstanceOf(BadInputException.class).hasMessageEndingWith("nope.json: no such file");
    }

    @Test
    void lenientModeKeepsGoodRecordsAndReportsEveryBadOne() throws IOException {
        Path file = write(EQUIPMENT, "[\n" + record("2022-03-30", 35, "600") + ",\n"
                + record("2022-03-31", 36, "\"six hundred\"") + ",\n" + record("2022-04-01", 37, "-1") + ",\n"
                + record("2022-04-02", 38, "640") + "\n]");
        ReadResult result = new DatasetReader(Strictness.LENIENT).read(file, DatasetFormat.GS_EQUIPMENT);
        assertThat(result.claims()).extracting(c -> c.date().toString() + " " + c.category().id() + " " + c.value())
                .containsExactly("2022-03-30 aircraft 135.0", "2022-03-30 tanks 600.0",
                        "2022-04-02 aircraft 135.0", "2022-04-02 tanks 640.0");
        assertThat(result.skipped()).extracting(BadInputException::getMessage).containsExactly(
                EQUIPMENT + ": record 2 (line 3, date 2022-03-31): \"tank\" is \"six hundred\", expected a whole number",
                EQUIPMENT + ": record 3 (line 4, date 2022-04-01): \"tank\" is -1, but a running total cannot be "
                        + "negative");
    }

    @Test
    void lenientModeStillRefusesABrokenFileWhole() throws IOException {
        Path file = write(EQUIPMENT, "[" + record("2022-03-30", 35, "600") + ", {\"date\": ");
        assertThatThrownBy(() -> new DatasetReader(Strictness.LENIENT).read(file, DatasetFormat.GS_EQUIPMENT))
                .isInstanceOf(BadInputException.class).hasMessageEndingWith("(truncated?)");
    }
}
