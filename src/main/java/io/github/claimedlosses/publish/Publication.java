package io.github.claimedlosses.publish;

import io.github.claimedlosses.export.ChartWriter;
import io.github.claimedlosses.export.PublishedFile;
import io.github.claimedlosses.export.OutputFolder;
import io.github.claimedlosses.ledger.Ledger;
import io.github.claimedlosses.ledger.ReferenceFigures;
import io.github.claimedlosses.files.OutputFiles;
import io.github.claimedlosses.export.chart.CumulativeCharts;
import io.github.claimedlosses.export.chart.InteractiveChart;
import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.ClaimSchema;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.model.Taxonomy;
import io.github.claimedlosses.source.Reading;
import io.github.claimedlosses.source.Sources;
import io.github.claimedlosses.table.ClaimFilter;
import io.github.claimedlosses.table.ClaimTable;
import io.github.claimedlosses.table.Preload;
import io.github.claimedlosses.table.WideTable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import tech.tablesaw.api.Table;

/**
 * Builds every table, chart and the report of a publication from a datasets folder and a folder of documents,
 * into a staging folder that replaces {@code out/} only when complete. Same inputs, same bytes.
 */
public final class Publication {
    /**
     * What a publication is built from.
     *
     * @param data      a datasets folder laid out like the public repositories, or {@code null} for none
     * @param documents a folder of text documents such as {@code seeds/}, or {@code null} for none
     * @param plotlyJs  where interactive pages load plotly.js from
     */
    public record Inputs(Path data, Path documents, String plotlyJs) {
        /** Inputs with the default plotly.js location. */
        public static Inputs of(Path data, Path documents) {
            return new Inputs(data, documents, InteractiveChart.DEFAULT_PLOTLY_JS);
        }
    }

    private final Inputs inputs;
    private final Sources sources;
    private final Taxonomy taxonomy;
    private final Consumer<String> progress;
    private final List<String> notes = new ArrayList<>();

    /**
     * A publication of the standard sources and taxonomy.
     *
     * @param progress receives one line per stage: what, how many, how long
     */
    public Publication(Inputs inputs, Consumer<String> progress) {
        this(inputs, Sources.standard(), Taxonomy.standard(), progress);
    }

    /**
     * @param sources  the registry the datasets and documents are read through and credited from
     * @param taxonomy the categories, in the order tables and charts list them
     * @param progress receives one line per stage: what, how many, how long
     */
    public Publication(Inputs inputs, Sources sources, Taxonomy taxonomy, Consumer<String> progress) {
        this.inputs = inputs;
        this.sources = sources;
        this.taxonomy = taxonomy;
        this.progress = progress;
    }

