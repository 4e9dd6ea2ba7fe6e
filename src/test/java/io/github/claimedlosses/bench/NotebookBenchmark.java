package io.github.claimedlosses.bench;

import io.github.claimedlosses.SharedData;
import io.github.claimedlosses.notebook.Charts;
import io.github.claimedlosses.notebook.Losses;
import io.github.claimedlosses.stats.Corrections;
import io.github.claimedlosses.stats.Trends;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tech.tablesaw.api.Table;

/**
 * The notebook facade's calls as a cell makes them, warm (a kernel after its first cells), on
 * {@code ../shared/datasets}. The first call in a fresh JVM is timed by {@link FirstCalls}. Not a test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true"})
public class NotebookBenchmark {
    private Path datasets;
    private Table generalStaff;

    @Setup
    public void read() {
        datasets = SharedData.datasets();
        generalStaff = Losses.generalStaff(datasets);
    }

    @Benchmark
    public Table lossesAll() {
        return Losses.all(datasets);
    }

    @Benchmark
    public Table lossesGeneralStaff() {
        return Losses.generalStaff(datasets);
    }

    @Benchmark
    public Object trendsDaily() {
        return Trends.daily(generalStaff, Corrections.shown(generalStaff));
    }

    @Benchmark
    public Object chartsCumulative() {
        return Charts.cumulative(generalStaff, "tanks");
    }
}
