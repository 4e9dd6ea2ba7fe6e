package io.github.claimedlosses.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimedlosses.SharedData;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Taxonomy;
import io.github.claimedlosses.read.DatasetReader;
import io.github.claimedlosses.read.OryxReader;
import io.github.claimedlosses.read.Strictness;
import io.github.claimedlosses.table.ClaimFilter;
import io.github.claimedlosses.table.ClaimTable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/** Ratios on the real datasets, checked against numbers worked out here from the two files. */
class RatiosRealDataTest {
    private static final Taxonomy TAXONOMY = Taxonomy.standard();
    private static final Set<String> ARMOURED_TYPES = Set.of("Armoured Fighting Vehicles",
            "Infantry Fighting Vehicles", "Armoured Personnel Carriers", "Mine-Resistant Ambush Protected",
            "Infantry Mobility Vehicles");

    private static Table generalStaff;
    private static Table oryx;
    private static TreeMap<LocalDate, Double> generalStaffTanks;

    /** Reads the datasets once; each test calls this first, so that without them every test is skipped. */
    private static synchronized void load() throws IOException {
        SharedData.datasets();
        if (generalStaff != null) {
            return;
        }
        generalStaff = ClaimFilter.all().claimant(Claimant.UA_GENERAL_STAFF).apply(ClaimTable.of(
                new DatasetReader(Strictness.STRICT).readFolder(SharedData.datasets()).claims()));
        oryx = ClaimTable.of(new OryxReader(Strictness.STRICT).dailyCounts(SharedData.oryx("daily_count.csv"))
                .claims());
        generalStaffTanks = GeneralStaffJson.read(SharedData.generalStaff("russia_losses_equipment.json"))
                .get("tanks");
    }

