package io.github.claimedlosses.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;

import io.github.claimedlosses.corpus.ArticleFiles;
import io.github.claimedlosses.corpus.CorpusColumns;
import io.github.claimedlosses.corpus.CorpusDocument;
import io.github.claimedlosses.corpus.CorpusFormat;
import io.github.claimedlosses.corpus.CorpusRecords;
import io.github.claimedlosses.corpus.DocumentIds;
import io.github.claimedlosses.extract.TextExtractor;
import io.github.claimedlosses.ledger.DocumentClaims;
import io.github.claimedlosses.ledger.KeyTally;
import io.github.claimedlosses.ledger.LedgerBuilder;
import io.github.claimedlosses.ledger.LedgerEntry;
import io.github.claimedlosses.ledger.LedgerKey;
import io.github.claimedlosses.model.BadInputException;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.ClaimSchema;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.model.Taxonomy;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * The corpus run as a Spark job: the same documents ({@link CorpusRecords}, {@link ArticleFiles}, {@link DocumentIds}),
 * the same extraction ({@link DocumentClaims}) and the same ledger ({@link LedgerBuilder#contributions},
 * {@link KeyTally}, {@link LedgerEntry}) as the one-machine {@code corpus} command, so both give the same claims and
 * ledger. The job is only the plumbing: reading, a flat map over documents, a group by ledger key, writing.
 */
public final class CorpusJob implements Serializable {
    private static final long serialVersionUID = 1L;

    /** How the job reads its input. */
    public enum Format {
        /** JSON Lines: one article object per line. */
        JSONL,
        /** CSV with a header row, one article per record (quoted texts may span lines). */
        CSV,
        /** Parquet with a text column. */
        PARQUET,
        /** A folder of article files ({@code .txt}, {@code .md}, {@code .html}), read recursively. */
        TEXT;

        /** The format named {@code name} (case-insensitive). */
        public static Format of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    /** What the job read and wrote. */
    public record Result(Dataset<Row> claims, Dataset<Row> ledger, long skipped) {
    }

    private final CorpusColumns columns;
    private final boolean lenient;

    /**
     * @param columns which fields of the input hold the text, URL, ...
     * @param lenient skip bad records (counted) instead of failing the job
     */
    public CorpusJob(CorpusColumns columns, boolean lenient) {
        this.columns = columns;
        this.lenient = lenient;
    }

    /** A Spark session as the job needs it (Java 8 dates in rows), for a given master or the one spark-submit set. */
    public static SparkSession session(String master) {
        SparkSession.Builder builder = SparkSession.builder().appName("claimed-losses corpus")
                .config("spark.sql.datetime.java8API.enabled", "true")
                .config("spark.ui.enabled", "false");
        if (master != null) {
            builder.master(master);
            if (master.startsWith("local")) {
                // One machine: stay on the loopback interface, and a few shuffle partitions rather than 200.
                builder.config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "localhost")
                        .config("spark.sql.shuffle.partitions", "8");
            }
        }
        return builder.getOrCreate();
    }

    /**
     * Reads {@code input}, extracts and builds the ledger, and writes {@code OUT/claims} and {@code OUT/ledger}
     * (Parquet) and {@code OUT/claims-csv} and {@code OUT/ledger-csv} (CSV with a header), each partitioned by as-of
     * date, replacing what was there.
     */
    public Result run(SparkSession spark, String input, Format format, String output) {
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
        LongAccumulator skipped = spark.sparkContext().longAccumulator("skipped records");
        Dataset<Row> extracted = extract(read(spark, input, format), format, rootOf(spark, input), skipped)
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> claims = extracted.select(ClaimSchema.COLUMNS.stream().map(name -> col(name))
                .toArray(Column[]::new));
        Dataset<Row> ledger = ledger(extracted);
        write(claims, output + "/claims", output + "/claims-csv");
        write(ledger, output + "/ledger", output + "/ledger-csv");
        extracted.unpersist();
        return new Result(claims, ledger, skipped.value());
    }

    /** The input as rows of the standard columns (text, url, title, published, language, id) plus the input's name. */
    Dataset<Row> read(SparkSession spark, String input, Format format) {
        String mode = lenient ? "DROPMALFORMED" : "FAILFAST";
        Dataset<Row> raw;
        switch (format) {
            case JSONL:
                raw = spark.read().option("mode", mode).json(input);
                break;
            case CSV:
                raw = spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
                        .option("mode", mode).csv(input);
                break;
            case PARQUET:
                raw = spark.read().parquet(input);
                break;
            case TEXT:
                return spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(input)
                        .select(col("path"), col("content"));
            default:
                throw new IllegalStateException("unknown format " + format);
        }
        Set<String> present = new HashSet<>(Arrays.asList(raw.columns()));
        if (!present.contains(columns.text())) {
            throw new BadInputException(input, "", "no \"" + columns.text() + "\" column; the input has "
                    + present);
        }
        CorpusColumns standard = CorpusColumns.standard();
        List<Column> selected = new ArrayList<>();
        String[][] pairs = {{columns.text(), standard.text()}, {columns.url(), standard.url()},
            {columns.title(), standard.title()}, {columns.published(), standard.published()},
            {columns.language(), standard.language()}, {columns.id(), standard.id()}};
        for (String[] pair : pairs) {
            selected.add((present.contains(pair[0]) ? col(pair[0]).cast("string") : lit(null).cast("string"))
                    .as(pair[1]));
        }
        selected.add(input_file_name().as("input"));
        return raw.select(selected.toArray(new Column[0]));
    }

    private Dataset<Row> extract(Dataset<Row> documents, Format format, String root, LongAccumulator skipped) {
        boolean files = format == Format.TEXT;
        String rootName = root.substring(root.lastIndexOf('/') + 1);
        boolean skipBad = lenient;
        FlatMapFunction<Row, Row> perDocument = row -> {
            CorpusDocument document;
            try {
                document = files ? file(row, root, rootName) : record(row);
                if (document == null) {
                    return Collections.emptyIterator();
                }
            } catch (BadInputException e) {
                if (skipBad) {
                    skipped.add(1);
                    return Collections.emptyIterator();
                }
                throw e;
            }
            return rows(DocumentClaims.of(document, TextExtractor.standard()));
        };
        return documents.flatMap(perDocument, Encoders.row(SparkRows.EXTRACTED));
    }

    private static CorpusDocument file(Row row, String root, String rootName) {
        String path = row.getAs("path");
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (!CorpusFormat.isArticleFile(name) || !path.startsWith(root + "/")) {
            return null;
        }
        String relative = path.substring(root.length() + 1);
        if (Arrays.stream(relative.split("/")).anyMatch(part -> part.startsWith("."))) {
            return null;
        }
        return ArticleFiles.document(DocumentIds.ofFile(rootName, relative), row.getAs("content"),
                CorpusFormat.isHtml(name));
    }

    private CorpusDocument record(Row row) {
        String input = row.getAs("input");
        String name = input.substring(input.lastIndexOf('/') + 1);
        String url = row.getAs("url");
        String id = row.getAs("id");
        String where = "record " + (id != null ? "with id " + id : url != null ? "with url " + url : "");
        CorpusColumns standard = CorpusColumns.standard();
        return CorpusRecords.document(name, where.strip(), field -> row.getAs(field), standard);
    }

    private static Iterator<Row> rows(DocumentClaims document) {
        Set<Object> counted = new HashSet<>();
        for (LedgerBuilder.Contribution contribution : LedgerBuilder.contributions(document)) {
            counted.add(List.of(contribution.key(), contribution.value(), contribution.source().location()));
        }
        List<Row> rows = new ArrayList<>(document.claims().size());
        for (Claim claim : document.claims()) {
            boolean counts = claim.date() != null
                    && counted.remove(List.of(LedgerKey.of(claim), claim.value(), claim.provenance().location()));
            rows.add(SparkRows.extracted(claim, document.published(), counts));
        }
        return rows.iterator();
    }

    private static Dataset<Row> ledger(Dataset<Row> extracted) {
        MapFunction<Row, String> key = row -> keyOf(row).text();
        MapFunction<Tuple2<String, KeyTally>, Row> entry = pair -> SparkRows.ledger(
                LedgerEntry.of(LedgerKey.parse(pair._1(), Taxonomy.standard()), pair._2()));
        return extracted.filter(col(SparkRows.COUNTS))
                .groupByKey(key, Encoders.STRING())
                .agg(new TallyAggregator().toColumn())
                .map(entry, Encoders.row(SparkRows.LEDGER));
    }

    private static LedgerKey keyOf(Row row) {
        return new LedgerKey(Claimant.fromId(row.getAs(ClaimSchema.CLAIMANT)), Side.fromId(row.getAs(ClaimSchema.SIDE)),
                Taxonomy.standard().category(row.getAs(ClaimSchema.CATEGORY)),
                row.<LocalDate>getAs(ClaimSchema.DATE), Kind.fromId(row.getAs(ClaimSchema.KIND)));
    }

    private static void write(Dataset<Row> rows, String parquet, String csv) {
        rows.write().mode(SaveMode.Overwrite).partitionBy(ClaimSchema.DATE).parquet(parquet);
        rows.write().mode(SaveMode.Overwrite).partitionBy(ClaimSchema.DATE).option("header", "true").csv(csv);
    }

    /** The input folder's qualified path, as binaryFile reports its files' paths. */
    private static String rootOf(SparkSession spark, String input) {
        try {
            org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(input);
            String qualified = path.getFileSystem(spark.sparkContext().hadoopConfiguration()).makeQualified(path)
                    .toString();
            return qualified.endsWith("/") ? qualified.substring(0, qualified.length() - 1) : qualified;
        } catch (java.io.IOException e) {
            throw new BadInputException(input, "", "cannot be read: " + e.getMessage());
        }
    }
}
