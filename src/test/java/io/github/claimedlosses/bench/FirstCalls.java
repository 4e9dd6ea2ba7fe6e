package io.github.claimedlosses.bench;

import io.github.claimedlosses.notebook.Charts;
import io.github.claimedlosses.notebook.Losses;
import io.github.claimedlosses.stats.Corrections;
import io.github.claimedlosses.stats.Trends;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import tech.tablesaw.api.Table;

/**
 * The notebook facade's calls, each timed as the first of its kind in this JVM, in the order a notebook makes them:
 * {@code Losses.all}, {@code Losses.generalStaff}, {@code Trends.daily}, {@code Charts.cumulative}. Prints one line
 * per call, {@code name seconds}. Run in a fresh JVM each time ({@code bench/compare.sh} does); not a test.
 */
public final class FirstCalls {
    private FirstCalls() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        Path datasets = Path.of(args.length > 0 ? args[0] : "../shared/datasets");
        time("Losses.all", () -> Losses.all(datasets));
        Table gs = time("Losses.generalStaff", () -> Losses.generalStaff(datasets));
        time("Trends.daily", () -> Trends.daily(gs, Corrections.shown(gs)));
        time("Charts.cumulative", () -> Charts.cumulative(gs, "tanks"));
    }

    private static <T> T time(String name, Supplier<T> call) {
        long start = System.nanoTime();
        T result = call.get();
        System.out.printf(Locale.ROOT, "%s %.3f%n", name, (System.nanoTime() - start) / 1e9);
        return result;
    }
}
