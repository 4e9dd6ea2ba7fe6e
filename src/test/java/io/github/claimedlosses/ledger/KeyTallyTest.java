package io.github.claimedlosses.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimedlosses.model.Qualifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link KeyTally}: the same values, first and latest sources whatever the order and split of the documents. */
class KeyTallyTest {
    private static SourceRef source(String document, String published) {
        return new SourceRef(document, published == null ? null : LocalDate.parse(published), "offset 10");
    }

    @Test
    void theMostStatedValueLeadsAndCarriesItsFirstAndLatestSource() {
        KeyTally tally = new KeyTally()
                .add(4599, Qualifier.EXACT, source("https://b.example", "2023-09-15"))
                .add(4559, Qualifier.EXACT, source("https://c.example", "2023-09-14"))
                .add(4599, Qualifier.ABOUT, source("https://a.example", "2023-09-14"))
                .add(4599, Qualifier.EXACT, source("https://z.example", null));
        List<StatedValue> values = tally.values();
        assertThat(values).extracting(StatedValue::value).containsExactly(4599.0, 4559.0);
        StatedValue leading = values.get(0);
        assertThat(leading.documents()).isEqualTo(3);
        assertThat(leading.first().document()).isEqualTo("https://a.example");
        assertThat(leading.qualifier()).isEqualTo(Qualifier.ABOUT);
        assertThat(leading.latest().document()).isEqualTo("https://b.example");
        assertThat(values.get(1).toString()).isEqualTo("4559 (1 document)");
    }

    @Test
    void aTieGoesToTheValueStatedFirst() {
        KeyTally tally = new KeyTally()
                .add(10, Qualifier.EXACT, source("https://b.example", "2023-09-15"))
                .add(12, Qualifier.EXACT, source("https://a.example", "2023-09-14"));
        assertThat(tally.values()).extracting(StatedValue::value).containsExactly(12.0, 10.0);
    }

    @Test
    void anyOrderAndAnySplitGiveTheSameValues() {
        List<Object[]> statements = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            statements.add(new Object[] {(double) (100 + i % 4), source("doc-" + (i * 7 % 60),
                    i % 5 == 0 ? null : "2024-01-" + String.format("%02d", 1 + i % 28))});
        }
        List<StatedValue> expected = tally(statements, 1);
        Random random = new Random(42);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(statements, random);
            assertThat(tally(statements, 1 + random.nextInt(7))).isEqualTo(expected);
        }
    }

    /** The statements tallied in {@code parts} separate tallies, merged. */
    private static List<StatedValue> tally(List<Object[]> statements, int parts) {
        List<KeyTally> tallies = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            tallies.add(new KeyTally());
        }
        for (int i = 0; i < statements.size(); i++) {
            Object[] statement = statements.get(i);
            tallies.get(i % parts).add((Double) statement[0], Qualifier.EXACT, (SourceRef) statement[1]);
        }
        KeyTally merged = new KeyTally();
        tallies.forEach(merged::merge);
        return merged.values();
    }
}
