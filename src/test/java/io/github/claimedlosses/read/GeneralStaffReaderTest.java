package io.github.claimedlosses.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimedlosses.SharedData;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.model.Side;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GeneralStaffReaderTest {
    private static final LocalDate MARCH_31 = LocalDate.of(2022, 3, 31);
    private final GeneralStaffReader reader = new GeneralStaffReader(Strictness.STRICT);

    private static Map<String, Claim> on(List<Claim> claims, LocalDate date) {
        return claims.stream().filter(c -> date.equals(c.date()))
                .collect(Collectors.toMap(c -> c.category().id(), c -> c));
    }

    @Test
    void equipmentHas1626DatesFromDay2() {
        List<Claim> claims = reader.equipment(SharedData.generalStaff(GeneralStaffReader.EQUIPMENT_FILE)).claims();
        Set<LocalDate> dates = claims.stream().map(Claim::date).collect(Collectors.toSet());
        assertThat(dates).hasSize(1626);
        assertThat(claims.get(0).date()).isEqualTo(LocalDate.of(2022, 2, 25));
        assertThat(claims.get(0).day()).isEqualTo(2);
        assertThat(claims.get(claims.size() - 1).date()).isEqualTo(LocalDate.of(2026, 8, 8));
        assertThat(claims).allSatisfy(claim -> {
            assertThat(claim.claimant()).isEqualTo(Claimant.UA_GENERAL_STAFF);
            assertThat(claim.side()).isEqualTo(Side.RUSSIA);
            assertThat(claim.kind()).isEqualTo(Kind.CUMULATIVE);
        });
    }

    @Test
    void march31MatchesTheSeedArticle() {
        Map<String, Claim> equipment = on(reader.equipment(
                SharedData.generalStaff(GeneralStaffReader.EQUIPMENT_FILE)).claims(), MARCH_31);
        Map<String, Double> values = equipment.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().value()));
        assertThat(values).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("tanks", 614.0), Map.entry("armored_vehicles", 1735.0), Map.entry("artillery", 311.0),
                Map.entry("mlrs", 96.0), Map.entry("aircraft", 135.0), Map.entry("helicopters", 131.0),
                Map.entry("uav", 83.0), Map.entry("vehicles", 1201.0), Map.entry("fuel_tanks", 75.0),
                Map.entry("warships", 7.0), Map.entry("air_defense", 54.0), Map.entry("special_equipment", 22.0),
                Map.entry("srbm_launchers", 4.0)));
        Claim tanks = equipment.get("tanks");
        assertThat(tanks.day()).isEqualTo(36);
        assertThat(tanks.provenance().source()).isEqualTo("russia_losses_equipment.json");
        assertThat(tanks.provenance().location()).isEqualTo("record 35");
        assertThat(tanks.provenance().quote()).isEqualTo("\"tank\": 614");

        Map<String, Claim> personnel = on(reader.personnel(
                SharedData.generalStaff(GeneralStaffReader.PERSONNEL_FILE)).claims(), MARCH_31);
        assertThat(personnel.get("personnel").value()).isEqualTo(17500);
        assertThat(personnel.get("personnel").qualifier()).isEqualTo(Qualifier.ABOUT);
        assertThat(personnel.get("pow").value()).isEqualTo(459);
        assertThat(personnel.get("pow").qualifier()).isEqualTo(Qualifier.EXACT);
    }

    @Test
    void personnelQualifierMoreBecomesMoreThan() {
        List<Claim> personnel = reader.personnel(SharedData.generalStaff(GeneralStaffReader.PERSONNEL_FILE)).claims();
        Claim march7 = on(personnel, LocalDate.of(2022, 3, 7)).get("personnel");
        assertThat(march7.qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(march7.value()).isEqualTo(11000);
        assertThat(personnel.stream().filter(c -> c.category().id().equals("personnel"))
                .filter(c -> c.qualifier() == Qualifier.MORE_THAN)).hasSize(6);
        assertThat(personnel.stream().filter(c -> c.category().id().equals("pow")).map(Claim::date).max(
                LocalDate::compareTo)).contains(LocalDate.of(2022, 4, 27));
    }

    @Test
    void absentKeysAreNotReportedNeverZero() {
        List<Claim> equipment = reader.equipment(SharedData.generalStaff(GeneralStaffReader.EQUIPMENT_FILE)).claims();
        assertThat(on(equipment, LocalDate.of(2022, 3, 15))).doesNotContainKey("special_equipment");
        assertThat(on(equipment, LocalDate.of(2022, 3, 16))).containsKey("special_equipment");
        Map<String, Claim> firstMay = on(equipment, LocalDate.of(2022, 5, 1));
        assertThat(firstMay).doesNotContainKeys("vehicles", "fuel_tanks", "srbm_launchers")
                .containsKeys("vehicles_fuel_tanks", "cruise_missiles");
        assertThat(on(equipment, LocalDate.of(2022, 4, 30))).containsKeys("vehicles", "fuel_tanks", "srbm_launchers")
                .doesNotContainKeys("vehicles_fuel_tanks", "cruise_missiles");
        assertThat(equipment.stream().filter(c -> c.category().id().equals("ground_robots")).map(Claim::date)
                .min(LocalDate::compareTo)).contains(LocalDate.of(2026, 5, 3));
    }

    @Test
    void correctionsAreSignedIncrementsAndOffByOneDaysAreNoted() {
        ReadResult result = reader.corrections(SharedData.generalStaff(GeneralStaffReader.CORRECTIONS_FILE));
        assertThat(result.claims()).hasSize(28 * 14).allSatisfy(c -> assertThat(c.kind()).isEqualTo(Kind.INCREMENT));
        Map<String, Claim> may27 = on(result.claims(), LocalDate.of(2023, 5, 27));
        assertThat(may27.get("tanks").value()).isEqualTo(-5);
        assertThat(may27.get("cruise_missiles").value()).isEqualTo(31);
        Claim october13 = on(result.claims(), LocalDate.of(2022, 10, 13)).get("armored_vehicles");
        assertThat(october13.value()).isEqualTo(-25);
        assertThat(october13.day()).isEqualTo(232);
        assertThat(result.notes()).containsExactly(
                "russia_losses_equipment_correction.json: record 1 (line 2, date 2022-10-13): \"day\" is 231 but "
                        + "2022-10-13 is day 232 of the invasion; the date is used (the corrections file has such "
                        + "off-by-one days)",
                "russia_losses_equipment_correction.json: record 9 (line 146, date 2024-06-23): \"day\" is 850 but "
                        + "2024-06-23 is day 851 of the invasion; the date is used (the corrections file has such "
                        + "off-by-one days)");
    }

    @Test
    void perModelOryxFileIsConfirmedAndMappedByItsOwnColumn() {
        List<Claim> models = reader.oryxModels(SharedData.generalStaff(GeneralStaffReader.ORYX_MODELS_FILE)).claims();
        assertThat(models).hasSize(338).allSatisfy(c -> {
            assertThat(c.claimant()).isEqualTo(Claimant.ORYX);
            assertThat(c.date()).isEqualTo(GeneralStaffReader.ORYX_MODELS_AS_OF);
        });
        Map<String, Double> byCategory = models.stream().collect(Collectors.groupingBy(c -> c.category().id(),
                Collectors.summingDouble(Claim::value)));
        assertThat(models.stream().filter(c -> c.category().id().equals("tanks"))).hasSize(27);
        assertThat(byCategory.get("tanks")).isEqualTo(models.stream()
                .filter(c -> c.provenance().quote().startsWith("Tanks: ")).mapToDouble(Claim::value).sum());
        assertThat(models.get(1).provenance().quote()).isEqualTo("Tanks: T-62M (the Soviet Union), 50 lost, mapped "
                + "to \"Tanks\"");
    }
}
