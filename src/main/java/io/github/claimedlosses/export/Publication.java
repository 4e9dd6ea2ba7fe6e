package io.github.claimedlosses.export;

import io.github.claimedlosses.export.chart.ChartLabels;
import io.github.claimedlosses.export.chart.ChartStyle;
import io.github.claimedlosses.export.chart.CumulativeCharts;
import io.github.claimedlosses.export.chart.InteractiveChart;
import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.extract.DocumentFolder;
import io.github.claimedlosses.export.chart.DocumentChart;
import io.github.claimedlosses.read.DatasetReader;
import io.github.claimedlosses.read.GeneralStaffReader;
import io.github.claimedlosses.read.ReadResult;
import io.github.claimedlosses.read.Strictness;
import io.github.claimedlosses.table.ClaimFilter;
import io.github.claimedlosses.table.ClaimTable;
import io.github.claimedlosses.table.WideTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
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
    private final Consumer<String> progress;
    private final List<String> notes = new ArrayList<>();

    /**
     * @param progress receives one line per stage: what, how many, how long
     */
    public Publication(Inputs inputs, Consumer<String> progress) {
        this.inputs = inputs;
        this.progress = progress;
    }

    /** Builds the publication into {@code out}, replacing it when complete; returns what could not be drawn. */
    public List<String> build(Path out) {
        try (OutputFolder folder = OutputFolder.beside(out)) {
            Path root = folder.path();
            List<PublishedFile> files = new ArrayList<>();
            List<Claim> datasetClaims = stage("read datasets", this::readDatasets);
            List<DocumentFolder.Document> documents = stage("read documents", this::readDocuments);
            List<Claim> documentClaims = documents.stream().flatMap(d -> d.extraction().claims().stream()).toList();
            List<Claim> all = new ArrayList<>(datasetClaims);
            all.addAll(documentClaims);
            Table tidy = ClaimTable.of(all);
            stage("write tables", () -> {
                CsvTableWriter.write(tidy, root.resolve("tables/claims.csv"));
                files.add(new PublishedFile("tables/claims.csv", "Every claim, tidy: one row per figure, all sources",
                        "table"));
                CsvTableWriter.write(ClaimTable.of("document claims", documentClaims),
                        root.resolve("tables/seed_claims.csv"));
                files.add(new PublishedFile("tables/seed_claims.csv", "The claims extracted from the documents, "
                        + "with the sentence each came from", "table"));
                return 2;
            });
            ChartWriter charts = new ChartWriter(root.resolve("charts"), inputs.plotlyJs());
            Table generalStaff = generalStaffWide(tidy);
            stage("draw cumulative charts", () -> drawCumulative(generalStaff, charts));
            stage("draw document charts", () -> drawDocuments(documents, generalStaff, charts));
            files.addAll(charts.written());
            stage("write report", () -> {
                OutputFiles.writeAtomically(root.resolve("index.html"), ReportPage.html(files, notes));
                return 1;
            });
            folder.commit();
        }
        return List.copyOf(notes);
    }

    private List<Claim> readDatasets() {
        if (inputs.data() == null || !DatasetReader.containsDatasets(inputs.data())) {
            notes.add("no datasets" + (inputs.data() == null ? "" : " in " + inputs.data())
                    + ": the tables and charts of the datasets are not drawn");
            return List.of();
        }
        ReadResult result = new DatasetReader(Strictness.STRICT).readFolder(inputs.data());
        result.notes().forEach(notes::add);
        return result.claims();
    }

    private List<DocumentFolder.Document> readDocuments() {
        if (inputs.documents() == null || DocumentFolder.documentFiles(inputs.documents()).isEmpty()) {
            notes.add("no documents" + (inputs.documents() == null ? "" : " in " + inputs.documents())
                    + ": no document claims or document charts");
            return List.of();
        }
        List<DocumentFolder.Document> documents = DocumentFolder.read(inputs.documents());
        for (DocumentFolder.Document document : documents) {
            document.extraction().warnings().forEach(warning -> notes.add(document.name() + ": " + warning));
        }
        return documents;
    }

    /** The General Staff's cumulative claims about Russia, one row per date; empty when there are none. */
    private static Table generalStaffWide(Table tidy) {
        Table generalStaff = ClaimFilter.all().claimant(Claimant.UA_GENERAL_STAFF).side(Side.RUSSIA)
                .kind(Kind.CUMULATIVE).apply(tidy);
        Table fromDataset = generalStaff.where(generalStaff.stringColumn("source")
                .isIn(GeneralStaffReader.EQUIPMENT_FILE, GeneralStaffReader.PERSONNEL_FILE));
        return fromDataset.isEmpty() ? Table.create("empty") : WideTable.of(fromDataset);
    }

    private int drawDocuments(List<DocumentFolder.Document> documents, Table generalStaff, ChartWriter charts) {
        int drawn = 0;
        for (DocumentFolder.Document document : documents) {
            List<Claim> claims = document.extraction().claims();
            var date = DocumentChart.mainDate(claims);
            if (date.isEmpty()) {
                notes.add(document.name() + ": states no dated running total about Russian losses: no chart");
                continue;
            }
            var chart = DocumentChart.of(document.name(), claims, date.get(), generalStaff);
            charts.write("document-" + fileStem(document.name()), chart.getTitle().getText(), chart,
                    ChartStyle.WIDTH, 620);
            drawn++;
        }
        return drawn;
    }

    private static String fileStem(String name) {
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        return stem.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private int drawCumulative(Table wide, ChartWriter charts) {
        if (wide.isEmpty()) {
            notes.add("no General Staff dataset: cumulative charts are not drawn");
            return 0;
        }
        int drawn = 0;
        for (Category category : CumulativeCharts.categoriesIn(wide)) {
            String name = "cumulative-" + category.id();
            ChartLabels labels = CumulativeCharts.labels(wide, Claimant.UA_GENERAL_STAFF, Side.RUSSIA, category);
            charts.write(name, labels.title(), CumulativeCharts.of(wide, Claimant.UA_GENERAL_STAFF, Side.RUSSIA,
                    category), ChartStyle.WIDTH, ChartStyle.HEIGHT);
            charts.writeInteractive(name, labels, List.of(CumulativeCharts.series(wide, Claimant.UA_GENERAL_STAFF,
                    category)));
            drawn++;
        }
        var overview = CumulativeCharts.overview(wide, Claimant.UA_GENERAL_STAFF, Side.RUSSIA);
        charts.write("cumulative-overview", "Russian losses by category, claimed by Ukraine's General Staff "
                + "(small multiples)", overview, 1400, 1000);
        return drawn + 1;
    }

    private <T> T stage(String what, java.util.function.Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        String count = result instanceof List ? ((List<?>) result).size() + " items"
                : result instanceof Integer ? result + " files" : "";
        progress.accept(String.format(Locale.ROOT, "%-24s %10s  %.1f s", what, count, seconds));
        return result;
    }
}
