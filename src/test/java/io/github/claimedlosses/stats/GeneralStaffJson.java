package io.github.claimedlosses.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The General Staff JSON files read straight with Jackson, for computing expected values independently of the
 * library: per category id, the figures by date. The key-to-category table is written out here on purpose rather
 * than taken from the taxonomy.
 */
final class GeneralStaffJson {
    static final Map<String, String> CATEGORY_OF_KEY = Map.ofEntries(
            Map.entry("aircraft", "aircraft"), Map.entry("helicopter", "helicopters"), Map.entry("tank", "tanks"),
            Map.entry("APC", "armored_vehicles"), Map.entry("field artillery", "artillery"),
            Map.entry("MRL", "mlrs"), Map.entry("military auto", "vehicles"), Map.entry("fuel tank", "fuel_tanks"),
            Map.entry("drone", "uav"), Map.entry("naval ship", "warships"),
            Map.entry("anti-aircraft warfare", "air_defense"), Map.entry("special equipment", "special_equipment"),
            Map.entry("mobile SRBM system", "srbm_launchers"),
            Map.entry("vehicles and fuel tanks", "vehicles_fuel_tanks"),
            Map.entry("cruise missiles", "cruise_missiles"), Map.entry("submarines", "submarines"),
            Map.entry("ground robotic systems", "ground_robots"), Map.entry("personnel", "personnel"),
            Map.entry("POW", "pow"));

    private GeneralStaffJson() {
    }

    /** Category id → (date → figure) of the numeric keys of a General Staff JSON file. */
    static Map<String, TreeMap<LocalDate, Double>> read(Path file) throws IOException {
        Map<String, TreeMap<LocalDate, Double>> series = new LinkedHashMap<>();
        for (JsonNode record : new ObjectMapper().readTree(file.toFile())) {
            LocalDate date = LocalDate.parse(record.get("date").asText());
            for (Map.Entry<String, JsonNode> field : record.properties()) {
                String category = CATEGORY_OF_KEY.get(field.getKey());
                if (category != null) {
                    series.computeIfAbsent(category, key -> new TreeMap<>())
                            .merge(date, field.getValue().asDouble(), Double::sum);
                }
            }
        }
        return series;
    }
}
