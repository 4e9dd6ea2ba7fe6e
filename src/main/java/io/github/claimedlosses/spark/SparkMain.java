package io.github.claimedlosses.spark;

import io.github.claimedlosses.corpus.CorpusColumns;
import io.github.claimedlosses.model.BadInputException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The corpus job's entry point for {@code spark-submit --class io.github.claimedlosses.spark.SparkMain
 * target/claimed-losses.jar IN -o OUT [--format jsonl|csv|parquet|text]}. Exit statuses as the command line's: 3
 * for bad input, 1 for anything else.
 */
@Command(name = "claimed-losses-spark", mixinStandardHelpOptions = true,
        description = "The corpus command as a Spark job: claims and ledger as Parquet and CSV, partitioned by as-of "
                + "date, under OUT/claims, OUT/claims-csv, OUT/ledger, OUT/ledger-csv.")
public final class SparkMain implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "IN", description = "Input path (any Hadoop-compatible file system).")
    private String input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "Output path.")
    private String output;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "jsonl, csv, parquet or text (a folder of .txt/.md/.html files). Default: ${DEFAULT-VALUE}.")
    private String format;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[2]; by default the one "
            + "spark-submit sets.")
    private String master;

    @Option(names = "--lenient", description = "Skip bad records (they are counted) instead of failing.")
    private boolean lenient;

    @Option(names = "--text-column", defaultValue = "text", paramLabel = "NAME")
    private String textColumn;

    @Option(names = "--url-column", defaultValue = "url", paramLabel = "NAME")
    private String urlColumn;

    @Option(names = "--title-column", defaultValue = "title", paramLabel = "NAME")
    private String titleColumn;

    @Option(names = "--published-column", defaultValue = "published", paramLabel = "NAME")
    private String publishedColumn;

    @Option(names = "--language-column", defaultValue = "language", paramLabel = "NAME")
    private String languageColumn;

    @Option(names = "--id-column", defaultValue = "id", paramLabel = "NAME")
    private String idColumn;

    /** Runs the job and exits with its status. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkMain()).execute(args));
    }

    @Override
    public Integer call() {
        CorpusJob.Format inputFormat;
        try {
            inputFormat = CorpusJob.Format.of(format);
        } catch (IllegalArgumentException e) {
            System.err.println("claimed-losses: --format " + format + ": expected jsonl, csv, parquet or text");
            return 2;
        }
        SparkSession spark = CorpusJob.session(master);
        try {
            long start = System.nanoTime();
            CorpusJob.Result result = new CorpusJob(new CorpusColumns(textColumn, urlColumn, titleColumn,
                    publishedColumn, languageColumn, idColumn), lenient).run(spark, input, inputFormat, output);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.println(String.format(Locale.ROOT, "wrote %s in %.1f s (skipped records: %d)", output, seconds,
                    result.skipped()));
            return 0;
        } catch (RuntimeException e) {
            BadInputException bad = badInput(e);
            System.err.println("claimed-losses: " + (bad != null ? bad.getMessage() : "the job failed: " + e));
            return bad != null ? 3 : 1;
        } finally {
            spark.stop();
        }
    }

    /** The bad input behind a Spark failure (Spark wraps a task's exception), or null. */
    static BadInputException badInput(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BadInputException) {
                return (BadInputException) cause;
            }
        }
        return null;
    }
}