    /** Builds the publication into {@code out}, replacing it when complete; returns what could not be drawn. */
    public List<String> build(Path out) {
        Preload.tablesaw();
        ExecutorService background = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "publication-background");
            thread.setDaemon(true);
            return thread;
        });
        try (OutputFolder folder = OutputFolder.beside(out);
             ChartWriter writer = new ChartWriter(folder.path().resolve("charts"), inputs.plotlyJs())) {
            try {
                build(folder, writer, background);
            } finally {
                // Nothing may still be writing into the staging folder when it is committed or removed.
                background.shutdown();
                awaitQuietly(background);
            }
            folder.commit();
        }
        return List.copyOf(notes);
    }

    /**
     * The stages, with the work that does not depend on the stage before it done in the background meanwhile: the
     * documents are read while the datasets are, the tables written while the charts are drawn. Each file depends
     * only on its inputs, and notes are kept in the order of the stages, so the bytes do not depend on the timing.
     */
    private void build(OutputFolder folder, ChartWriter writer, ExecutorService background) {
        Path root = folder.path();
        List<String> documentNotes = new ArrayList<>();
        Future<Timed<List<Reading>>> documentsRead = background.submit(() -> timed(() -> readDocuments(documentNotes)));
        List<Claim> datasetClaims = stage("read datasets", "claims", this::readDatasets);
        List<Reading> documents = report("read documents", "documents", join(documentsRead));
        notes.addAll(documentNotes);
        List<Claim> documentClaims = documents.stream().flatMap(d -> d.claims().stream()).toList();
        List<Claim> all = new ArrayList<>(datasetClaims);
        all.addAll(documentClaims);
        Table tidy = ClaimTable.of(all);
        Optional<PublishedStatistics> statistics = stage("compute statistics", "tables",
                () -> PublishedStatistics.of(tidy, sources, taxonomy));
        if (statistics.isEmpty()) {
            notes.add("no General Staff dataset: no statistics, and no daily, monthly, trend or comparison charts");
        }
        PublishedTables tables = new PublishedTables(root.resolve("tables"));
        Table documentTable = ClaimTable.of("document claims", documentClaims);
        Future<Timed<Integer>> tablesWritten = background.submit(() -> timed(() -> tables.write(tidy, documentTable,
                statistics)));
        Ledger news = NewsLedger.of(documents);
        ReferenceFigures reference = ReferenceFigures.of(datasetClaims);
        Table agreement = NewsLedger.agreement(news, reference);
        Future<Timed<Integer>> newsWritten = background.submit(() -> timed(() -> tables.writeNews(news.table(),
                agreement)));
        PublishedCharts charts = new PublishedCharts(writer, taxonomy, notes::add);
        Table generalStaff = generalStaffWide(tidy, sources, taxonomy);
        List<Category> current = generalStaff.isEmpty() ? List.of() : currentCategories(generalStaff, taxonomy);
        stage("draw cumulative charts", "charts", () -> generalStaff.isEmpty() ? 0 : charts.cumulative(generalStaff));
        statistics.ifPresent(stats -> {
            stage("draw daily charts", "charts", () -> charts.daily(stats, current));
            stage("draw comparison charts", "charts", () -> charts.comparisons(stats));
            stage("draw trend charts", "charts", () -> charts.trends(stats, current));
        });
        stage("draw document charts", "charts", () -> charts.documents(documents, generalStaff));
        List<PublishedFile> newsCharts = stage("draw news charts", "charts",
                () -> charts.news(NewsLedger.seriesCharts(news, reference, taxonomy)));
        report("write tables", "files", join(tablesWritten));
        report("write the news ledger", "files", join(newsWritten));
        stage("finish rendering charts", "files", () -> writer.written().size());
        stage("write report", "files", () -> {
            List<PublishedFile> files = new ArrayList<>(tables.written());
            files.addAll(writer.written());
            files.removeAll(newsCharts); // shown in the news section
            List<SummaryRow> summary = statistics.map(stats -> SummaryRow.of(stats, current)).orElse(List.of());
            OutputFiles.writeAtomically(root.resolve("index.html"), ReportPage.html(summary, files, inputFiles(),
                    notes, sources, news.entries().isEmpty() ? "" : NewsLedger.section(agreement, newsCharts)));
            return 1;
        });
    }

    /** A result and how long it took, in seconds. */
    private record Timed<T>(T result, double seconds) {
    }

    private static <T> Timed<T> timed(Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        return new Timed<>(result, (System.nanoTime() - start) / 1e9);
    }

    /** The result of background work, or what it threw, as it threw it. */
    private static <T> T join(Future<T> work) {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the publication", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("cannot build the publication", e.getCause());
        }
    }

    private static void awaitQuietly(ExecutorService background) {
        try {
            while (!background.awaitTermination(1, TimeUnit.MINUTES)) {
                // the background work is bounded (reading and writing the publication's own files): keep waiting
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every input file with its checksum: the datasets read, then the documents. */
    private List<InputFile> inputFiles() {
        List<InputFile> files = new ArrayList<>();
        if (inputs.data() != null) {
            for (Path file : sources.datasetFiles(inputs.data(), (source, dataset) -> true)) {
                files.add(InputFile.of(inputs.data().relativize(file).toString().replace('\\', '/'), file));
            }
        }
        if (inputs.documents() != null) {
            for (Path file : sources.documents(inputs.documents())) {
                files.add(InputFile.of(file.getFileName().toString(), file));
            }
        }
        return files;
    }

    private List<Claim> readDatasets() {
        if (inputs.data() == null || sources.datasetFiles(inputs.data(), (source, file) -> true).isEmpty()) {
            notes.add("no datasets" + (inputs.data() == null ? "" : " in " + inputs.data())
                    + ": the tables and charts of the datasets are not drawn");
            return List.of();
        }
        List<Claim> claims = new ArrayList<>();
        for (Reading reading : sources.readDatasets(inputs.data(), (source, file) -> true, false)) {
            notes.addAll(reading.notes());
            claims.addAll(reading.claims());
        }
        return claims;
    }

    private List<Reading> readDocuments(List<String> notes) {
        if (inputs.documents() == null || sources.documents(inputs.documents()).isEmpty()) {
            notes.add("no documents" + (inputs.documents() == null ? "" : " in " + inputs.documents())
                    + ": no document claims or document charts");
            return List.of();
        }
        List<Reading> documents = sources.read(inputs.documents(), false);
        for (Reading document : documents) {
            document.warnings().forEach(warning -> notes.add(document.name() + ": " + warning));
        }
        return documents;
    }

    /** The General Staff dataset's cumulative claims about Russia, one row per date; empty when there are none. */
    private static Table generalStaffWide(Table tidy, Sources sources, Taxonomy taxonomy) {
        Table generalStaff = ClaimFilter.all().claimant(Claimant.UA_GENERAL_STAFF).side(Side.RUSSIA)
                .kind(Kind.CUMULATIVE).apply(tidy);
        Table fromDataset = PublishedStatistics.fromSource(generalStaff, sources, Claimant.UA_GENERAL_STAFF);
        return fromDataset.isEmpty() ? Table.create("empty") : WideTable.of(fromDataset, taxonomy);
    }

    /** The categories with a figure on the latest date of {@code wide}: those still reported. */
    private static List<Category> currentCategories(Table wide, Taxonomy taxonomy) {
        LocalDate latest = wide.dateColumn(ClaimSchema.DATE).max();
        int row = wide.dateColumn(ClaimSchema.DATE).indexOf(latest);
        return CumulativeCharts.categoriesIn(wide, taxonomy).stream()
                .filter(category -> !wide.column(category.id()).isMissing(row)).toList();
    }

    private <T> T stage(String what, String unit, Supplier<T> work) {
        return report(what, unit, timed(work));
    }

    /** Says one stage's line: what, how many, how long; returns its result. */
    private <T> T report(String what, String unit, Timed<T> timed) {
        T result = timed.result();
        String count = result instanceof List ? ((List<?>) result).size() + " " + unit
                : result instanceof Integer ? result + " " + unit : "";
        progress.accept(String.format(Locale.ROOT, "%-24s %16s  %5.1f s", what, count, timed.seconds()));
        return result;
    }
}
