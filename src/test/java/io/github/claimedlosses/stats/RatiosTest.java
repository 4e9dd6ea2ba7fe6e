package io.github.claimedlosses.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.model.Taxonomy;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/** Ratios of constructed figures with known answers. */
class RatiosTest {
    private static final LocalDate DAY_36 = LocalDate.of(2022, 3, 31);
    private static final Taxonomy TAXONOMY = Taxonomy.standard();

    private static Category category(String id) {
        return TAXONOMY.category(id);
    }

    /** The seed article's figures as the text extractor states them. */
    private static TestClaims seed() {
        return new TestClaims()
                .add(Claimant.UA_MOD, Side.RUSSIA, "personnel_killed", DAY_36, 17_500, Qualifier.ABOUT, null, null,
                        Kind.CUMULATIVE, "seed.txt", "killed approximately 17,500 Russian troops")
                .add(Claimant.UA_MOD, Side.RUSSIA, "personnel_wounded", DAY_36, 52_500, Qualifier.ABOUT, null, null,
                        Kind.DERIVED, "seed.txt", "wounded approximately thrice that number")
                .add(Claimant.UA_MOD, Side.RUSSIA, "personnel_killed", DAY_36, 20_000, Qualifier.EXACT, null, null,
                        Kind.CUMULATIVE, "other.txt", "20,000 killed")
                .add(Claimant.READER_COMMENT, Side.RUSSIA, "personnel", DAY_36, 70_000, Qualifier.ABOUT, null, null,
                        Kind.ESTIMATE, "seed.txt", "70k casualties out of roughly 150k sent in");
    }

    @Test
    void woundedPerKilledIsImpliedByOneDocumentStatingBoth() {
        StatTable implied = Ratios.implied(seed().table(), category("personnel_wounded"),
                category("personnel_killed"));
        Table table = implied.table();
        assertThat(table.rowCount()).isEqualTo(1);
        Row row = table.row(0);
        assertThat(row.getDouble("ratio")).isEqualTo(3.0);
        assertThat(row.getBoolean("approximate")).isTrue();
        assertThat(row.getString("numerator_kind")).isEqualTo("derived");
        assertThat(row.getString("denominator_kind")).isEqualTo("cumulative");
        assertThat(row.getString("source")).isEqualTo("seed.txt");
        assertThat(row.getString("claimant")).isEqualTo("ua-mod");
        assertThat(row.isMissing("ratio_low")).isTrue();
        assertThat(implied.description().approximate()).isTrue();
        assertThat(implied.description().title()).contains("Ministry of Defence of Ukraine (claimed)");
    }

    @Test
    void aDocumentThatDoesNotStateBothGivesNoImpliedRatio() {
        StatTable implied = Ratios.implied(seed().table(), category("personnel_wounded"), category("tanks"));

        assertThat(implied.table().rowCount()).isZero();
        assertThat(implied.table().columnNames()).contains("numerator", "denominator", "ratio");
    }

    @Test
    void casualtiesRelativeToAStatedForceSize() {
        Reference sentIn = Reference.of("Russian troops sent in (reader comment)", 150_000, Qualifier.ABOUT);
        StatTable share = Ratios.relativeTo(seed().table(), category("personnel"), sentIn);
        Row row = share.table().row(0);
        assertThat(row.getDouble("ratio")).isEqualTo(70_000.0 / 150_000.0);
        assertThat(row.getBoolean("approximate")).isTrue();
        assertThat(row.getString("claimant")).isEqualTo("reader-comment");
        assertThat(row.getString("reference")).isEqualTo("Russian troops sent in (reader comment)");
        assertThat(share.description().notes()).contains("Reference figure: Russian troops sent in (reader comment), "
                + "about 150000.");

        Reference range = new Reference("sent in", 150_000, Qualifier.RANGE, 140_000.0, 160_000.0);
        Row bounded = Ratios.relativeTo(seed().table(), category("personnel"), range).table().row(0);
        assertThat(bounded.getDouble("ratio_low")).isEqualTo(70_000.0 / 160_000.0);
        assertThat(bounded.getDouble("ratio_high")).isEqualTo(70_000.0 / 140_000.0);
        Reference zero = Reference.of("nothing", 0, Qualifier.EXACT);
        assertThat(Ratios.relativeTo(seed().table(), category("personnel"), zero).table().row(0).isMissing("ratio"))
                .isTrue();
    }

