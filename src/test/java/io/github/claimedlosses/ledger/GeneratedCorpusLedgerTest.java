package io.github.claimedlosses.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimedlosses.corpus.BadRecords;
import io.github.claimedlosses.ledger.run.CorpusRun;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * 100,000 generated documents in English and Ukrainian, with known figures and planted typos, through the
 * one-machine run: the ledger holds exactly the keys and values the fixture predicts, and the conflicts exactly
 * the planted typos.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedCorpusLedgerTest {
    private static final int DOCUMENTS = 100_000;

    private NewsCorpusFixture fixture;
    private CorpusRun.Summary summary;

    @BeforeAll
    void run() {
        fixture = new NewsCorpusFixture(DOCUMENTS);
        summary = CorpusRun.standard().ledger(fixture.stream(), BadRecords.strict());
    }

    @Test
    void everyDocumentIsReadAndEveryFigureDated() {
        assertThat(summary.documents()).isEqualTo(DOCUMENTS);
        assertThat(summary.undated()).isZero();
        assertThat(summary.warnings()).isZero();
    }

    @Test
    void theLedgerHoldsExactlyThePredictedKeysValuesAndDocumentCounts() {
        Map<LedgerKey, Map<Double, Long>> actual = new HashMap<>();
        for (LedgerEntry entry : summary.ledger().entries()) {
            Map<Double, Long> values = new HashMap<>();
            entry.values().forEach(value -> values.put(value.value(), value.documents()));
            actual.put(entry.key(), values);
        }
        Map<LedgerKey, Map<Double, Long>> expected = fixture.expected();
        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(actual).isEqualTo(expected);
        assertThat(summary.ledger().entries()).hasSize(400 * (14 * 2 + 3 + 2));
    }

    @Test
    void theLedgerValueIsTheTrueFigureAndTheTyposAreTheOtherValues() {
        ReferenceFigures truth = fixture.reference();
        for (LedgerEntry entry : summary.ledger().entries()) {
            truth.valueFor(entry.key()).ifPresent(value -> assertThat(entry.value()).as(entry.key().text())
                    .isEqualTo(value));
        }
        Set<NewsCorpusFixture.Typo> others = new HashSet<>();
        summary.ledger().entries().forEach(entry -> entry.others()
                .forEach(other -> others.add(new NewsCorpusFixture.Typo(entry.key(), other.value()))));
        assertThat(others).isEqualTo(fixture.typos());
    }

    @Test
    void theConflictsAreExactlyThePlantedTyposEachAgainstTheDataset() {
        Set<NewsCorpusFixture.Typo> planted = fixture.typos();
        assertThat(planted).hasSize(100 + 40);
        ReferenceFigures truth = fixture.reference();
        Set<NewsCorpusFixture.Typo> listed = new HashSet<>();
        for (Conflict conflict : summary.ledger().conflicts(truth)) {
            assertThat(conflict.values()).hasSize(2);
            StatedValue wrong = conflict.values().get(1);
            assertThat(wrong.documents()).isEqualTo(1);
            listed.add(new NewsCorpusFixture.Typo(conflict.key(), wrong.value()));
            if (conflict.key().claimant() == io.github.claimedlosses.model.Claimant.UA_GENERAL_STAFF) {
                assertThat(conflict.agreesWithReference(conflict.values().get(0))).contains(true);
                assertThat(conflict.agreesWithReference(wrong)).contains(false);
            } else {
                assertThat(conflict.reference()).isEmpty();
            }
        }
        assertThat(listed).isEqualTo(planted);
        assertThat(summary.ledger().conflictsTable(truth).rowCount()).isEqualTo(2 * planted.size());
    }
}
