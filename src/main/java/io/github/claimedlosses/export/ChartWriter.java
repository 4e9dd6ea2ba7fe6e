package io.github.claimedlosses.export;

import io.github.claimedlosses.files.OutputFiles;
import io.github.claimedlosses.export.chart.ChartFiles;
import io.github.claimedlosses.export.chart.ChartLabels;
import io.github.claimedlosses.export.chart.DatedSeries;
import io.github.claimedlosses.export.chart.InteractiveChart;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ui.Drawable;

/** Writes charts into a publication's {@code charts/} folder as PNG, SVG and, where it helps, interactive HTML. */
public final class ChartWriter {
    private final Path folder;
    private final String plotlyJs;
    private final List<PublishedFile> written = new ArrayList<>();

    /**
     * @param folder   the {@code charts/} folder
     * @param plotlyJs where interactive pages load plotly.js from
     */
    public ChartWriter(Path folder, String plotlyJs) {
        this.folder = folder;
        this.plotlyJs = plotlyJs;
    }

    /** Writes {@code name.png} and {@code name.svg} at the given size. */
    public void write(String name, String title, Drawable chart, int width, int height) {
        OutputFiles.writeAtomically(folder.resolve(name + ".png"), ChartFiles.png(chart, width, height));
        OutputFiles.writeAtomically(folder.resolve(name + ".svg"), ChartFiles.svg(chart, width, height, name));
        written.add(new PublishedFile("charts/" + name + ".png", title, "chart"));
    }

    /** Writes {@code name.html}, an interactive page of {@code series}. */
    public void writeInteractive(String name, ChartLabels labels, List<DatedSeries> series) {
        OutputFiles.writeAtomically(folder.resolve(name + ".html"), InteractiveChart.page(labels, series, plotlyJs));
        written.add(new PublishedFile("charts/" + name + ".html", labels.title(), "interactive"));
    }

    /** The charts written so far, in order: one entry per chart pointing at its PNG, and one per interactive page. */
    public List<PublishedFile> written() {
        return List.copyOf(written);
    }
}
