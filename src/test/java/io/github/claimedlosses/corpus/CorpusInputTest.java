package io.github.claimedlosses.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimedlosses.model.BadInputException;
import io.github.claimedlosses.read.Strictness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus readers: folders, JSON Lines and CSV, each read lazily, in a fixed order. */
class CorpusInputTest {
    @TempDir
    Path folder;

    private static List<CorpusDocument> all(Corpus corpus, BadRecords badRecords) {
        List<CorpusDocument> documents = new ArrayList<>();
        try (DocumentStream stream = corpus.open(badRecords)) {
            for (CorpusDocument document; (document = stream.next()) != null; ) {
                documents.add(document);
            }
        }
        return documents;
    }

    @Test
    void aFolderIsReadInPathOrderPassingOverHiddenAndOtherFiles() throws IOException {
        Path news = Files.createDirectories(folder.resolve("news"));
        Files.createDirectories(news.resolve("b"));
        Files.createDirectories(news.resolve(".cache"));
        Files.writeString(news.resolve("c.md"), "third");
        Files.writeString(news.resolve("b/a.txt"), "second");
        Files.writeString(news.resolve("a.htm"), "<p>first</p>");
        Files.writeString(news.resolve(".hidden.txt"), "hidden");
        Files.writeString(news.resolve(".cache/x.txt"), "cached");
        Files.writeString(news.resolve("image.png"), "png");
        Corpus corpus = Corpus.of(List.of(news), CorpusColumns.standard());
        assertThat(all(corpus, BadRecords.strict())).extracting(CorpusDocument::id, CorpusDocument::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("news/a.htm", "first\n"),
                        org.assertj.core.groups.Tuple.tuple("news/b/a.txt", "second"),
                        org.assertj.core.groups.Tuple.tuple("news/c.md", "third"));
        assertThat(corpus.bytes()).isEqualTo(12 + 6 + 5);
    }

    @Test
    void csvRecordsMaySpanLinesAndBadOnesAreNamedByRecordAndLine() throws IOException {
        Path csv = Files.writeString(folder.resolve("news.csv"), "id,text,published\n"
                + "a-1,\"first line\nsecond line\",2023-09-14\n"
                + "a-2,,2023-09-14\n"
                + "a-3,text,2023-13-01\n"
                + "a-4,\"text, with a comma\",\n");
        List<BadInputException> skipped = new ArrayList<>();
        List<CorpusDocument> documents = all(Corpus.of(List.of(csv), CorpusColumns.standard()),
                new BadRecords(Strictness.LENIENT, skipped::add));
        assertThat(documents).extracting(CorpusDocument::id).containsExactly("a-1", "a-4");
        assertThat(documents.get(0).text()).isEqualTo("first line\nsecond line");
        assertThat(documents.get(0).published()).isEqualTo(LocalDate.of(2023, 9, 14));
        assertThat(documents.get(1).published()).isNull();
        assertThat(skipped).extracting(Throwable::getMessage).containsExactly(
                "news.csv: record 2 (line 4): \"text\" is empty",
                "news.csv: record 3 (line 5): \"published\" is \"2023-13-01\", expected a date as YYYY-MM-DD or an "
                        + "ISO date-time");
    }

    @Test
    void aRecordWithoutIdOrUrlIsNamedByItsInputAndADigestOfItsText() throws IOException {
        Path jsonl = Files.writeString(folder.resolve("news.jsonl"), "{\"text\": \"tanks\"}\n{\"text\": \"tanks\", "
                + "\"url\": \" https://a.example/1 \"}\n{\"text\": \"tanks\", \"id\": 17, \"url\": \"x\"}\n");
        List<CorpusDocument> documents = all(Corpus.of(List.of(jsonl), CorpusColumns.standard()),
                BadRecords.strict());
        assertThat(documents).extracting(CorpusDocument::id).containsExactly(
                DocumentIds.ofRecord("news.jsonl", null, null, "tanks"), "https://a.example/1", "17");
        assertThat(documents.get(0).id()).matches("news\\.jsonl#[0-9a-f]{12}");
        assertThat(documents.get(0).origin()).isEqualTo("news.jsonl: line 1");
    }

    @Test
    void notUtf8IsABadRecordOfItsLine() throws IOException {
        Path jsonl = folder.resolve("news.jsonl");
        Files.write(jsonl, new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', 'a', '"', '}', '\n',
            '{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xE9, '"', '}', '\n'});
        assertThatThrownBy(() -> all(Corpus.of(List.of(jsonl), CorpusColumns.standard()), BadRecords.strict()))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("news.jsonl: line 2: not UTF-8 text (byte 0xE9");
    }

    @Test
    void htmlKeepsBlocksAsLinesAndDropsScripts() {
        HtmlText page = HtmlText.of("<html><head><title> Losses </title><style>p{}</style>"
                + "<meta property=\"article:published_time\" content=\"2023-09-14T23:30:00-04:00\"></head>"
                + "<body><nav>Menu</nav><p>from 24.02.22 to 14.09.23:<br>tanks &ndash; 4 599 (+15)</p>"
                + "<ul><li>MLRS  -  769</li></ul><script>var tanks = 1;</script><pre>a\nb</pre></body></html>");
        assertThat(page.text()).isEqualTo("Menu\nfrom 24.02.22 to 14.09.23:\ntanks – 4 599 (+15)\n\nMLRS - 769\n\na\nb\n");
        assertThat(page.title()).isEqualTo("Losses");
        assertThat(page.published()).isEqualTo(LocalDate.of(2023, 9, 14));
    }
}
