package io.github.claimedlosses.stats;

import io.github.claimedlosses.read.DatasetReader;
import io.github.claimedlosses.read.Strictness;
import io.github.claimedlosses.table.ClaimTable;
import java.nio.file.Path;
import java.util.Arrays;
import tech.tablesaw.api.Table;

/**
 * Times {@link Trends#daily(Table, Corrections)} on every claim of a datasets folder (General Staff and Oryx, with
 * the corrections shown) and prints the median, minimum and maximum of repeated runs after a warm-up. Not a test:
 * timings belong here, not in assertions. Run it with
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.claimedlosses.stats.TrendsDailyBenchmark [-Dexec.args="DATASETS RUNS"]
 * </pre>
 *
 * Defaults: {@code ../shared/datasets}, 25 measured runs after 10 warm-up runs.
 */
public final class TrendsDailyBenchmark {
    private static final int WARM_UP = 10;

    private TrendsDailyBenchmark() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/datasets");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Table claims = ClaimTable.of(new DatasetReader(Strictness.STRICT).readFolder(folder).claims());
        Corrections corrections = Corrections.shown(claims);
        int rows = 0;
        for (int i = 0; i < WARM_UP; i++) {
            rows = Trends.daily(claims, corrections).table().rowCount();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            rows = Trends.daily(claims, corrections).table().rowCount();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        double median = runs % 2 == 1 ? millis[runs / 2] : (millis[runs / 2 - 1] + millis[runs / 2]) / 2;
        System.out.printf("Trends.daily on %d claims -> %d daily rows: median %.1f ms, min %.1f ms, max %.1f ms "
                + "(%d runs after %d warm-up runs, Java %s, %d processors)%n", claims.rowCount(), rows, median,
                millis[0], millis[runs - 1], runs, WARM_UP, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
    }
}
