package io.github.claimedlosses.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimedlosses.SharedData;
import io.github.claimedlosses.files.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole publication on the real datasets and the project's own documents. */
class PublicationTest {
    private static final Path SEEDS = Path.of("seeds");
    /** A reference to something outside the output folder that a browser would fetch. */
    private static final Pattern EXTERNAL = Pattern.compile("(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//|url\\(\\s*[\"']?"
            + "(https?:)?//|@import");

    @TempDir
    static Path shared;
    static Path out;
    static List<String> progress = new ArrayList<>();
    static List<String> notes;

    @BeforeAll
    static void publish() {
        out = shared.resolve("out");
        notes = new Publication(new Publication.Inputs(SharedData.datasets(), SEEDS, "plotly.min.js"),
                progress::add).build(out);
    }

    private static Map<String, String> checksums(Path target) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        Path folder = target.toRealPath(); // the output folder is a link to the latest complete one
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                sums.put(folder.relativize(file).toString(), Sha256.of(file));
            }
        }
        return sums;
    }

    @Test
    void writesEveryTableAndChart() {
        for (String table : List.of("claims", "daily", "monthly", "ratios", "claimed_vs_confirmed", "trends",
                "seed_claims", "rolling", "russia_vs_ukraine", "category_mix", "phases", "projections")) {
            assertThat(out.resolve("tables/" + table + ".csv")).as(table).isRegularFile();
        }
        for (String chart : List.of("cumulative-tanks", "cumulative-overview", "daily-tanks", "monthly-tanks",
                "claimed-vs-confirmed-tanks", "russia-vs-ukraine", "category-mix", "trend-tanks",
                "document-2022-04-01-article")) {
            assertThat(out.resolve("charts/" + chart + ".png")).as(chart).isRegularFile();
            assertThat(out.resolve("charts/" + chart + ".svg")).as(chart).isRegularFile();
        }
        assertThat(out.resolve("charts/cumulative-tanks.html")).isRegularFile();
        assertThat(out.resolve("index.html")).isRegularFile();
        assertThat(progress).hasSizeGreaterThanOrEqualTo(8).allSatisfy(line -> assertThat(line).matches(".*\\d+\\.\\d s"));
    }

    @Test
    void tablesHoldTheFiguresOfTheData() throws IOException {
        List<String> claims = Files.readAllLines(out.resolve("tables/claims.csv"));
        assertThat(claims.get(0)).isEqualTo("date,day,claimant,side,category,value,qualifier,low,high,kind,source,"
                + "location,quote,item");
        assertThat(claims).contains("2022-03-31,36,ua-general-staff,russia,tanks,614,exact,,,cumulative,"
                + "russia_losses_equipment.json,record 35,\"\"\"tank\"\": 614\",tank");
        List<String> monthly = Files.readAllLines(out.resolve("tables/monthly.csv"));
        assertThat(monthly.get(0)).startsWith("claimant,side,category,source,period,period_start,period_end");
        // Tanks in March 2022: 614 on the 31st less 150 on 28 February.
        assertThat(monthly).anyMatch(line -> line.startsWith("ua-general-staff,russia,tanks,"
                + "russia_losses_equipment.json,2022-03,2022-03-01,2022-03-31,31,31,31,464,"));
    }

    @Test
    void reportShowsTheLatestFiguresAndInputsAndLoadsNothingFromTheNetwork() throws IOException {
        String report = Files.readString(out.resolve("index.html"));
        assertThat(report).contains("<td>Tanks</td><td>2026-08-08</td><td>12,251</td>")
                .contains("russia_losses_equipment.json")
                .contains(Sha256.of(SharedData.generalStaff("russia_losses_equipment.json")))
                .contains("Oryx, visually confirmed, CC BY 4.0")
                .contains("<a href=\"charts/cumulative-tanks.svg\">SVG</a> · "
                        + "<a href=\"charts/cumulative-tanks.html\">interactive</a>");
        try (Stream<Path> files = Files.walk(out.toRealPath())) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)
                    .filter(f -> !f.toString().endsWith(".png") && !f.toString().endsWith(".csv"))::iterator) {
                assertThat(EXTERNAL.matcher(Files.readString(file)).find()).as(file.toString()).isFalse();
            }
        }
    }

    @Test
    void chartsAreLabelledAndWithinBudget() throws IOException {
        String svg = Files.readString(out.resolve("charts/cumulative-tanks.svg"));
        assertThat(svg).contains("Russian tanks lost, as claimed by Ukraine&apos;s General Staff")
                .contains("Source: General Staff of the Armed Forces of Ukraine, claimed")
                .contains("as of 2026-08-08");
        assertThat(Files.size(out.resolve("charts/cumulative-tanks.svg"))).isLessThan(150 * 1024);
        String confirmed = Files.readString(out.resolve("charts/claimed-vs-confirmed-tanks.svg"));
        assertThat(confirmed).contains("Claimed (ua-general-staff)").contains("Visually confirmed (Oryx)")
                .contains("Sources: General Staff of the Armed Forces of Ukraine, claimed").contains("CC BY 4.0");
        String page = Files.readString(out.resolve("charts/cumulative-tanks.html"));
        assertThat(page).contains("<script src=\"plotly.min.js\"></script>");
    }

    @Test
    void twoRunsGiveTheSameBytes() throws IOException {
        Path again = shared.resolve("again");
        new Publication(new Publication.Inputs(SharedData.datasets(), SEEDS, "plotly.min.js"), line -> { })
                .build(again);
        assertThat(checksums(again)).isEqualTo(checksums(out));
    }

    @Test
    void aFailedRunLeavesThePreviousOutputsAsTheyWere() throws IOException {
        Path target = shared.resolve("kept");
        new Publication(new Publication.Inputs(null, SEEDS, "plotly.min.js"), line -> { }).build(target);
        Map<String, String> before = checksums(target);
        assertThatThrownBy(() -> new Publication(new Publication.Inputs(SharedData.datasets(), SEEDS, "p.js"),
                line -> {
                    if (line.startsWith("draw daily charts")) {
                        throw new IllegalStateException("interrupted while drawing");
                    }
                }).build(target)).hasMessage("interrupted while drawing");
        assertThat(checksums(target)).isEqualTo(before);
        try (Stream<Path> siblings = Files.list(shared)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains(".partial-"));
        }
    }

    @Test
    void aRunKilledMidwayLeavesThePreviousOutputsAsTheyWere(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("out");
        new Publication(new Publication.Inputs(null, SEEDS, "p.js"), line -> { }).build(target);
        Map<String, String> before = checksums(target);
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "io.github.claimedlosses.cli.Main", "charts", "--data", SharedData.datasets().toString(),
                "--seeds", SEEDS.toString(), "--out", target.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("run.log").toFile()).start();
        Path staged = null;
        for (int wait = 0; wait < 600 && staged == null && run.isAlive(); wait++) {
            Thread.sleep(100);
            try (Stream<Path> siblings = Files.list(dir)) {
                staged = siblings.filter(p -> p.getFileName().toString().startsWith(".out.partial-"))
                        .filter(p -> Files.exists(p.resolve("tables/claims.csv"))).findFirst().orElse(null);
            }
        }
        assertThat(staged).as("a staging folder with tables, while the run was alive").isNotNull();
        run.destroyForcibly().waitFor();
        assertThat(checksums(target)).isEqualTo(before);
        new Publication(new Publication.Inputs(null, SEEDS, "p.js"), line -> { }).build(target);
        assertThat(staged).doesNotExist();
    }

    @Test
    void hostileDocumentNamesAndTextAreEscaped(@TempDir Path dir) throws IOException {
        Path documents = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(documents.resolve("<script>alert(1)<_script>.txt"), "On day 36 of the invasion, the "
                + "General Staff reported that Russia has lost 614 tanks <script>alert(2)</script>.",
                StandardCharsets.UTF_8);
        Path target = dir.resolve("out");
        new Publication(new Publication.Inputs(null, documents, "plotly.min.js"), line -> { }).build(target);
        String report = Files.readString(target.resolve("index.html"));
        assertThat(report).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;_script&gt;.txt");
        assertThat(target.resolve("charts/document-_script_alert_1___script_-"
                + Sha256.of("<script>alert(1)<_script>.txt".getBytes(StandardCharsets.UTF_8)).substring(0, 8)
                + ".svg")).isRegularFile();
        try (Stream<Path> charts = Files.list(target.resolve("charts"))) {
            for (Path svg : (Iterable<Path>) charts.filter(p -> p.toString().endsWith(".svg"))::iterator) {
                assertThat(Files.readString(svg)).doesNotContain("<script");
            }
        }
        assertThat(Files.readString(target.resolve("tables/seed_claims.csv"))).contains("614");
    }

    @Test
    void withoutDatasetsItStillPublishesTheDocumentsAndSaysWhatItCouldNotDraw(@TempDir Path dir) {
        List<String> said = new Publication(new Publication.Inputs(dir.resolve("nothing"), SEEDS, "p.js"),
                line -> { }).build(dir.resolve("out"));
        assertThat(said).anyMatch(note -> note.startsWith("no datasets in "));
        assertThat(said).anyMatch(note -> note.startsWith("no General Staff dataset: no statistics"));
        assertThat(dir.resolve("out/tables/seed_claims.csv")).isRegularFile();
        assertThat(dir.resolve("out/charts/document-2022-04-01-article.png")).isRegularFile();
    }

    @Test
    void everySvgKeepsWithinItsSizeBudget() throws IOException {
        List<Path> svgs;
        try (Stream<Path> files = Files.list(out.resolve("charts"))) {
            svgs = files.filter(file -> file.toString().endsWith(".svg")).sorted().toList();
        }
        assertThat(svgs).hasSizeGreaterThan(50);
        for (Path svg : svgs) {
            String name = svg.getFileName().toString();
            boolean lineChart = name.startsWith("cumulative-") || name.startsWith("trend-")
                    || name.startsWith("claimed-vs-confirmed-") || name.startsWith("russia-vs-ukraine");
            assertThat(Files.size(svg)).as(name).isLessThanOrEqualTo((lineChart ? 100 : 300) * 1024L);
        }
        assertThat(Files.size(out.resolve("charts/category-mix.svg"))).isLessThanOrEqualTo(300 * 1024L);
    }
}