    @Test
    void rangesPropagateToRatioBoundsAndAnUnboundedEndIsMissing() {
        TestClaims claims = new TestClaims()
                .add(Claimant.UA_MOD, Side.RUSSIA, "tanks", DAY_36, 55, Qualifier.RANGE, 50.0, 60.0,
                        Kind.CUMULATIVE, "news.txt", "50-60 tanks")
                .add(Claimant.UA_MOD, Side.RUSSIA, "aircraft", DAY_36, 10, Qualifier.EXACT, null, null,
                        Kind.CUMULATIVE, "news.txt", "10 aircraft")
                .add(Claimant.UA_MOD, Side.RUSSIA, "helicopters", DAY_36, 2, Qualifier.RANGE, 0.0, 4.0,
                        Kind.CUMULATIVE, "news.txt", "up to 4 helicopters");
        Row perAircraft = Ratios.between(claims.table(), category("tanks"), category("aircraft")).table().row(0);
        assertThat(perAircraft.getDouble("ratio")).isEqualTo(5.5);
        assertThat(perAircraft.getDouble("ratio_low")).isEqualTo(5.0);
        assertThat(perAircraft.getDouble("ratio_high")).isEqualTo(6.0);
        assertThat(perAircraft.getBoolean("approximate")).isTrue();
        Row perHelicopter = Ratios.between(claims.table(), category("tanks"), category("helicopters")).table().row(0);
        assertThat(perHelicopter.getDouble("ratio")).isEqualTo(27.5);
        assertThat(perHelicopter.getDouble("ratio_low")).isEqualTo(50.0 / 4.0);
        assertThat(perHelicopter.isMissing("ratio_high")).isTrue();
    }

    @Test
    void zeroAndMissingDenominatorsGiveMissingRatios() {
        TestClaims claims = new TestClaims().total("tanks", DAY_36, 600).total("tanks", DAY_36.plusDays(1), 610)
                .total("tanks", DAY_36.plusDays(2), 620)
                .total("uav", DAY_36.plusDays(1), 0).total("uav", DAY_36.plusDays(2), 5);
        Table perDrone = Ratios.between(claims.table(), category("tanks"), category("uav")).table();
        assertThat(perDrone.row(0).isMissing("denominator")).isTrue();
        assertThat(perDrone.row(0).isMissing("ratio")).isTrue();
        assertThat(perDrone.row(1).getDouble("denominator")).isZero();
        assertThat(perDrone.row(1).isMissing("ratio")).isTrue();
        assertThat(perDrone.row(2).getDouble("ratio")).isEqualTo(124);
        assertThat(perDrone.row(2).getInt("lag_days")).isZero();
    }

    @Test
    void russiaPerUkraineMatchesUkrainesLatestCountAndMissesOnZero() {
        LocalDate d = LocalDate.of(2025, 3, 21);
        TestClaims oryx = new TestClaims()
                .add(Claimant.ORYX, Side.RUSSIA, "tanks", d, 3000, Qualifier.EXACT, null, null, Kind.CUMULATIVE,
                        "daily_count.csv", "Tanks (Russia)",
                "Tanks (Russia): total 3000")
                .add(Claimant.ORYX, Side.RUSSIA, "tanks", d.plusDays(4), 3010, Qualifier.EXACT, null, null,
                        Kind.CUMULATIVE, "daily_count.csv", "Tanks (Russia)",
                "Tanks (Russia): total 3010")
                .add(Claimant.ORYX, Side.UKRAINE, "tanks", d, 1000, Qualifier.EXACT, null, null, Kind.CUMULATIVE,
                        "daily_count.csv", "Tanks (Ukraine)",
                "Tanks (Ukraine): total 1000")
                .add(Claimant.ORYX, Side.RUSSIA, "warships", d, 20, Qualifier.EXACT, null, null, Kind.CUMULATIVE,
                        "daily_count.csv", "Naval Ships (Russia)",
                "Naval Ships (Russia): total 20")
                .add(Claimant.ORYX, Side.UKRAINE, "warships", d, 0, Qualifier.EXACT, null, null, Kind.CUMULATIVE,
                        "daily_count.csv", "Naval Ships (Ukraine)",
                "Naval Ships (Ukraine): total 0");
        StatTable sides = Ratios.russiaVsUkraine(oryx.table());
        Table table = sides.table();
        assertThat(table.doubleColumn("russia_per_ukraine").getDouble(0)).isEqualTo(3.0);
        assertThat(table.doubleColumn("russia_per_ukraine").getDouble(1)).isEqualTo(3.01);
        assertThat(table.intColumn("lag_days").getInt(1)).isEqualTo(4);
        assertThat(table.row(2).getString("category")).isEqualTo("warships");
        assertThat(table.row(2).isMissing("russia_per_ukraine")).isTrue();
        assertThat(sides.description().subjects()).singleElement()
                .satisfies(scope -> assertThat(scope.side()).isEqualTo(Side.RUSSIA));
        assertThat(sides.description().relativeTo()).singleElement()
                .satisfies(scope -> assertThat(scope.side()).isEqualTo(Side.UKRAINE));
    }

