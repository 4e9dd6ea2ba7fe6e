package io.github.claimedlosses.cli;

import io.github.claimedlosses.fetch.DatasetCache;
import io.github.claimedlosses.fetch.FetchOptions;
import io.github.claimedlosses.fetch.FetchReport;
import io.github.claimedlosses.fetch.Progress;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fetch}: brings the cached copy of the public datasets up to date. */
@Command(name = "fetch",
        mixinStandardHelpOptions = true,
        description = {
            "Downloads the General Staff JSON files and the Oryx CSV files from their public raw locations into the "
                + "cache folder (general-staff/, oryx/, manifest.json).",
            "A cached file is replaced only by a download that is complete, reads cleanly and is plausible against "
                + "the cached copy (not much smaller or older, no more than 2 %% of its records or values dropped, "
                + "published running totals unchanged); unchanged files are skipped with conditional requests. "
                + "Redirects are followed only within the same host and scheme.",
            "Exit status 0 when the cache is usable afterwards (every file current or kept from before, even "
                + "offline); 5 when a file could not be fetched and the cache has no copy of it."})
final class FetchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--to", paramLabel = "DIR", description = "Cache folder (default: ${DEFAULT-VALUE}).")
    private Path to = DatasetCache.DEFAULT_DIR;

    @Option(names = "--base-url", paramLabel = "URL", converter = BaseUrlConverter.class,
            description = "Replaces ${DEFAULT-VALUE} in every download address (a mirror with the same paths).")
    private URI baseUrl = FetchOptions.PUBLIC_BASE_URL;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but problems.")
    private boolean quiet;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Longest wait for a connection, a response "
            + "or the next part of a body (default: ${DEFAULT-VALUE}).")
    private int timeoutSeconds = (int) FetchOptions.DEFAULT_TIMEOUT.toSeconds();

    @Option(names = "--retries", paramLabel = "N", description = "Further attempts after a server error, a timeout "
            + "or a broken connection, waiting 1 s, 2 s, 4 s... in between (default: ${DEFAULT-VALUE}).")
    private int retries = FetchOptions.DEFAULT_RETRIES;

    @Option(names = "--accept-changes", description = "Accept downloads that read cleanly but are implausible against "
            + "the cached copy (smaller, older, records dropped, published values changed): for a deliberate "
            + "rewrite upstream.")
    private boolean acceptChanges;

    @Override
    public Integer call() {
        if (timeoutSeconds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--timeout must be at least 1 second");
        }
        if (retries < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--retries cannot be negative");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = quiet ? Progress.NONE : new TerminalProgress(out, System.console() != null);
        FetchOptions options = FetchOptions.defaults().withBaseUrl(baseUrl)
                .withTimeout(Duration.ofSeconds(timeoutSeconds)).withRetries(retries).withProgress(progress)
                .withAcceptChanges(acceptChanges);
        FetchReport report = new DatasetCache(to).fetch(options);
        report.notes().forEach(note -> err.println("claimed-losses: note: " + note));
        report.problems().forEach(problem -> err.println("claimed-losses: " + problem));
        return report.usable() ? ExitCode.OK : ExitCode.FETCH_FAILED;
    }

    /** Parses {@code --base-url}, saying in one line what is wrong. */
    static final class BaseUrlConverter implements CommandLine.ITypeConverter<URI> {
        @Override
        public URI convert(String value) {
            try {
                return FetchOptions.baseUrl(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
