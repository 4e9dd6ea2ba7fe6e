package io.github.claimedlosses.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TaxonomyTest {
    private final Taxonomy taxonomy = Taxonomy.standard();

    @Test
    void holdsEveryCanonicalCategoryInFileOrder() {
        assertThat(taxonomy.categories()).extracting(Category::id).containsExactly(
                "personnel", "personnel_killed", "personnel_wounded", "pow", "tanks", "armored_vehicles",
                "artillery", "mlrs", "air_defense", "aircraft", "helicopters", "uav", "cruise_missiles", "warships",
                "submarines", "vehicles", "fuel_tanks", "vehicles_fuel_tanks", "special_equipment", "srbm_launchers",
                "ground_robots");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "APC|armored_vehicles",
        "APV|armored_vehicles",
        "armored personnel carriers|armored_vehicles",
        "Armoured   Combat Vehicles|armored_vehicles",
        "jets|aircraft",
        "airplanes|aircraft",
        "fixed-wing aircraft|aircraft",
        "Aircrafts|aircraft",
        "drones|uav",
        "UAV|uav",
        "unmanned aerial systems|uav",
        "anti-aircraft batteries|air_defense",
        "air defense systems|air_defense",
        "anti-aircraft warfare|air_defense",
        "tank|tanks",
        "fuel tank|fuel_tanks",
        "military auto|vehicles",
        "vehicles and fuel tanks|vehicles_fuel_tanks",
        "mobile SRBM system|srbm_launchers",
        "ground robotic systems|ground_robots",
        "POW|pow",
        "танків|tanks",
        "бойових броньованих машин|armored_vehicles",
        "артилерійських систем|artillery",
        "РСЗВ|mlrs",
        "засоби ППО|air_defense",
        "літаків|aircraft",
        "гелікоптерів|helicopters",
        "БПЛА оперативно-тактичного рівня|uav",
        "крилаті ракети|cruise_missiles",
        "кораблі / катери|warships",
        "підводні човни|submarines",
        "автомобільної техніки та автоцистерн|vehicles_fuel_tanks",
        "спеціальна техніка|special_equipment",
        "особового складу|personnel",
    })
    void resolvesAliasesAsSourcesWriteThem(String alias, String id) {
        assertThat(taxonomy.byAlias(alias)).map(Category::id).contains(id);
    }

    @Test
    void unknownNamesResolveToNothing() {
        assertThat(taxonomy.byAlias("mercenaries")).isEmpty();
        assertThatThrownBy(() -> taxonomy.category("tankz"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown category \"tankz\"")
                .hasMessageContaining("tanks");
    }

    @Test
    void recordsTheMergeOfMay2022() {
        LocalDate lastApril = LocalDate.of(2022, 4, 30);
        LocalDate firstMay = LocalDate.of(2022, 5, 1);
        for (String stopped : List.of("vehicles", "fuel_tanks", "srbm_launchers")) {
            Category category = taxonomy.category(stopped);
            assertThat(category.isReportedOn(lastApril)).as(stopped).isTrue();
            assertThat(category.isReportedOn(firstMay)).as(stopped).isFalse();
        }
        for (String started : List.of("vehicles_fuel_tanks", "cruise_missiles")) {
            Category category = taxonomy.category(started);
            assertThat(category.reportedFrom()).as(started).contains(firstMay);
            assertThat(category.isReportedOn(lastApril)).as(started).isFalse();
        }
        assertThat(taxonomy.category("tanks").isReportedOn(LocalDate.of(2022, 2, 25))).isTrue();
    }
}
