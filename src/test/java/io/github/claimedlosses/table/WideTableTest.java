package io.github.claimedlosses.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimedlosses.SharedData;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.read.DatasetReader;
import io.github.claimedlosses.read.Strictness;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

class WideTableTest {
    private static Table claims;

    @BeforeAll
    static void readAll() {
        claims = ClaimTable.of(new DatasetReader(Strictness.STRICT).readFolder(SharedData.datasets()).claims());
    }

    private static Row rowOf(Table wide, LocalDate date) {
        int index = wide.dateColumn("date").indexOf(date);
        assertThat(index).as("row of " + date).isNotNegative();
        return wide.row(index);
    }

    @Test
    void everyCellIsTablesawsPivotOfTheSameRows() {
        Table tidy = ClaimFilter.all().claimant(Claimant.UA_GENERAL_STAFF).kind(Kind.CUMULATIVE).apply(claims);
        Table pivot = tidy.pivot(tidy.dateColumn("date"), tidy.stringColumn("category"), tidy.doubleColumn("value"),
                tech.tablesaw.aggregate.AggregateFunctions.sum).sortAscendingOn("date");

        Table wide = WideTable.of(tidy);

        assertThat(wide.rowCount()).isEqualTo(pivot.rowCount()).isGreaterThan(1500);
        assertThat(wide.dateColumn("date").asList()).isEqualTo(pivot.dateColumn("date").asList());
        for (String category : pivot.columnNames().subList(1, pivot.columnCount())) {
            assertThat(wide.doubleColumn(category).asList()).as(category)
                    .isEqualTo(pivot.doubleColumn(category).asList());
        }
        assertThat(wide.columnCount()).isEqualTo(pivot.columnCount() + 1);
    }

    @Test
    void generalStaffClaimsHaveOneRowPerDate() {
        Table wide = WideTable.of(ClaimFilter.all().claimant(Claimant.UA_GENERAL_STAFF).kind(Kind.CUMULATIVE)
                .apply(claims));
        assertThat(wide.rowCount()).isEqualTo(1626);
        assertThat(wide.columnNames()).startsWith("date", "day", "personnel", "pow", "tanks", "armored_vehicles");
        Row march31 = rowOf(wide, LocalDate.of(2022, 3, 31));
        assertThat(march31.getInt("day")).isEqualTo(36);
        assertThat(march31.getDouble("personnel")).isEqualTo(17500);
        assertThat(march31.getDouble("tanks")).isEqualTo(614);
        assertThat(march31.getDouble("armored_vehicles")).isEqualTo(1735);
        assertThat(march31.getDouble("srbm_launchers")).isEqualTo(4);
        assertThat(march31.isMissing("vehicles_fuel_tanks")).isTrue();
        assertThat(march31.isMissing("cruise_missiles")).isTrue();
        Row latest = rowOf(wide, LocalDate.of(2026, 8, 8));
        assertThat(latest.getDouble("uav")).isEqualTo(449606);
        assertThat(latest.isMissing("vehicles")).isTrue();
        assertThat(wide.dateColumn("date").min()).isEqualTo(LocalDate.of(2022, 2, 25));
    }

    @Test
    void refusesACategoryListedInPartsRatherThanSumOnlyThePartsListedThatDay() {
        Table russia = ClaimFilter.all().claimant(Claimant.ORYX).side(Side.RUSSIA).kind(Kind.CUMULATIVE)
                .apply(claims);
        Table dailyCounts = russia.where(russia.stringColumn("source").isEqualTo("daily_count.csv"));
        assertThatThrownBy(() -> WideTable.of(dailyCounts))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("a wide table needs one figure per category and date, this table has several "
                        + "for ")
                .hasMessageContaining("use Trends.totals");
        Table tanks = dailyCounts.where(dailyCounts.stringColumn("category").isEqualTo("tanks"));
        Row row = rowOf(WideTable.of(tanks), LocalDate.of(2025, 7, 19));
        assertThat(row.getDouble("tanks")).isEqualTo(4074);
    }

    @Test
    void refusesToMixClaimedAndConfirmedFigures() {
        Table russia = ClaimFilter.all().side(Side.RUSSIA).kind(Kind.CUMULATIVE).apply(claims);
        assertThatThrownBy(() -> WideTable.of(russia))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a wide table needs one claimant, this table has [oryx, ua-general-staff]; filter it "
                        + "first, e.g. with ClaimFilter");
        Table generalStaff = ClaimFilter.all().claimant(Claimant.UA_GENERAL_STAFF).apply(claims);
        assertThatThrownBy(() -> WideTable.of(generalStaff)).hasMessageContaining("[cumulative, increment]");
    }
}
