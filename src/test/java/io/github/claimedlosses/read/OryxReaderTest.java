package io.github.claimedlosses.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimedlosses.SharedData;
import io.github.claimedlosses.model.BadInputException;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Side;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OryxReaderTest {
    private final OryxReader reader = new OryxReader(Strictness.STRICT);

    private static Optional<Claim> find(List<Claim> claims, Side side, String category, String date) {
        List<Claim> found = claims.stream().filter(c -> c.side() == side && c.category().id().equals(category)
                && c.date().equals(LocalDate.parse(date))).collect(Collectors.toList());
        assertThat(found).hasSizeLessThanOrEqualTo(1);
        return found.stream().findFirst();
    }

    @Test
    void loadsBothCountriesAsConfirmedCounts() {
        List<Claim> claims = reader.dailyCounts(SharedData.oryx(OryxReader.DAILY_COUNT_FILE)).claims();
        assertThat(claims).extracting(Claim::side).contains(Side.RUSSIA, Side.UKRAINE);
        assertThat(claims).allSatisfy(c -> assertThat(c.claimant()).isEqualTo(Claimant.ORYX));
        // 1,365 records (three span two lines), of which 374 belong to deliberately unmapped types.
        assertThat(claims).hasSize(1365 - 374);
    }

    @Test
    void tanksAndAircraftMatchTheFileOnSeveralDates() {
        List<Claim> claims = reader.dailyCounts(SharedData.oryx(OryxReader.DAILY_COUNT_FILE)).claims();
        assertThat(find(claims, Side.RUSSIA, "tanks", "2025-07-19")).map(Claim::value).contains(4074.0);
        assertThat(find(claims, Side.RUSSIA, "tanks", "2025-04-02")).map(Claim::value).contains(3847.0);
        assertThat(find(claims, Side.UKRAINE, "tanks", "2025-07-19")).map(Claim::value).contains(1220.0);
        assertThat(find(claims, Side.UKRAINE, "tanks", "2025-03-21")).map(Claim::value).contains(1111.0);
        assertThat(find(claims, Side.RUSSIA, "aircraft", "2022-09-25")).map(Claim::value).contains(58.0);
        assertThat(find(claims, Side.RUSSIA, "aircraft", "2024-07-24")).map(Claim::value).contains(120.0);
        Claim tanks = find(claims, Side.RUSSIA, "tanks", "2025-07-19").orElseThrow();
        assertThat(tanks.provenance().location()).isEqualTo("line 934");
        assertThat(tanks.provenance().quote()).isEqualTo(
                "Tanks (Russia): destroyed 2991, abandoned 392, captured 533, damaged 158, total 4074");
    }

    @Test
    void everyTankAndAircraftRowOfTheFileIsOneClaimWithItsTotal() throws IOException {
        Path file = SharedData.oryx(OryxReader.DAILY_COUNT_FILE);
        Map<String, Double> expected = new HashMap<>();
        try (Reader in = Files.newBufferedReader(file)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String type = row.get("equipment_type").strip();
                if (type.equals("Tanks") || type.equals("Aircraft")) {
                    String category = type.equals("Tanks") ? "tanks" : "aircraft";
                    expected.put(row.get("country").toLowerCase() + " " + category + " " + row.get("date_recorded"),
                            Double.valueOf(row.get("type_total")));
                }
            }
        }
        Map<String, Double> actual = reader.dailyCounts(file).claims().stream()
                .filter(c -> c.category().id().equals("tanks") || c.category().id().equals("aircraft"))
                .collect(Collectors.toMap(c -> c.side().id() + " " + c.category().id() + " " + c.date(),
                        Claim::value));
        assertThat(expected).hasSizeGreaterThan(100);
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void typeNamesWithATrailingNewlineStillMap() {
        List<Claim> claims = reader.dailyCounts(SharedData.oryx(OryxReader.DAILY_COUNT_FILE)).claims();
        Claim sam = claims.stream()
                .filter(c -> c.date().equals(LocalDate.of(2025, 3, 21)))
                .filter(c -> c.provenance().quote().startsWith("Surface-To-Air Missile Systems (Ukraine)"))
                .findFirst().orElseThrow();
        assertThat(sam.category().id()).isEqualTo("air_defense");
        assertThat(sam.value()).isEqualTo(169);
        assertThat(sam.provenance().location()).isEqualTo("line 1303");
    }

    @Test
    void deliberatelyUnmappedTypesAreCountedInANote() {
        ReadResult result = reader.dailyCounts(SharedData.oryx(OryxReader.DAILY_COUNT_FILE));
        assertThat(result.skipped()).isEmpty();
        assertThat(result.notes()).containsExactly("daily_count.csv: 374 rows of deliberately unmapped Oryx types "
                + "left out {All Types=159, Artillery Support Vehicles And Equipment=11, Losses excluding Recon "
                + "Drones and Trucks=101, Losses of Armoured Combat Vehicles [Tanks, AFVs, IFVs, APCs, and MRAPs]=100, "
                + "Self-Propelled Anti-Tank Missile Systems=3} (see oryx-types.csv)");
    }

    @Test
    void mappingStripsTotalsEmbeddedInTypeNames() {
        OryxTypeMapping mapping = OryxTypeMapping.standard();
        assertThat(OryxTypeMapping.baseName("Losses excluding Recon Drones and Trucks - 14057, of which: destroyed: "
                + "10158, damaged: 708, abandoned: 962, captured: 2229")).isEqualTo(
                        "Losses excluding Recon Drones and Trucks");
        assertThat(mapping.lookup("Surface-To-Air Missile Systems\n").flatMap(OryxTypeMapping.Entry::category))
                .map(c -> c.id()).contains("air_defense");
        assertThat(mapping.lookup("All Types")).hasValueSatisfying(e -> {
            assertThat(e.category()).isEmpty();
            assertThat(e.note()).startsWith("Unmapped:");
        });
        assertThat(mapping.lookup("Trucks, Vehicles, Jeeps, and Trains").flatMap(OryxTypeMapping.Entry::category))
                .map(c -> c.id()).contains("vehicles_fuel_tanks");
        assertThat(mapping.lookup("Spaceships")).isEmpty();
    }

    @Test
    void totalsByTypeIsCheckedRowByRow() {
        assertThat(OryxReader.checkTotalsByType(SharedData.oryx(OryxReader.TOTALS_BY_TYPE_FILE))).isEqualTo(56);
    }

    @Test
    void aTotalsByTypeFileThatDoesNotAddUpOrHasAnotherHeaderIsRefused(@TempDir Path dir) throws IOException {
        Path wrongSum = Files.writeString(dir.resolve("totals_by_type.csv"), "country,equipment_type,destroyed,"
                + "abandoned,captured,damaged,type_total\nRussia,Tanks,10,1,2,3,99\n");
        assertThatThrownBy(() -> OryxReader.checkTotalsByType(wrongSum)).isInstanceOf(BadInputException.class)
                .hasMessage("totals_by_type.csv: line 2: destroyed + abandoned + captured + damaged = 16 but "
                        + "\"type_total\" is 99");
        Path dailyInstead = Files.copy(SharedData.oryx(OryxReader.DAILY_COUNT_FILE), dir.resolve("daily.csv"));
        assertThatThrownBy(() -> OryxReader.checkTotalsByType(dailyInstead)).hasMessage("daily.csv: line 1: the "
                + "header has 11 other columns (\"date_recorded\", \"destroyed_diff\", \"abandoned_diff\", ...), "
                + "expected exactly \"country,equipment_type,destroyed,abandoned,captured,damaged,type_total\"");
        Path noRows = Files.writeString(dir.resolve("empty.csv"), "country,equipment_type,destroyed,abandoned,"
                + "captured,damaged,type_total\n");
        assertThatThrownBy(() -> OryxReader.checkTotalsByType(noRows)).hasMessage("empty.csv: has a header but no "
                + "rows, expected an Oryx totals_by_type.csv");
        Path json = Files.writeString(dir.resolve("totals.csv"), "[{\"tank\": 1}]\n");
        assertThatThrownBy(() -> OryxReader.checkTotalsByType(json)).hasMessageStartingWith("totals.csv: line 1: no "
                + "column \"country\" in the header");
    }
}
