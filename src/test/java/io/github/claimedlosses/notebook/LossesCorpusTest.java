package io.github.claimedlosses.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimedlosses.ledger.TestCorpora;
import io.github.claimedlosses.model.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** {@link Losses#corpus}: a news corpus's ledger as a table. */
class LossesCorpusTest {
    @TempDir
    Path folder;

    @Test
    void theLedgerOfAGeneratedCorpus() {
        Path corpus = folder.resolve("news.jsonl");
        TestCorpora.writeJsonLines(500, corpus);
        Table ledger = Losses.corpus(corpus);
        assertThat(ledger.name()).isEqualTo("news ledger");
        // Two dates: 14 General Staff categories with totals and increments, three Russian and two Ukrainian
        // ministry figures.
        assertThat(ledger.rowCount()).isEqualTo(2 * (14 * 2 + 3 + 2));
        assertThat(ledger.columnNames()).startsWith("claimant", "side", "category", "date", "day", "kind", "value");
        Table russian = ledger.where(ledger.stringColumn("claimant").isEqualTo("ru-mod")
                .and(ledger.stringColumn("category").isEqualTo("tanks")));
        assertThat(russian.doubleColumn("value").asList()).containsExactly(12_000.0, 12_008.0);
        assertThat(russian.longColumn("documents").asList()).containsExactly(30L, 30L);
    }

    @Test
    void aBadRecordIsOneLine() throws Exception {
        Path corpus = Files.writeString(folder.resolve("news.jsonl"), "{\"title\": \"no text\"}\n");
        assertThatThrownBy(() -> Losses.corpus(corpus)).isInstanceOf(BadInputException.class)
                .hasMessage("news.jsonl: line 1: no \"text\" field; every record needs the article's text");
    }
}
