package io.github.claimedlosses.cli;

import io.github.claimedlosses.corpus.BadRecords;
import io.github.claimedlosses.corpus.Corpus;
import io.github.claimedlosses.corpus.CorpusColumns;
import io.github.claimedlosses.ledger.ReferenceFigures;
import io.github.claimedlosses.ledger.run.CorpusOutputs;
import io.github.claimedlosses.ledger.run.CorpusRun;
import io.github.claimedlosses.read.DatasetFormat;
import io.github.claimedlosses.read.DatasetReader;
import io.github.claimedlosses.read.ReadResult;
import io.github.claimedlosses.read.Strictness;
import io.github.claimedlosses.extract.TextExtractor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code corpus IN... -o OUT}: a news corpus into claims, a ledger of who claimed what, and its conflicts. */
@Command(name = "corpus",
        mixinStandardHelpOptions = true,
        description = {
            "Extracts every article of a news corpus and writes, into the folder OUT (atomically: complete or not at "
                + "all): claims.csv (every figure, tidy, with the document, offset and a short quote), warnings.csv, "
                + "ledger.csv (one row per claimant, side, category, as-of date and kind: the value most documents "
                + "state, how many, the first and latest source, the other values stated), conflicts.csv (keys "
                + "stated with different values, with the General Staff dataset's value when --data is given) and "
                + "series/CLAIMANT.csv (each claimant's ledger values as tidy claims).",
            "IN is a folder of .txt, .md and .html files, a JSON Lines file (.jsonl, .ndjson) or a CSV file with "
                + "one article per record (a text field; url, title, published, language and id optional). The "
                + "published date is the document's date for the extractor.",
            "A bad record stops the run with one line naming the file, the place and the problem, unless --lenient."})
final class CorpusCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "IN", description = "Folders and files of articles.")
    private List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "Output folder.")
    private Path output;

    @Option(names = "--lenient", description = "Skip bad records, reporting each on standard error.")
    private boolean lenient;

    @Option(names = "--data", paramLabel = "DIR", description = "A General Staff datasets folder (laid out like "
            + "data/cache): conflicts.csv then gives the dataset's value for each disputed General Staff total.")
    private Path data;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: the number of cores.")
    private Integer threads;

    @Option(names = "--text-column", paramLabel = "NAME", defaultValue = "text",
            description = "Field or column holding the text. Default: ${DEFAULT-VALUE}.")
    private String textColumn;

    @Option(names = "--url-column", paramLabel = "NAME", defaultValue = "url", description = "Default: ${DEFAULT-VALUE}.")
    private String urlColumn;

    @Option(names = "--title-column", paramLabel = "NAME", defaultValue = "title",
            description = "Default: ${DEFAULT-VALUE}.")
    private String titleColumn;

    @Option(names = "--published-column", paramLabel = "NAME", defaultValue = "published",
            description = "Date (YYYY-MM-DD or ISO date-time). Default: ${DEFAULT-VALUE}.")
    private String publishedColumn;

    @Option(names = "--language-column", paramLabel = "NAME", defaultValue = "language",
            description = "Default: ${DEFAULT-VALUE}.")
    private String languageColumn;

    @Option(names = "--id-column", paramLabel = "NAME", defaultValue = "id",
            description = "An identifier that claims cite instead of the URL. Default: ${DEFAULT-VALUE}.")
    private String idColumn;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        ReferenceFigures reference = reference(out);
        Corpus corpus = Corpus.of(inputs, new CorpusColumns(textColumn, urlColumn, titleColumn, publishedColumn,
                languageColumn, idColumn));
        BadRecords badRecords = new BadRecords(lenient ? Strictness.LENIENT : Strictness.STRICT,
                problem -> err.println("claimed-losses: skipped " + problem.getMessage()));
        CorpusRun.Summary summary = new CorpusRun(TextExtractor.standard(), workers).writeTo(output, corpus,
                badRecords, reference, new CorpusBar(out, System.console() != null, System::nanoTime));
        long conflicts = summary.ledger().conflicts(reference).size();
        out.println(String.format(Locale.ROOT, "claims: %,d (%,d undated, left out of the ledger); warnings: %,d; "
                + "skipped records: %,d", summary.claims(), summary.undated(), summary.warnings(), summary.skipped()));
        out.println(String.format(Locale.ROOT, "ledger: %,d entries of %d claimants, %,d stated with different values",
                summary.ledger().entries().size(), summary.ledger().claimants().size(), conflicts));
        out.println("wrote " + output + " (" + CorpusOutputs.CLAIMS + ", " + CorpusOutputs.WARNINGS + ", "
                + CorpusOutputs.LEDGER + ", " + CorpusOutputs.CONFLICTS + ", " + CorpusOutputs.SERIES + "/)");
        return ExitCode.OK;
    }

    private ReferenceFigures reference(PrintWriter out) {
        if (data == null) {
            return ReferenceFigures.none();
        }
        ReadResult result = new DatasetReader(Strictness.STRICT).readFolder(data, EnumSet.of(
                DatasetFormat.GS_EQUIPMENT, DatasetFormat.GS_PERSONNEL));
        ReferenceFigures reference = ReferenceFigures.of(result.claims());
        out.println(String.format(Locale.ROOT, "reference: %,d General Staff figures from %s", result.claims().size(),
                data));
        return reference;
    }
}
