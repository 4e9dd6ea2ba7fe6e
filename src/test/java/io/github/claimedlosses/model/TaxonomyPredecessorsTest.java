package io.github.claimedlosses.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaxonomyPredecessorsTest {
    private final Taxonomy taxonomy = Taxonomy.standard();

    @Test
    void vehiclesAndFuelTanksContinueTheTwoCategoriesMergedOnTheFirstOfMay() {
        Category merged = taxonomy.category("vehicles_fuel_tanks");
        assertThat(taxonomy.predecessors(merged)).extracting(Category::id).containsExactly("vehicles", "fuel_tanks");
        assertThat(merged.reportedFrom()).contains(java.time.LocalDate.of(2022, 5, 1));
        for (Category predecessor : taxonomy.predecessors(merged)) {
            assertThat(predecessor.reportedUntil()).contains(merged.reportedFrom().orElseThrow().minusDays(1));
        }
    }

    @Test
    void otherCategoriesContinueNothing() {
        assertThat(taxonomy.predecessors(taxonomy.category("cruise_missiles"))).isEmpty();
        assertThat(taxonomy.predecessors(taxonomy.category("tanks"))).isEmpty();
    }
}