    /** Oryx type_total by date for one country and the given types, straight from the CSV. */
    private static Map<String, TreeMap<LocalDate, Double>> oryxTypes(String country, Set<String> types)
            throws IOException {
        Map<String, TreeMap<LocalDate, Double>> byType = new TreeMap<>();
        try (Reader in = Files.newBufferedReader(SharedData.oryx("daily_count.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(in)) {
                String type = record.get("equipment_type").strip();
                if (record.get("country").equals(country) && types.contains(type)) {
                    byType.computeIfAbsent(type, key -> new TreeMap<>()).put(
                            LocalDate.parse(record.get("date_recorded")), Double.parseDouble(record.get("type_total")));
                }
            }
        }
        return byType;
    }

    @Test
    void claimedPerConfirmedTanksOnTheLatestCommonDateEqualsTheFilesWorkedByHand() throws IOException {
        load();
        TreeMap<LocalDate, Double> oryxTanks = oryxTypes("Russia", Set.of("Tanks")).get("Tanks");
        LocalDate common = oryxTanks.descendingKeySet().stream().filter(generalStaffTanks::containsKey)
                .findFirst().orElseThrow();
        assertThat(common).isEqualTo(LocalDate.of(2025, 7, 19));
        double claimed = generalStaffTanks.get(common);
        double confirmed = oryxTanks.get(common);

        StatTable result = Ratios.claimedVsConfirmed(generalStaff, oryx);
        Row row = row(result.table(), "tanks", common);
        assertThat(row.getDouble("claimed")).isEqualTo(claimed);
        assertThat(row.getDouble("confirmed")).isEqualTo(confirmed).isEqualTo(4074);
        assertThat(row.getDate("confirmed_date")).isEqualTo(common);
        assertThat(row.getInt("lag_days")).isZero();
        assertThat(row.getDouble("claimed_per_confirmed")).isEqualTo(claimed / confirmed);
        assertThat(row.getString("claimed_parts")).isEqualTo("tank");
        assertThat(row.getString("confirmed_parts")).isEqualTo("Tanks (Russia)");
        assertThat(row.getString("confirmed_by")).isEqualTo("oryx");
        assertThat(row.getBoolean("approximate")).isFalse();

        // a later claim is compared with the latest confirmed count before it, and says how old that is
        LocalDate last = generalStaffTanks.lastKey();
        Row later = row(result.table(), "tanks", last);
        assertThat(later.getDate("confirmed_date")).isEqualTo(oryxTanks.lastKey());
        assertThat(later.getInt("lag_days")).isEqualTo(ChronoUnit.DAYS.between(oryxTanks.lastKey(), last));
        assertThat(later.getDouble("claimed_per_confirmed"))
                .isEqualTo(generalStaffTanks.get(last) / oryxTanks.lastEntry().getValue());
        // before Oryx's first tanks record there is nothing to compare with: missing, not zero or infinity
        Row early = row(result.table(), "tanks", LocalDate.of(2022, 3, 31));
        assertThat(early.isMissing("confirmed")).isTrue();
        assertThat(early.isMissing("claimed_per_confirmed")).isTrue();
    }

    @Test
    void armouredVehiclesSumEveryOryxTypesLatestCountOnOrBeforeTheClaimDate() throws IOException {
        load();
        Map<String, TreeMap<LocalDate, Double>> types = oryxTypes("Russia", ARMOURED_TYPES);
        LocalDate date = LocalDate.of(2025, 1, 1);
        double expected = 0;
        for (TreeMap<LocalDate, Double> type : types.values()) {
            Map.Entry<LocalDate, Double> latest = type.floorEntry(date);
            expected += latest == null ? 0 : latest.getValue();
        }
        Row row = row(Ratios.claimedVsConfirmed(generalStaff, oryx).table(), "armored_vehicles", date);
        assertThat(row.getDouble("confirmed")).isEqualTo(expected);
        assertThat(row.getString("confirmed_parts")).contains("Infantry Fighting Vehicles (Russia)")
                .contains("Armoured Personnel Carriers (Russia)");
    }

    @Test
    void aRenamedOryxTypeContinuesItsCountInsteadOfBeingAddedTwice() throws IOException {
        load();
        // Oryx renamed "Trucks, Vehicles, and Jeeps" to "Trucks, Vehicles, Jeeps, and Trains" in May 2025
        TreeMap<LocalDate, Double> renamed = oryxTypes("Russia", Set.of("Trucks, Vehicles, Jeeps, and Trains"))
                .get("Trucks, Vehicles, Jeeps, and Trains");
        LocalDate firstUnderNewName = renamed.firstKey();
        Row row = row(Ratios.claimedVsConfirmed(generalStaff, oryx).table(), "vehicles_fuel_tanks",
                firstUnderNewName);
        assertThat(row.getDouble("confirmed")).isEqualTo(renamed.get(firstUnderNewName)).isEqualTo(4005);
        assertThat(row.getString("confirmed_parts"))
                .isEqualTo("Trucks, Vehicles, and Jeeps (Russia) → Trucks, Vehicles, Jeeps, and Trains (Russia)");
    }

    @Test
    void theResultSaysWhichFiguresAreClaimedAndWhichConfirmed() throws IOException {
        load();
        Description description = Ratios.claimedVsConfirmed(generalStaff, oryx).description();
        assertThat(description.subjects()).allSatisfy(scope -> assertThat(scope.confirmed()).isFalse());
        assertThat(description.relativeTo()).isNotEmpty()
                .allSatisfy(scope -> assertThat(scope.confirmed()).isTrue());
        assertThat(description.title()).contains("General Staff of the Armed Forces of Ukraine (claimed)")
                .contains("Oryx (visually confirmed)");
        assertThat(description.notes()).anyMatch(note -> note.contains("personnel"));
    }

    @Test
    void claimedAndConfirmedFiguresAreNeverMixed() throws IOException {
        load();
        Table everything = ClaimTable.of(new DatasetReader(Strictness.STRICT).readFolder(SharedData.datasets())
                .claims());
        assertThatThrownBy(() -> Ratios.claimedVsConfirmed(everything, oryx))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[oryx]");
        assertThatThrownBy(() -> Ratios.claimedVsConfirmed(generalStaff, generalStaff))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[ua-general-staff]");
        // two Oryx sources (the daily counts and the per-model snapshot) would be compared ambiguously
        Table bothOryxSources = ClaimFilter.all().claimant(Claimant.ORYX).apply(everything);
        assertThatThrownBy(() -> Ratios.claimedVsConfirmed(generalStaff, bothOryxSources))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("daily_count.csv").hasMessageContaining("russia_losses_equipment_oryx.json");
    }

    @Test
    void russiaPerUkraineTanksEqualsTheCsvWorkedByHand() throws IOException {
        load();
        TreeMap<LocalDate, Double> russia = oryxTypes("Russia", Set.of("Tanks")).get("Tanks");
        TreeMap<LocalDate, Double> ukraine = oryxTypes("Ukraine", Set.of("Tanks")).get("Tanks");
        LocalDate date = russia.lastKey();
        Map.Entry<LocalDate, Double> ukraineThen = ukraine.floorEntry(date);
        Table table = Ratios.russiaVsUkraine(oryx).table();
        Row row = table.where(table.stringColumn("category").isEqualTo("tanks")
                .and(table.dateColumn("date").isEqualTo(date))).row(0);
        assertThat(row.getDouble("russia")).isEqualTo(russia.get(date));
        assertThat(row.getDouble("ukraine")).isEqualTo(ukraineThen.getValue());
        assertThat(row.getDate("ukraine_date")).isEqualTo(ukraineThen.getKey());
        assertThat(row.getDouble("russia_per_ukraine")).isEqualTo(russia.get(date) / ukraineThen.getValue());
    }

    @Test
    void aZeroDenominatorGivesAMissingRatioNotInfinity() throws IOException {
        load();
        // on 2022-02-25 the General Staff reported 0 drones and 0 air defence systems
        Table perDrone = Ratios.between(generalStaff, TAXONOMY.category("tanks"), TAXONOMY.category("uav")).table();
        Row first = perDrone.where(perDrone.dateColumn("date").isEqualTo(LocalDate.of(2022, 2, 25))).row(0);
        assertThat(first.getDouble("denominator")).isZero();
        assertThat(first.isMissing("ratio")).isTrue();
        assertThat(Arrays.stream(perDrone.doubleColumn("ratio").asDoubleArray()).noneMatch(Double::isInfinite)).isTrue();
        Row later = perDrone.where(perDrone.dateColumn("date").isEqualTo(LocalDate.of(2022, 3, 31))).row(0);
        assertThat(later.getDouble("ratio")).isEqualTo(614.0 / 83.0);
    }

    @Test
    void personnelPerTankIsApproximateBecauseThePersonnelFigureIsAbout() throws IOException {
        load();
        StatTable perTank = Ratios.between(generalStaff, TAXONOMY.category("personnel"), TAXONOMY.category("tanks"));
        Row seedDay = perTank.table().where(perTank.table().dateColumn("date").isEqualTo(LocalDate.of(2022, 3, 31)))
                .row(0);
        assertThat(seedDay.getDouble("ratio")).isEqualTo(17_500.0 / 614.0);
        assertThat(seedDay.getBoolean("approximate")).isTrue();
        assertThat(perTank.description().approximate()).isTrue();
        assertThat(perTank.description().title()).endsWith("(approximate)");
    }

    private static Row row(Table table, String category, LocalDate date) {
        Table rows = table.where(table.stringColumn("category").isEqualTo(category)
                .and(table.dateColumn("date").isEqualTo(date)));
        assertThat(rows.rowCount()).as("%s on %s", category, date).isEqualTo(1);
        return rows.row(0);
    }
}
