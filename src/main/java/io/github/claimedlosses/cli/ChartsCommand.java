package io.github.claimedlosses.cli;

import io.github.claimedlosses.publish.Publication;
import io.github.claimedlosses.export.chart.InteractiveChart;
import io.github.claimedlosses.fetch.DatasetCache;
import io.github.claimedlosses.fetch.FetchOptions;
import io.github.claimedlosses.fetch.FetchReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code charts}: regenerates every table, chart and the report under {@code out/}. */
@Command(name = "charts",
        mixinStandardHelpOptions = true,
        description = {
            "Regenerates every table (out/tables), chart (out/charts: PNG, SVG, interactive HTML) and the report "
                + "(out/index.html) from a datasets folder.",
            "The new outputs replace the old only when complete: a failed run leaves out/ as it was."})
final class ChartsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Datasets folder laid out like the public repositories (general-staff/*.json, "
                    + "oryx/daily_count.csv). Default: the cache, data/cache, fetched once when it is empty.")
    private Path data;

    @Option(names = "--offline", description = "Never fetch: use the cache as it is.")
    private boolean offline;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
            description = "Folder of text documents (.txt, .md) to extract claims from. Default: ${DEFAULT-VALUE}.")
    private Path seeds;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
            description = "Output folder. Default: ${DEFAULT-VALUE}.")
    private Path out;

    @Option(names = "--plotly-js", paramLabel = "URL", defaultValue = InteractiveChart.DEFAULT_PLOTLY_JS,
            description = "Where interactive pages load plotly.js from (a URL, or a path relative to out/charts "
                    + "for offline use). Default: ${DEFAULT-VALUE}.")
    private String plotlyJs;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> notes = new Publication(new Publication.Inputs(datasets(err), seeds, plotlyJs), line -> {
            stdout.println(line);
            stdout.flush();
        }).build(out);
        notes.forEach(note -> err.println("claimed-losses: note: " + note));
        stdout.println("wrote " + out);
        return ExitCode.OK;
    }

    /**
     * The datasets folder to read: the one named with --data, else the cache, fetched first when it has no
     * files (unless --offline). Whatever cannot be had is said on standard error; the publication then notes
     * what it could not draw.
     */
    private Path datasets(PrintWriter err) {
        if (data != null && !data.normalize().equals(DatasetCache.DEFAULT_DIR)) {
            return data;
        }
        DatasetCache cache = DatasetCache.standard();
        if (!offline && !cache.isComplete()) {
            FetchReport report = cache.ensure(FetchOptions.defaults());
            report.notes().forEach(note -> err.println("claimed-losses: note: " + note));
            report.problems().forEach(problem -> err.println("claimed-losses: " + problem));
        }
        return cache.dir();
    }
}
