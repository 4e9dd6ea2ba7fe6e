package io.github.claimedlosses.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimedlosses.corpus.BadRecords;
import io.github.claimedlosses.corpus.Corpus;
import io.github.claimedlosses.corpus.CorpusColumns;
import io.github.claimedlosses.export.ClaimsCsvWriter;
import io.github.claimedlosses.ledger.ReferenceFigures;
import io.github.claimedlosses.ledger.TestCorpora;
import io.github.claimedlosses.ledger.run.CorpusRun;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.ClaimSchema;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Provenance;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.model.Taxonomy;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The Spark job in local mode against the one-machine run on the same generated corpus: exactly the same claims and
 * the same ledger, read back from the Parquet the job wrote.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusJobTest {
    private static final int DOCUMENTS = 1_500;

    @TempDir
    Path folder;

    private SparkSession spark;

    @BeforeAll
    void start() {
        spark = CorpusJob.session("local[2]");
        spark.sparkContext().setLogLevel("ERROR");
    }

    @AfterAll
    void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void jsonLinesGiveTheClaimsAndTheLedgerOfTheOneMachineRun() throws IOException {
        Path corpus = folder.resolve("articles.jsonl");
        TestCorpora.writeJsonLines(DOCUMENTS, corpus);
        Path oneMachine = folder.resolve("one-machine");
        CorpusRun.Summary summary = new CorpusRun(io.github.claimedlosses.extract.TextExtractor.standard(), 2)
                .writeTo(oneMachine, Corpus.of(List.of(corpus), CorpusColumns.standard()), BadRecords.strict(),
                        ReferenceFigures.none(), io.github.claimedlosses.ledger.run.CorpusProgress.none());

        String out = folder.resolve("spark").toString();
        new CorpusJob(CorpusColumns.standard(), false).run(spark, corpus.toString(), CorpusJob.Format.JSONL, out);

        List<String> sparkClaims = claimLines(spark.read().parquet(out + "/claims").collectAsList());
        List<String> machineClaims = Files.readAllLines(oneMachine.resolve("claims.csv"), StandardCharsets.UTF_8);
        machineClaims = machineClaims.subList(1, machineClaims.size());
        assertThat(sparkClaims).hasSize((int) summary.claims()).isNotEmpty();
        assertThat(sorted(sparkClaims)).isEqualTo(sorted(machineClaims));

        List<List<String>> sparkLedger = ledgerRows(spark.read().parquet(out + "/ledger").collectAsList());
        List<List<String>> machineLedger = tableRows(summary.ledger().table());
        assertThat(sparkLedger).hasSize(summary.ledger().entries().size());
        assertThat(sortedRows(sparkLedger)).isEqualTo(sortedRows(machineLedger));
        assertThat(machineLedger.stream().filter(row -> !row.get(row.size() - 1).isEmpty())).isNotEmpty();

        assertThat(Files.list(Path.of(out, "ledger-csv")).map(path -> path.getFileName().toString()))
                .contains("date=" + TestCorpora.FIRST_DATE);
    }

    @Test
    void aFolderOfTextAndHtmlGivesTheClaimsOfTheOneMachineRun() throws IOException {
        Path articles = folder.resolve("news");
        Files.createDirectories(articles.resolve("2023"));
        Files.copy(Path.of("seeds/2023-09-14-general-staff-bulletin-en.txt"),
                articles.resolve("2023/bulletin-en.txt"));
        Files.writeString(articles.resolve("statement.html"), "<html><head><title>Statement</title>"
                + "<meta property=\"article:published_time\" content=\"2023-09-15T10:00:00+03:00\"></head><body>"
                + "<p>The Russian Defence Ministry said its forces had destroyed 315 Ukrainian aircraft.</p>"
                + "<script>var x = 5;</script></body></html>");
        Files.writeString(articles.resolve("notes.bin"), "not an article");
        Path oneMachine = folder.resolve("folder-one-machine");
        CorpusRun.Summary summary = new CorpusRun(io.github.claimedlosses.extract.TextExtractor.standard(), 2)
                .writeTo(oneMachine, Corpus.of(List.of(articles), CorpusColumns.standard()), BadRecords.strict(),
                        ReferenceFigures.none(), io.github.claimedlosses.ledger.run.CorpusProgress.none());
        String out = folder.resolve("folder-spark").toString();
        new CorpusJob(CorpusColumns.standard(), false).run(spark, articles.toString(), CorpusJob.Format.TEXT, out);

        List<String> sparkClaims = claimLines(spark.read().parquet(out + "/claims").collectAsList());
        List<String> machineClaims = Files.readAllLines(oneMachine.resolve("claims.csv"), StandardCharsets.UTF_8);
        assertThat(summary.documents()).isEqualTo(2);
        assertThat(sorted(sparkClaims)).isEqualTo(sorted(machineClaims.subList(1, machineClaims.size())));
        assertThat(sparkClaims).anySatisfy(line -> assertThat(line)
                .startsWith("2023-09-15,569,ru-mod,ukraine,aircraft,315,exact,,,cumulative,news/statement.html,"));
        assertThat(sparkClaims).anySatisfy(line -> assertThat(line).contains(",news/2023/bulletin-en.txt,"));
    }

    /** Rows of the claims Parquet as lines of the claims CSV. */
    private static List<String> claimLines(List<Row> rows) {
        Taxonomy taxonomy = Taxonomy.standard();
        List<Claim> claims = new ArrayList<>();
        for (Row row : rows) {
            claims.add(new Claim(row.getAs(ClaimSchema.DATE), row.getAs(ClaimSchema.DAY),
                    Claimant.fromId(row.getAs(ClaimSchema.CLAIMANT)), Side.fromId(row.getAs(ClaimSchema.SIDE)),
                    taxonomy.category(row.getAs(ClaimSchema.CATEGORY)), row.<Double>getAs(ClaimSchema.VALUE),
                    Qualifier.fromId(row.getAs(ClaimSchema.QUALIFIER)), row.getAs(ClaimSchema.LOW),
                    row.getAs(ClaimSchema.HIGH), Kind.fromId(row.getAs(ClaimSchema.KIND)),
                    new Provenance(row.getAs(ClaimSchema.SOURCE), row.getAs(ClaimSchema.LOCATION),
                            row.getAs(ClaimSchema.QUOTE), row.getAs(ClaimSchema.ITEM))));
        }
        StringWriter csv = new StringWriter();
        ClaimsCsvWriter.write(claims, csv);
        List<String> lines = new ArrayList<>(Arrays.asList(csv.toString().split("\n")));
        return lines.subList(1, lines.size());
    }

    /** Rows of the ledger Parquet as text cells in the ledger table's column order. */
    private static List<List<String>> ledgerRows(List<Row> rows) {
        List<String> names = SparkRowsAccess.ledgerColumns();
        List<List<String>> cells = new ArrayList<>();
        for (Row row : rows) {
            List<String> line = new ArrayList<>();
            for (String name : names) {
                line.add(text(row.getAs(name)));
            }
            cells.add(line);
        }
        return cells;
    }

    private static List<List<String>> tableRows(Table table) {
        List<List<String>> cells = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            List<String> line = new ArrayList<>();
            for (Column<?> column : table.columns()) {
                line.add(column.isMissing(r) ? "" : text(column.get(r)));
            }
            cells.add(line);
        }
        return cells;
    }

    private static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Number && !(cell instanceof Integer) && !(cell instanceof Long)) {
            return Claim.format(((Number) cell).doubleValue());
        }
        if (cell instanceof java.sql.Date) {
            return ((java.sql.Date) cell).toLocalDate().toString();
        }
        return cell.toString();
    }

    private static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().collect(Collectors.toList());
    }

    private static List<String> sortedRows(List<List<String>> rows) {
        return rows.stream().map(row -> String.join("\u0001", row)).sorted().collect(Collectors.toList());
    }

}
