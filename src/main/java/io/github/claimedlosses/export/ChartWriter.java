package io.github.claimedlosses.export;

import io.github.claimedlosses.export.chart.ChartFiles;
import io.github.claimedlosses.export.chart.ChartLabels;
import io.github.claimedlosses.export.chart.DatedSeries;
import io.github.claimedlosses.export.chart.InteractiveChart;
import io.github.claimedlosses.files.OutputFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jfree.chart.ui.Drawable;

/**
 * Writes charts into a publication's {@code charts/} folder as PNG, SVG and, where it helps, interactive HTML.
 * Charts are rendered on all cores: {@link #write} hands a built chart to a pool of rendering threads, each chart
 * rendered once to PNG and once to SVG by one thread, and {@link #written()} (or {@link #close()}) waits for every
 * chart and rethrows the first failure. Each file depends only on its own chart, so the bytes do not depend on the
 * order the threads finish in.
 */
public final class ChartWriter implements AutoCloseable {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final Path folder;
    private final String plotlyJs;
    private final List<PublishedFile> written = new ArrayList<>();
    private final List<Future<?>> pending = new ArrayList<>();
    private final ExecutorService renderers;

    /**
     * @param folder   the {@code charts/} folder
     * @param plotlyJs where interactive pages load plotly.js from
     */
    public ChartWriter(Path folder, String plotlyJs) {
        this.folder = folder;
        this.plotlyJs = plotlyJs;
        int pool = POOLS.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        this.renderers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            Thread thread = new Thread(task, "chart-renderer-" + pool + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Writes {@code name.png} and {@code name.svg} at the given size (rendered in the background). */
    public void write(String name, String title, Drawable chart, int width, int height) {
        written.add(new PublishedFile("charts/" + name + ".png", title, "chart"));
        pending.add(renderers.submit(() -> {
            OutputFiles.writeAtomically(folder.resolve(name + ".png"), ChartFiles.png(chart, width, height));
            OutputFiles.writeAtomically(folder.resolve(name + ".svg"), ChartFiles.svg(chart, width, height, name));
        }));
    }

    /** Writes {@code name.html}, an interactive page of {@code series}. */
    public void writeInteractive(String name, ChartLabels labels, List<DatedSeries> series) {
        OutputFiles.writeAtomically(folder.resolve(name + ".html"), InteractiveChart.page(labels, series, plotlyJs));
        written.add(new PublishedFile("charts/" + name + ".html", labels.title(), "interactive"));
    }

    /**
     * The charts written, in the order asked for: one entry per chart pointing at its PNG, and one per interactive
     * page. Waits until every chart asked for so far is on disk.
     */
    public List<PublishedFile> written() {
        awaitAll();
        return List.copyOf(written);
    }

    /** Waits for the charts still rendering and stops the rendering threads. */
    @Override
    public void close() {
        try {
            awaitAll();
        } finally {
            renderers.shutdownNow();
        }
    }

    private void awaitAll() {
        RuntimeException failure = null;
        for (Future<?> future : pending) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = failure == null ? new IllegalStateException("interrupted while rendering charts", e) : failure;
            } catch (ExecutionException | CancellationException e) {
                Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                if (cause instanceof Error error) {
                    throw error;
                }
                if (failure == null) {
                    failure = cause instanceof RuntimeException runtime ? runtime
                            : new IllegalStateException("cannot render a chart", cause);
                }
            }
        }
        pending.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
