package io.github.claimedlosses.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimedlosses.extract.DocumentInfo;
import io.github.claimedlosses.extract.TextExtractor;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.table.ClaimTable;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/** Running totals are assembled from the items of the claims' provenance, never from their quotes. */
class TotalsItemTest {
    private static final LocalDate MARCH_31 = LocalDate.of(2022, 3, 31);

    @Test
    void twoSentencesOfOneDocumentStatingOneFigureCountItOnce() {
        String text = "KYIV, 31 March 2022. As of 31 March, Russia has lost 600 tanks, the General Staff said.\n\n"
                + "According to the General Staff, as of 31 March Russia had lost 600 tanks in the war.\n";
        List<Claim> claims = TextExtractor.standard().extract(text, DocumentInfo.named("twice.txt")).claims()
                .stream().filter(claim -> claim.category().id().equals("tanks")).toList();
        assertThat(claims).hasSize(2).allSatisfy(claim -> {
            assertThat(claim.value()).isEqualTo(600);
            assertThat(claim.date()).isEqualTo(MARCH_31);
            assertThat(claim.provenance().isWhole()).isTrue();
        });
        assertThat(claims.get(0).provenance().location()).isNotEqualTo(claims.get(1).provenance().location());

        Table totals = Trends.totals(ClaimTable.of(claims)).table();
        assertThat(totals.rowCount()).isEqualTo(1);
        Row row = totals.row(0);
        assertThat(row.getDouble("total")).isEqualTo(600);
        assertThat(row.getInt("parts")).isEqualTo(1);
        assertThat(row.isMissing("total_low")).isTrue();
    }

    @Test
    void wholeFiguresThatDisagreeGiveTheLargestWithBothAsBounds() {
        TestClaims claims = new TestClaims()
                .add(Claimant.UA_MOD, Side.RUSSIA, "tanks", MARCH_31, 600, Qualifier.EXACT, null, null,
                        Kind.CUMULATIVE, "a.txt", "600 tanks")
                .add(Claimant.UA_MOD, Side.RUSSIA, "tanks", MARCH_31, 610, Qualifier.EXACT, null, null,
                        Kind.CUMULATIVE, "a.txt", "610 tanks");
        Row row = Trends.totals(claims.table()).table().row(0);
        assertThat(row.getDouble("total")).isEqualTo(610);
        assertThat(row.getDouble("total_low")).isEqualTo(600);
        assertThat(row.getDouble("total_high")).isEqualTo(610);
        assertThat(row.getInt("parts")).isEqualTo(1);
    }

    @Test
    void itemsAddUpWhateverTheQuotesSay() {
        // Quotes that share their words up to ": " belonged to one part when parts were cut out of quotes.
        TestClaims claims = new TestClaims()
                .add(Claimant.ORYX, Side.RUSSIA, "armored_vehicles", MARCH_31, 10, Qualifier.EXACT, null, null,
                        Kind.CUMULATIVE, "daily_count.csv", "Infantry Fighting Vehicles (Russia)", "Russia: 10")
                .add(Claimant.ORYX, Side.RUSSIA, "armored_vehicles", MARCH_31, 5, Qualifier.EXACT, null, null,
                        Kind.CUMULATIVE, "daily_count.csv", "Armoured Personnel Carriers (Russia)", "Russia: 5");
        Row row = Trends.totals(claims.table()).table().row(0);
        assertThat(row.getDouble("total")).isEqualTo(15);
        assertThat(row.getInt("parts")).isEqualTo(2);
        assertThat(row.getString("part_names"))
                .isEqualTo("Armoured Personnel Carriers (Russia) + Infantry Fighting Vehicles (Russia)");
    }
}
