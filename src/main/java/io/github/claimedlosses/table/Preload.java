package io.github.claimedlosses.table;

import java.util.concurrent.atomic.AtomicBoolean;
import tech.tablesaw.api.Table;

/**
 * Initializes Tablesaw in the background. Tablesaw's {@code Table} class scans the whole class path for readers and
 * writers (with ClassGraph) when it is first used: a quarter of a second for the tool's jar, more in a notebook
 * kernel with every dependency on its class path. Started before work that does not need tables (reading the dataset
 * files), the scan runs on another core meanwhile; code that reaches {@code Table} first simply waits for the one
 * initialization, which the JVM runs once.
 */
public final class Preload {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private Preload() {
    }

    /** Starts initializing Tablesaw on a background thread, once per JVM; returns at once. */
    public static void tablesaw() {
        if (STARTED.compareAndSet(false, true)) {
            Thread thread = new Thread(() -> {
                try {
                    Table.create("preload");
                } catch (RuntimeException | LinkageError e) {
                    // Left to the code that uses tables: it meets the same failure and reports it.
                }
            }, "tablesaw-preload");
            thread.setDaemon(true);
            thread.start();
        }
    }
}