    @Test
    void sharesOfTheListedCategoriesAndWhichWereReported() {
        TestClaims claims = new TestClaims().total("tanks", DAY_36, 10).total("armored_vehicles", DAY_36, 30)
                .total("artillery", DAY_36, 60).total("tanks", DAY_36.plusDays(1), 12)
                .total("armored_vehicles", DAY_36.plusDays(1), 28);
        Table shares = Ratios.shares(claims.table(), category("tanks"), category("armored_vehicles"),
                category("artillery")).table();
        assertThat(shares.stringColumn("category").asList())
                .containsExactly("tanks", "armored_vehicles", "artillery", "tanks", "armored_vehicles");
        assertThat(shares.doubleColumn("share").asList()).containsExactly(0.1, 0.3, 0.6, 0.3, 0.7);
        assertThat(shares.intColumn("categories_reported").asList()).containsExactly(3, 3, 3, 2, 2);
        assertThatThrownBy(() -> Ratios.shares(claims.table(), category("tanks")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least two");
    }

    @Test
    void aSeriesWithSeveralPossiblePartnersIsRefusedByName() {
        TestClaims claims = new TestClaims().total("personnel", DAY_36, 17_500)
                .add(Claimant.UA_GENERAL_STAFF, Side.RUSSIA, "tanks", DAY_36, 614, Qualifier.EXACT, null, null,
                        Kind.CUMULATIVE, "a.json", "\"tank\": 614")
                .add(Claimant.UA_GENERAL_STAFF, Side.RUSSIA, "tanks", DAY_36, 615, Qualifier.EXACT, null, null,
                        Kind.CUMULATIVE, "b.json", "\"tank\": 615");
        assertThatThrownBy(() -> Ratios.between(claims.table(), category("personnel"), category("tanks")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ua-general-staff russia tanks (a.json)")
                .hasMessageContaining("ua-general-staff russia tanks (b.json)");
    }

    @Test
    void claimedCategoriesWithoutConfirmedCountsAreNamedAndLeftOut() {
        TestClaims claimed = new TestClaims().total("tanks", DAY_36, 614).total("personnel", DAY_36, 17_500);
        TestClaims confirmed = new TestClaims().add(Claimant.ORYX, Side.RUSSIA, "tanks", DAY_36.minusDays(2), 300,
                Qualifier.EXACT, null, null, Kind.CUMULATIVE, "daily_count.csv", "Tanks (Russia)",
                "Tanks (Russia): total 300");
        StatTable result = Ratios.claimedVsConfirmed(claimed.table(), confirmed.table());
        assertThat(result.table().rowCount()).isEqualTo(1);
        Row row = result.table().row(0);
        assertThat(row.getDouble("claimed_per_confirmed")).isEqualTo(614.0 / 300.0);
        assertThat(row.getInt("lag_days")).isEqualTo(2);
        assertThat(result.description().notes()).contains("Claimed categories without confirmed counts, left out: "
                + "personnel.");
    }
}
