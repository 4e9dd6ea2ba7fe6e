package io.github.claimedlosses.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Times a whole publication (read, statistics, tables, every chart, report) on {@code ../shared/datasets} and the
 * project's seeds: the median of repeated runs after warm-up, with the time of each stage from the last run. Not a
 * test; run with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.github.claimedlosses.publish.PublicationBenchmark}.
 */
public final class PublicationBenchmark {
    private static final int WARM_UP = 1;
    private static final int RUNS = 5;

    private PublicationBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/datasets");
        Path out = Files.createTempDirectory("publication-benchmark").resolve("out");
        List<Double> seconds = new ArrayList<>();
        List<String> stages = new ArrayList<>();
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            stages.clear();
            long start = System.nanoTime();
            new Publication(new Publication.Inputs(data, Path.of("seeds"), "plotly.min.js"), stages::add).build(out);
            double elapsed = (System.nanoTime() - start) / 1e9;
            if (run >= WARM_UP) {
                seconds.add(elapsed);
            }
        }
        Collections.sort(seconds);
        System.out.printf(Locale.ROOT, "publication of %s: %d runs after %d warm-up; seconds median %.2f, min %.2f, "
                + "max %.2f%n", data, RUNS, WARM_UP, seconds.get(RUNS / 2), seconds.get(0), seconds.get(RUNS - 1));
        stages.forEach(stage -> System.out.println("  " + stage));
        try (Stream<Path> paths = Files.walk(out.getParent())) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
