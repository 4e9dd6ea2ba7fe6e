package io.github.claimedlosses.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Provenance;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.model.Taxonomy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ClaimFilterSourceTest {
    private static Claim oryx(String source, double value) {
        return new Claim(LocalDate.of(2023, 2, 5), null, Claimant.ORYX, Side.RUSSIA,
                Taxonomy.standard().category("tanks"), value, Qualifier.EXACT, null, null, Kind.CUMULATIVE,
                new Provenance(source, "record 1", "Tanks: " + value));
    }

    @Test
    void keepsTheRowsOfOneSource() {
        Table claims = ClaimTable.of(List.of(oryx("daily_count.csv", 1600), oryx("russia_losses_equipment_oryx.json",
                1673)));
        Table kept = ClaimFilter.all().claimant(Claimant.ORYX).source("daily_count.csv").apply(claims);
        assertThat(kept.rowCount()).isEqualTo(1);
        assertThat(kept.doubleColumn("value").get(0)).isEqualTo(1600);
    }
}
