package io.github.claimedlosses.cli;

import io.github.claimedlosses.export.ClaimsCsvWriter;
import io.github.claimedlosses.extract.TextSource;
import io.github.claimedlosses.files.OutputFiles;
import io.github.claimedlosses.model.BadInputException;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.source.Format;
import io.github.claimedlosses.source.Reading;
import io.github.claimedlosses.source.Sources;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code extract FILE...}: every claim in the files as the tidy claims CSV. */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        description = {
            "Writes every claim in the files as the tidy claims CSV (columns date,day,claimant,side,category,value,"
                + "qualifier,low,high,kind,source,location,quote,item) to standard output or --output.",
            "Formats are detected from content: @|bold gs-equipment|@, @|bold gs-personnel|@, @|bold gs-corrections|@, "
                + "@|bold gs-oryx-models|@ (General Staff JSON), @|bold oryx-daily|@ (Oryx daily_count.csv), "
                + "@|bold claims-csv|@ (this tool's own output), @|bold text|@ (.txt and .md files and other UTF-8 text: "
                + "news articles, statements and reposted General Staff bulletins in English, Ukrainian, Russian, German, Polish, Hungarian, Slovak, Italian, Turkish, French or Spanish).",
            "A dataset file with any bad record is refused whole and nothing is written, unless --lenient. "
                + "In a text document, what cannot be settled (an undated figure, say) is reported as a warning "
                + "on standard error."})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to read; a folder is read as the "
            + "charts command reads one (dataset files in their sub-folders, then its documents).")
    private List<Path> files;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Read every FILE as this format instead of detecting it: ${COMPLETION-CANDIDATES}.",
            converter = FormatConverter.class, completionCandidates = FormatConverter.Candidates.class)
    private Format format;

    @Option(names = "--lenient", description = "Keep the good records of a file with bad ones, and report every "
            + "skipped record on standard error.")
    private boolean lenient;

    /** The name of standard output as {@code --output}, as most tools read it. */
    private static final String STANDARD_OUTPUT = "-";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the CSV to FILE (atomically: complete or not at all) instead of standard output; "
                    + "- is standard output.")
    private Path output;

    @Option(names = "--raw", description = "Write text cells as they are. By default a source, location or quote that "
            + "a spreadsheet would run as a formula (beginning with = + - @, tab or carriage return) gets a leading "
            + "apostrophe, which this tool removes again when it reads the file back.")
    private boolean raw;
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "The date the text documents were published: it completes dates written without a year "
                + "(14 березня, 3 июня), resolves yesterday and \"over the past day\", and dates figures nothing else "
                + "dates. Without it, a document's dateline or other dates in its text date it.")
    private LocalDate date;

    @Override
    public Integer call() {
        Sources sources = Sources.standard();
        List<Claim> claims = new ArrayList<>();
        PrintWriter err = spec.commandLine().getErr();
        for (Path file : files) {
            List<Reading> readings = date != null && !Files.isDirectory(file) && Files.isRegularFile(file)
                    && (format == null ? sources.detect(file) : format).id().equals(TextSource.ID)
                    ? List.of(TextSource.read(file, date))
                    : format == null ? sources.read(file, lenient) : List.of(sources.read(file, format, lenient));
            for (Reading reading : readings) {
                claims.addAll(reading.claims());
                for (BadInputException skipped : reading.skipped()) {
                    err.println("claimed-losses: skipped " + skipped.getMessage());
                }
                reading.notes().forEach(note -> err.println("claimed-losses: note: " + note));
                reading.warnings().forEach(warning -> err.println("claimed-losses: warning: " + reading.name() + ": "
                        + warning));
            }
        }
        StringBuilder csv = new StringBuilder();
        if (raw) {
            ClaimsCsvWriter.writeRaw(claims, csv);
        } else {
            ClaimsCsvWriter.write(claims, csv);
        }
        if (output == null || output.toString().equals(STANDARD_OUTPUT)) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(csv);
            out.flush();
        } else {
            OutputFiles.writeAtomically(output, csv.toString());
        }
        return ExitCode.OK;
    }
}
