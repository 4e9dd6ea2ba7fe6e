package io.github.claimedlosses.notebook;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How long the library's own cells of {@code notebooks/01-quickstart.ipynb} (every code cell after {@code %maven})
 * take in the notebook test's kernel ({@link NotebookSession}: the kernel's imports, class loading from the runtime
 * class path, the extension's rendering): per cell, wall-clock and CPU time of the first session of a fresh JVM (what
 * a user waits for after starting a kernel), then the median of further sessions. Not a test; run it with
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.claimedlosses.notebook.QuickstartCellsBenchmark [-Dexec.args=DATASETS]
 * </pre>
 *
 * from the project folder (datasets default to {@code ../shared/datasets}).
 */
public final class QuickstartCellsBenchmark {
    private static final int SESSIONS = 4;

    private QuickstartCellsBenchmark() {
    }

    public static void main(String[] args) {
        Path datasets = Path.of(args.length > 0 ? args[0] : "../shared/datasets").toAbsolutePath().normalize();
        System.setProperty("notebook.class.path", System.getProperty("notebook.class.path",
                "target/notebook-class-path.txt"));
        System.setProperty("notebook.library.classes", System.getProperty("notebook.library.classes",
                "target/classes"));
        System.setProperty("claimedlosses.version", System.getProperty("claimedlosses.version", "0.1.0-SNAPSHOT"));
        NotebookFile notebook = NotebookFile.read(Path.of("notebooks/01-quickstart.ipynb"));
        List<String> cells = notebook.codeCells().stream().map(NotebookFile::source).toList();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[][] wall = new long[SESSIONS][cells.size()];
        long[][] cpu = new long[SESSIONS][cells.size()];
        for (int session = 0; session < SESSIONS; session++) {
            try (NotebookSession kernel = new NotebookSession(NotebooksTest.artifact(),
                    NotebooksTest.libraryClassPath(), Map.of("DATASETS", "java.nio.file.Path.of(\""
                            + datasets.toString().replace("\\", "\\\\") + "\")"))) {
                for (int cell = 0; cell < cells.size(); cell++) {
                    long startWall = System.nanoTime();
                    long startCpu = threads.getCurrentThreadCpuTime();
                    NotebookSession.CellRun run = kernel.run(cells.get(cell).replace("../data/cache", datasets
                            .toString()));
                    wall[session][cell] = System.nanoTime() - startWall;
                    cpu[session][cell] = threads.getCurrentThreadCpuTime() - startCpu;
                    if (!run.problems().isEmpty()) {
                        throw new IllegalStateException("code cell " + (cell + 1) + ": " + run.problems());
                    }
                }
            }
        }
        System.out.printf("%-62s %9s %9s %11s%n", "cell", "first ms", "cpu ms", "median ms");
        double firstTotal = 0;
        double medianTotal = 0;
        for (int cell = 0; cell < cells.size(); cell++) {
            double first = wall[0][cell] / 1e6;
            double median = median(wall, cell) / 1e6;
            if (cell > 0) {
                firstTotal += first;
                medianTotal += median;
            }
            System.out.printf("%-62s %9.0f %9.0f %11.0f%n", cells.get(cell).replaceAll("\\s+", " ").substring(0,
                    Math.min(60, cells.get(cell).replaceAll("\\s+", " ").length())), first, cpu[0][cell] / 1e6, median);
        }
        System.out.printf("library cells after %%maven: first session %.0f ms, median of later sessions %.0f ms%n",
                firstTotal, medianTotal);
    }

    private static double median(long[][] times, int cell) {
        List<Long> later = new ArrayList<>();
        for (int session = 1; session < times.length; session++) {
            later.add(times[session][cell]);
        }
        long[] sorted = later.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
    }
}
