package io.github.claimedlosses.extract.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.model.Side;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus loader on small corpora of its own: rows read as written, malformed ones named by file and line. */
class CorpusTest {
    private static final String INDEX = "file,language,published,style,losses\n";
    private static final String GOLD = "claimant,side,category,value,qualifier,low,high,kind,date\n";

    @TempDir
    Path root;

    private Corpus corpus(String index, String gold) throws IOException {
        Files.createDirectories(root.resolve("uk"));
        Files.writeString(root.resolve("index.csv"), INDEX + index, StandardCharsets.UTF_8);
        Files.writeString(root.resolve("uk/a.txt"), "танків ‒ 6534 (+8)\n", StandardCharsets.UTF_8);
        Files.writeString(root.resolve("uk/a.gold.csv"), gold, StandardCharsets.UTF_8);
        return Corpus.load(root);
    }

    @Test
    void readsTheIndexAndTheGoldRowsAsWritten() throws IOException {
        Corpus corpus = corpus("uk/a.txt,uk,2024-02-24,bulletin,yes\n", GOLD
                + "ua-general-staff,russia,tanks,6534,exact,,,cumulative,2024-02-24\n"
                + "uk-mod,russia,personnel,200000,range,180000,220000,estimate,\n");
        CorpusDocument document = corpus.documents().get(0);
        assertThat(document).isEqualTo(new CorpusDocument("uk/a.txt", "uk", LocalDate.of(2024, 2, 24), "bulletin",
                true));
        assertThat(document.goldFile()).isEqualTo("uk/a.gold.csv");
        assertThat(corpus.text(document)).startsWith("танків");
        assertThat(corpus.gold(document)).containsExactly(
                new Figure("ua-general-staff", Side.RUSSIA, "tanks", 6534, Qualifier.EXACT, null, null,
                        Kind.CUMULATIVE, LocalDate.of(2024, 2, 24), 0),
                new Figure("uk-mod", Side.RUSSIA, "personnel", 200000, Qualifier.RANGE, 180000.0, 220000.0,
                        Kind.ESTIMATE, null, 1));
    }

    @Test
    void aDatelessDocumentHasNoPublishedDate() throws IOException {
        Corpus corpus = corpus("uk/a.txt,uk,,bulletin,yes\n", GOLD);
        assertThat(corpus.documents().get(0).published()).isNull();
    }

    @Test
    void aBadGoldRowIsNamedByFileAndLine() throws IOException {
        Corpus corpus = corpus("uk/a.txt,uk,2024-02-24,bulletin,yes\n", GOLD
                + "ua-general-staff,russia,tanks,6534,exact,,,cumulative,2024-02-24\n"
                + "ua-general-staff,russia,panzers,8,exact,,,increment,2024-02-24\n");
        CorpusDocument document = corpus.documents().get(0);
        assertThatThrownBy(() -> corpus.gold(document)).hasMessageStartingWith("uk/a.gold.csv:3: ")
                .hasMessageContaining("panzers");
    }

    @Test
    void aNumberWithSeparatorsIsRefused() throws IOException {
        Corpus corpus = corpus("uk/a.txt,uk,2024-02-24,bulletin,yes\n", GOLD
                + "ua-general-staff,russia,tanks,6 534,exact,,,cumulative,2024-02-24\n");
        assertThatThrownBy(() -> corpus.gold(corpus.documents().get(0)))
                .hasMessage("uk/a.gold.csv:2: value \"6 534\" is not a plain number");
    }

    @Test
    void aWrongHeaderOrIndexRowIsRefused() throws IOException {
        Corpus corpus = corpus("uk/a.txt,uk,2024-02-24,bulletin,yes\n", "claimant,side,category,value\n");
        assertThatThrownBy(() -> corpus.gold(corpus.documents().get(0))).hasMessageStartingWith("uk/a.gold.csv:1: header");
        assertThatThrownBy(() -> corpus("ru/a.txt,uk,2024-02-24,bulletin,yes\n", GOLD))
                .hasMessage("index.csv:2: file \"ru/a.txt\" is not in folder uk");
        assertThatThrownBy(() -> corpus("uk/a.txt,uk,24.02.2024,bulletin,yes\n", GOLD))
                .hasMessageStartingWith("index.csv:2: date \"24.02.2024\"");
        assertThatThrownBy(() -> corpus("uk/a.txt,uk,2024-02-24,bulletin,maybe\n", GOLD))
                .hasMessage("index.csv:2: losses is \"maybe\", expected yes or no");
    }

    @Test
    void theCorpusOfTheTestsLoads() {
        List<CorpusDocument> documents = Corpus.load().documents();
        assertThat(documents).isNotEmpty();
        assertThat(documents).extracting(CorpusDocument::file).allMatch(file -> file.endsWith(".txt"));
    }
}
