package io.github.claimedlosses.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimedlosses.SharedData;
import io.github.claimedlosses.fetch.DatasetCache;
import io.github.claimedlosses.fetch.DatasetFile;
import io.github.claimedlosses.fetch.ServedDatasets;
import io.github.claimedlosses.fetch.FetchOptions;
import io.github.claimedlosses.model.BadInputException;
import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.stats.Corrections;
import io.github.claimedlosses.stats.DailyIncrements;
import io.github.claimedlosses.stats.Ratios;
import io.github.claimedlosses.stats.StatTable;
import io.github.claimedlosses.stats.TestClaims;
import io.github.claimedlosses.stats.Trends;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class LossesTest {
    private static final LocalDate FIRST = LocalDate.of(2022, 2, 25);

    @TempDir
    Path temp;

    @Test
    void theGeneralStaffTableHoldsItsThreeFilesAndNothingElse() {
        Table gs = Losses.generalStaff(SharedData.datasets());

        assertThat(gs.stringColumn("claimant").unique().asList()).containsExactly("ua-general-staff");
        assertThat(gs.stringColumn("source").unique().asList()).containsExactlyInAnyOrder(
                "russia_losses_equipment.json", "russia_losses_personnel.json",
                "russia_losses_equipment_correction.json");
        assertThat(gs.rowCount()).isEqualTo(22_767);
    }

    @Test
    void theOryxTableHoldsTheDailyCountsOfBothSides() {
        Table oryx = Losses.oryx(SharedData.datasets());

        assertThat(oryx.stringColumn("source").unique().asList()).containsExactly("daily_count.csv");
        assertThat(oryx.stringColumn("side").unique().asList()).containsExactlyInAnyOrder("russia", "ukraine");
        assertThat(oryx.rowCount()).isEqualTo(991);
        assertThat(Losses.all(SharedData.datasets()).rowCount()).isEqualTo(22_767 + 991 + 338);
    }

    @Test
    void aMissingFolderIsRefusedWithHowToFillTheCache() {
        Path missing = temp.resolve("cache");

        assertThatThrownBy(() -> Losses.generalStaff(missing)).isInstanceOf(BadInputException.class)
                .hasMessage(missing + ": no such folder; fill the project's dataset cache once with `mvn -Pfetch` "
                        + "in the project folder, or name a folder laid out like it (general-staff/*.json, "
                        + "oryx/daily_count.csv)");
    }

    @Test
    void aFolderWithoutTheFilesAskedForSaysWhichItExpected() throws IOException {
        Files.createDirectories(temp.resolve("oryx"));
        Files.writeString(temp.resolve("oryx/daily_count.csv"), "not read");

        assertThatThrownBy(() -> Losses.generalStaff(temp)).isInstanceOf(BadInputException.class)
                .hasMessage(temp + ": holds none of the dataset files [general-staff/russia_losses_equipment.json, "
                        + "general-staff/russia_losses_personnel.json, "
                        + "general-staff/russia_losses_equipment_correction.json]");
    }

    @Test
    void aBadRecordIsRefusedWithFileAndPlace() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("general-staff"));
        Files.writeString(folder.resolve("russia_losses_equipment.json"),
                "[{\"date\": \"2022-02-25\", \"day\": 2, \"tank\": \"six hundred\"}]");

        assertThatThrownBy(() -> Losses.generalStaff(temp)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("russia_losses_equipment.json: record 1")
                .hasMessageContaining("\"tank\" is \"six hundred\", expected a whole number");
    }

    @Test
    void aDocumentsClaimsComeWithProvenanceAndItsWarningsGoToStandardError() throws IOException {
        Path document = temp.resolve("statement.txt");
        Files.writeString(document, "The General Staff said Russian forces had lost 12 tanks.\n");

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream standardError = System.err;
        Table claims;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            claims = Losses.extract(document);
        } finally {
            System.setErr(standardError);
        }

        assertThat(claims.name()).isEqualTo("statement.txt");
        assertThat(claims.rowCount()).isEqualTo(1);
        assertThat(claims.getString(0, "category")).isEqualTo("tanks");
        assertThat(claims.getString(0, "location")).isEqualTo("offset 47");
        assertThat(claims.getString(0, "quote")).isEqualTo("The General Staff said Russian forces had lost 12 tanks.");
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("claimed-losses: warning: statement.txt: offset 47: ");
    }

    @Test
    void aFoldersDocumentsAreReadInNameOrderWithTheirWarnings() throws IOException {
        Files.writeString(temp.resolve("b.txt"), "The General Staff said Russian forces had lost 12 tanks.\n");
        Files.writeString(temp.resolve("a.md"), "Kyiv, 1 April 2022\n\nUkraine's Ministry of Defence said Russia "
                + "has lost 625 tanks.\n");
        Files.writeString(temp.resolve("notes.csv"), "not,a,document\n");

        Claims claims = Losses.articles(temp);

        assertThat(claims.table().stringColumn("source").asList()).containsExactly("a.md", "b.txt");
        assertThat(claims.table().doubleColumn("value").asList()).containsExactly(625.0, 12.0);
        assertThat(claims.warnings()).singleElement().asString().startsWith("b.txt: offset 47: ");
    }

    @Test
    void aFolderThatIsNotThereOrHoldsNoDocumentIsRefused() throws IOException {
        Files.createDirectory(temp.resolve("empty"));

        assertThatThrownBy(() -> Losses.articles(temp.resolve("none"))).isInstanceOf(BadInputException.class)
                .hasMessageEndingWith("none: no such folder");
        assertThatThrownBy(() -> Losses.articles(temp.resolve("empty"))).isInstanceOf(BadInputException.class)
                .hasMessageEndingWith("empty: no .txt or .md documents in the folder");
    }

    @Test
    void aDocumentThatIsNotThereIsRefused() {
        assertThatThrownBy(() -> Losses.extract(temp.resolve("none.txt"))).isInstanceOf(BadInputException.class)
                .hasMessageEndingWith("none.txt: no such file");
    }

    @Test
    void categoriesAreNamedByIdAndAnUnknownIdListsTheValidOnes() {
        assertThat(Losses.category("tanks").label()).isEqualTo("Tanks");
        assertThatThrownBy(() -> Losses.category("tank")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown category \"tank\", expected one of: personnel, ")
                .hasMessageContaining(", tanks, ");
        assertThatThrownBy(() -> Losses.only(constructed(), "tank")).hasMessageStartingWith("unknown category");
    }

    @Test
    void onlyKeepsTheCategoriesAndNarrowsTheDescription() {
        Table claims = constructed();
        DailyIncrements daily = Trends.daily(claims, Corrections.shown(claims));
        assertThat(daily.description().approximate()).isTrue();

        DailyIncrements tanks = Losses.only(daily, "tanks");

        assertThat(tanks.table().stringColumn("category").unique().asList()).containsExactly("tanks");
        assertThat(tanks.table().rowCount()).isEqualTo(3);
        assertThat(tanks.description().subjects().get(0).categories()).extracting(Category::id)
                .containsExactly("tanks");
        assertThat(tanks.description().approximate()).as("only the personnel figure was 'about'").isFalse();
        assertThat(Losses.only(daily, "personnel").description().approximate()).isTrue();
        assertThat(Losses.only(claims, "tanks", "personnel").rowCount()).isEqualTo(6);
        assertThat(Losses.only(claims, "tanks").rowCount()).isEqualTo(4);
    }

    @Test
    void aStatisticWithoutACategoryColumnCannotBeNarrowedToCategories() {
        Table claims = constructed();
        StatTable perTank = Ratios.between(claims, Losses.category("personnel"), Losses.category("tanks"));

        assertThatThrownBy(() -> Losses.only(perTank, "personnel")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the table \"ratios between categories\" has no column category");
    }

    @Test
    void latestKeepsEachSeriesLastRowAndOnKeepsOneDay() {
        Table claims = constructed();
        DailyIncrements daily = Trends.daily(claims);

        DailyIncrements latest = Losses.latest(daily);
        StatTable second = Losses.on(daily, FIRST.plusDays(1));

        assertThat(latest.table().rowCount()).isEqualTo(2);
        assertThat(latest.table().dateColumn("date").asList()).containsExactly(FIRST.plusDays(1), FIRST.plusDays(2));
        assertThat(latest.table().doubleColumn("total").asList()).containsExactly(4_300.0, 150.0);
        assertThat(second.table().stringColumn("category").asList()).containsExactly("personnel", "tanks");
        assertThat(second.description()).isEqualTo(daily.description());
        assertThat(Losses.latest(Losses.only(daily, "aircraft")).table().rowCount()).isZero();
        assertThatThrownBy(() -> Losses.latest(StatTable.of(Table.create("no dates"), daily.description())))
                .hasMessage("the table \"no dates\" has no column date");
    }

    @Test
    void theWideTableHasOneRowPerDateAndLeavesOutCorrections() {
        Table wide = Losses.wide(constructed());

        assertThat(wide.columnNames()).containsExactly("date", "day", "personnel", "tanks");
        assertThat(wide.rowCount()).isEqualTo(3);
        assertThat(wide.doubleColumn("personnel").isMissing(2)).isTrue();
    }

    @Test
    void aCompleteCacheIsUsedWithoutTheNetwork() throws IOException {
        DatasetCache cache = new DatasetCache(temp.resolve("cache"));
        for (DatasetFile file : DatasetFile.standard()) {
            Path source = ServedDatasets.of(file);
            Files.createDirectories(cache.path(file).getParent());
            Files.copy(source, cache.path(file));
        }

        Path folder = Losses.filled(cache, unreachable());

        assertThat(folder).isEqualTo(cache.dir());
        assertThat(Losses.oryx(folder).rowCount()).isEqualTo(991);
    }

    @Test
    void anEmptyCacheThatCannotBeFilledIsRefusedAndTheProblemSaid() {
        DatasetCache cache = new DatasetCache(temp.resolve("cache"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream standardError = System.err;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThatThrownBy(() -> Losses.filled(cache, unreachable())).isInstanceOf(UncheckedIOException.class)
                    .hasMessageStartingWith("the dataset cache " + cache.dir() + " could not be filled: cannot reach "
                            + "127.0.0.1:9");
        } finally {
            System.setErr(standardError);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("claimed-losses: cannot reach 127.0.0.1:9");
    }

    /** Options whose server is a closed port on this machine: every download fails at once. */
    private static FetchOptions unreachable() {
        return FetchOptions.defaults().withBaseUrl(URI.create("http://127.0.0.1:9")).withRetries(0)
                .withTimeout(Duration.ofSeconds(2));
    }

    /** Personnel ('about') on two days, tanks on three, and a tank correction on the third. */
    private static Table constructed() {
        return new TestClaims()
                .add(Claimant.UA_GENERAL_STAFF, Side.RUSSIA, "personnel", FIRST, 2_800, Qualifier.ABOUT, null, null,
                        Kind.CUMULATIVE, "personnel.json", "\"personnel\": 2800")
                .add(Claimant.UA_GENERAL_STAFF, Side.RUSSIA, "personnel", FIRST.plusDays(1), 4_300, Qualifier.ABOUT,
                        null, null, Kind.CUMULATIVE, "personnel.json", "\"personnel\": 4300")
                .dailyTotals("tanks", FIRST, 80, 66, 4)
                .correction("tanks", FIRST.plusDays(2), -2)
                .table();
    }
}
