package io.github.claimedlosses.bench;

import io.github.claimedlosses.SharedData;
import io.github.claimedlosses.export.ClaimsCsvWriter;
import io.github.claimedlosses.export.chart.ChartFiles;
import io.github.claimedlosses.export.chart.CumulativeCharts;
import io.github.claimedlosses.export.chart.DailyChart;
import io.github.claimedlosses.export.chart.MixChart;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.model.Taxonomy;
import io.github.claimedlosses.publish.PublishedStatistics;
import io.github.claimedlosses.read.DatasetReader;
import io.github.claimedlosses.read.ReadCacheAccess;
import io.github.claimedlosses.read.Strictness;
import io.github.claimedlosses.source.Sources;
import io.github.claimedlosses.table.ClaimFilter;
import io.github.claimedlosses.table.ClaimTable;
import io.github.claimedlosses.table.WideTable;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jfree.chart.JFreeChart;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tech.tablesaw.api.Table;

/**
 * The stages of a publication in a warm JVM, on {@code ../shared/datasets}: reading every dataset file (parsed, not
 * taken from the read cache), the statistics, building and rendering charts, and {@code extract} of each dataset file
 * to the tidy CSV. Run with {@code mvn -B -q -Pbench} (see the README's performance section); not a test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true"})
public class PipelineBenchmark {
    /** The dataset files, relative to the datasets folder. */
    @Param({"general-staff/russia_losses_equipment.json", "general-staff/russia_losses_personnel.json",
        "general-staff/russia_losses_equipment_correction.json", "general-staff/russia_losses_equipment_oryx.json",
        "oryx/daily_count.csv"})
    public String file;

    private Path datasets;
    private Table tidy;
    private Table wide;
    private PublishedStatistics statistics;

    @Setup
    public void read() {
        datasets = SharedData.datasets();
        tidy = ClaimTable.of(new DatasetReader(Strictness.STRICT).readFolder(datasets).claims());
        Table generalStaff = ClaimFilter.all().claimant(Claimant.UA_GENERAL_STAFF).side(Side.RUSSIA)
                .kind(Kind.CUMULATIVE).apply(tidy);
        wide = WideTable.of(generalStaff.where(generalStaff.stringColumn("source")
                .isIn("russia_losses_equipment.json", "russia_losses_personnel.json")));
        statistics = PublishedStatistics.of(tidy, Sources.standard(), Taxonomy.standard()).orElseThrow();
    }

    /** {@code extract FILE}: detect, parse and write the tidy CSV (to memory). */
    @Benchmark
    public int extract() {
        ReadCacheAccess.clear();
        List<Claim> claims = new DatasetReader(Strictness.STRICT).read(datasets.resolve(file)).claims();
        StringWriter csv = new StringWriter();
        ClaimsCsvWriter.write(claims, csv);
        return csv.getBuffer().length();
    }

    /** State without a parameter, for the stages that do not depend on one file. */
    @State(Scope.Benchmark)
    public static class Stages {
        Path datasets;
        Table tidy;
        Table wide;
        PublishedStatistics statistics;

        @Setup
        public void read() {
            PipelineBenchmark state = new PipelineBenchmark();
            state.read();
            datasets = state.datasets;
            tidy = state.tidy;
            wide = state.wide;
            statistics = state.statistics;
        }
    }

    /** The "read datasets" stage: every file of the folder parsed (the read cache emptied first). */
    @Benchmark
    public int readDatasets(Stages stages) {
        ReadCacheAccess.clear();
        return new DatasetReader(Strictness.STRICT).readFolder(stages.datasets).claims().size();
    }

    /** The tidy table of every claim, from the claims read. */
    @Benchmark
    public Table tidyTable(Stages stages) {
        return ClaimTable.of(new DatasetReader(Strictness.STRICT).readFolder(stages.datasets).claims());
    }

    /** The "compute statistics" stage. */
    @Benchmark
    public Object statistics(Stages stages) {
        return PublishedStatistics.of(stages.tidy, Sources.standard(), Taxonomy.standard()).orElseThrow();
    }

    /** One running-total chart built and rendered to PNG and SVG. */
    @Benchmark
    public int cumulativeChart(Stages stages) {
        JFreeChart chart = CumulativeCharts.of(stages.wide, Claimant.UA_GENERAL_STAFF, Side.RUSSIA,
                Taxonomy.standard().category("tanks"));
        return ChartFiles.png(chart, 900, 500).length + ChartFiles.svg(chart, 900, 500, "c").length();
    }

    /** One daily bar chart (1,600 bars, two means) built and rendered to PNG and SVG. */
    @Benchmark
    public int dailyChart(Stages stages) {
        JFreeChart chart = DailyChart.of(stages.statistics.daily(), stages.statistics.rolling(),
                Claimant.UA_GENERAL_STAFF, Side.RUSSIA, Taxonomy.standard().category("tanks"));
        return ChartFiles.png(chart, 900, 500).length + ChartFiles.svg(chart, 900, 500, "d").length();
    }

    /** The stacked category-mix chart built and rendered to PNG and SVG. */
    @Benchmark
    public int mixChart(Stages stages) {
        JFreeChart chart = MixChart.of(stages.statistics.mix(), Claimant.UA_GENERAL_STAFF, Side.RUSSIA,
                stages.statistics.mixCategories());
        return ChartFiles.png(chart, 900, 500).length + ChartFiles.svg(chart, 900, 500, "m").length();
    }
}
