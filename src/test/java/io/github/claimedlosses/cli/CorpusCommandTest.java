package io.github.claimedlosses.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimedlosses.ledger.TestCorpora;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code corpus IN... -o OUT}, through {@link Main#run}. */
class CorpusCommandTest {
    private static final String BULLETIN = "Losses of the enemy from 24.02.22 to 14.09.23:\ntanks – 4,599 (+15)\n"
            + "MLRS ‒ 769 (+3)\n";

    @TempDir
    Path folder;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String json(String url, String published, String text) {
        return "{\"url\": \"" + url + "\", \"published\": \"" + published + "\", \"text\": \""
                + text.replace("\n", "\\n") + "\"}\n";
    }

    @Test
    void jsonLinesGiveClaimsALedgerAndTheConflictOfATypo() throws IOException {
        Path corpus = write("news.jsonl", json("https://a.example/1", "2023-09-14", BULLETIN)
                + json("https://b.example/2", "2023-09-15", BULLETIN)
                + json("https://c.example/3", "2023-09-14T22:10:00+03:00", BULLETIN.replace("4,599", "4,959")));
        Path out = folder.resolve("out");
        assertThat(run("corpus", corpus.toString(), "-o", out.toString())).isEqualTo(ExitCode.OK);
        assertThat(err.toString()).isEmpty();
        assertThat(this.out.toString()).contains("extracted 3 documents").contains("ledger: 4 entries of 1 claimants, 1 "
                + "stated with different values");
        List<String> claims = Files.readAllLines(out.resolve("claims.csv"));
        assertThat(claims).hasSize(1 + 3 * 4);
        assertThat(claims.get(1)).isEqualTo("2023-09-14,568,ua-general-staff,russia,tanks,4599,exact,,,cumulative,"
                + "https://a.example/1,offset " + BULLETIN.indexOf("4,599") + ",\"tanks – 4,599 (+15)\",");
        assertThat(Files.readAllLines(out.resolve("ledger.csv"))).contains(
                "ua-general-staff,russia,tanks,2023-09-14,568,cumulative,4599,exact,2,3,https://a.example/1,2023-09-14,"
                        + "offset " + BULLETIN.indexOf("4,599") + ",https://b.example/2,2023-09-15,4959 (1 document)");
        assertThat(Files.readAllLines(out.resolve("conflicts.csv"))).containsExactly(
                "claimant,side,category,date,day,kind,value,documents,ledger_value,first_source,first_published,"
                        + "dataset_value,agrees_with_dataset",
                "ua-general-staff,russia,tanks,2023-09-14,568,cumulative,4599,2,true,https://a.example/1,2023-09-14,,",
                "ua-general-staff,russia,tanks,2023-09-14,568,cumulative,4959,1,false,https://c.example/3,2023-09-14,,");
        assertThat(Files.readAllLines(out.resolve("series/ua-general-staff.csv"))).hasSize(1 + 4);
    }

    @Test
    void csvWithOtherColumnNamesAndAFolderOfTextAndHtml() throws IOException {
        Path csv = write("news.csv", "link,body,date\nhttps://a.example/1,\"" + BULLETIN + "\",2023-09-14\n");
        Path articles = Files.createDirectories(folder.resolve("articles"));
        Files.writeString(articles.resolve("b.html"), "<html><body><h1>Update</h1><p>Losses of the enemy from "
                + "24.02.22 to 14.09.23:</p><ul><li>tanks – 4,599 (+15)</li><li>MLRS ‒ 769 (+3)</li></ul>"
                + "<script>tanks = 1</script></body></html>");
        Path out = folder.resolve("out");
        assertThat(run("corpus", csv.toString(), articles.toString(), "-o", out.toString(), "--text-column", "body",
                "--url-column", "link", "--published-column", "date")).isEqualTo(ExitCode.OK);
        assertThat(err.toString()).isEmpty();
        // The page has no date of publication: the dated record is both the first and the latest source.
        assertThat(Files.readAllLines(out.resolve("ledger.csv"))).contains(
                "ua-general-staff,russia,tanks,2023-09-14,568,cumulative,4599,exact,2,2,https://a.example/1,2023-09-14,"
                        + "offset 55,https://a.example/1,2023-09-14,");
        assertThat(Files.readAllLines(out.resolve("claims.csv"))).anySatisfy(row -> assertThat(row).startsWith(
                "2023-09-14,568,ua-general-staff,russia,mlrs,769,exact,,,cumulative,articles/b.html,offset "));
    }

    @Test
    void aBadRecordStopsTheRunWithOneLineAndNothingWritten() throws IOException {
        Path corpus = write("news.jsonl", json("https://a.example/1", "2023-09-14", BULLETIN)
                + "{\"url\": \"https://b.example/2\", \"published\": \"14 Sept\", \"text\": \"tanks\"}\n"
                + "not json\n");
        Path out = folder.resolve("out");
        assertThat(run("corpus", corpus.toString(), "-o", out.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("claimed-losses: news.jsonl: line 2: \"published\" is \"14 Sept\", "
                + "expected a date as YYYY-MM-DD or an ISO date-time" + System.lineSeparator());
        assertThat(out).doesNotExist();
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(path -> path.getFileName().toString())).containsExactly("news.jsonl");
        }
    }

    @Test
    void lenientSkipsEachBadRecordWithOneLine() throws IOException {
        Path corpus = write("news.jsonl", json("https://a.example/1", "2023-09-14", BULLETIN)
                + "{\"url\": \"https://b.example/2\", \"published\": \"14 Sept\", \"text\": \"tanks\"}\n"
                + "not json\n\n{\"url\": \"https://c.example/3\"}\n[1, 2]\n");
        Path out = folder.resolve("out");
        assertThat(run("corpus", corpus.toString(), "-o", out.toString(), "--lenient")).isEqualTo(ExitCode.OK);
        assertThat(err.toString().lines().collect(Collectors.toList())).containsExactly(
                "claimed-losses: skipped news.jsonl: line 2: \"published\" is \"14 Sept\", expected a date as "
                        + "YYYY-MM-DD or an ISO date-time",
                "claimed-losses: skipped news.jsonl: line 3: not JSON: Unrecognized token 'not': was expecting "
                        + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                "claimed-losses: skipped news.jsonl: line 5: no \"text\" field; every record needs the article's text",
                "claimed-losses: skipped news.jsonl: line 6: expected a JSON object with a \"text\" field, found array");
        assertThat(this.out.toString()).contains("skipped records: 4");
        assertThat(Files.readAllLines(out.resolve("claims.csv"))).hasSize(1 + 4);
    }

    @Test
    void inputsOfNoCorpusKindAreBadInput() throws IOException {
        Path other = write("news.pdf", "%PDF-1.4");
        assertThat(run("corpus", other.toString(), "-o", folder.resolve("out").toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).startsWith("claimed-losses: news.pdf: not a corpus: expected a folder of articles");
        Path csv = write("news.csv", "url,title\nhttps://a.example/1,Tanks\n");
        assertThat(run("corpus", csv.toString(), "-o", folder.resolve("out").toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).startsWith("claimed-losses: news.csv: line 1: no \"text\" column in the header "
                + "[url, title]");
        assertThat(run("corpus", folder.resolve("missing.jsonl").toString(), "-o", folder.resolve("out").toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void theOutputsAreTheSameBytesWithOneThreadOrFour() throws IOException {
        Path corpus = folder.resolve("generated.jsonl");
        TestCorpora.writeJsonLines(1_000, corpus);
        Path one = folder.resolve("one");
        Path four = folder.resolve("four");
        assertThat(run("corpus", corpus.toString(), "-o", one.toString(), "--threads", "1")).isEqualTo(ExitCode.OK);
        assertThat(run("corpus", corpus.toString(), "-o", four.toString(), "--threads", "4")).isEqualTo(ExitCode.OK);
        for (String name : List.of("claims.csv", "warnings.csv", "ledger.csv", "conflicts.csv",
                "series/ua-general-staff.csv", "series/ru-mod.csv", "series/ua-mod.csv")) {
            assertThat(Files.readAllBytes(four.resolve(name))).as(name).isEqualTo(Files.readAllBytes(one.resolve(name)));
        }
        // Two typos are planted in the first 1,000 documents: each conflict has a row per value.
        assertThat(Files.readAllLines(one.resolve("conflicts.csv"))).hasSize(1 + 2 * 2);
    }
}
