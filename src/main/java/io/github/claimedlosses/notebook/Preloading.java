package io.github.claimedlosses.notebook;

import io.github.claimedlosses.model.Taxonomy;
import io.github.claimedlosses.source.Sources;
import io.github.claimedlosses.table.Preload;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loads and initializes, in the background, what the facade's first calls need: Tablesaw (its class-path scan), the
 * taxonomy, the source registry, the JSON reader and the chart classes, then whatever the caller adds (the kernel
 * extension runs a notebook's first calls once on a tiny made-up folder). Started when the kernel loads the library,
 * so that this one-time work runs while the notebook's first cells are read and compiled, and on the other core
 * while they run, not inside {@code Losses.all}; a call that gets there first waits for the class being initialized, which the JVM does once.
 */
public final class Preloading {
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    /** Classes initialized besides those above, by name: the JSON records reader and the chart classes. */
    private static final List<String> CLASSES = List.of(
            "io.github.claimedlosses.read.JsonRecords",
            "io.github.claimedlosses.read.GeneralStaffReader",
            "io.github.claimedlosses.read.OryxReader",
            "org.jfree.chart.JFreeChart",
            "org.jfree.chart.plot.XYPlot",
            "org.jfree.chart.axis.DateAxis",
            "org.jfree.chart.renderer.xy.XYLineAndShapeRenderer",
            "io.github.claimedlosses.export.chart.TimeChart",
            "io.github.claimedlosses.export.chart.ChartFiles");

    private Preloading() {
    }

    /**
     * Starts the preloading, once per JVM, and then, on the same background thread, {@code afterwards} (whose
     * failures are ignored like the preloading's); returns at once.
     */
    public static void start(Runnable afterwards) {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Preload.tablesaw();
        Thread thread = new Thread(() -> {
            try {
                Taxonomy.standard();
                Sources.standard();
                ClassLoader loader = Preloading.class.getClassLoader();
                for (String name : CLASSES) {
                    Class.forName(name, true, loader);
                }
                afterwards.run();
            } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
                // Left to the calls that need them: they meet the same failure and report it.
            }
        }, "notebook-preload");
        thread.setDaemon(true);
        thread.start();
    }
}
