package io.github.claimedlosses.export.chart;

import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Taxonomy;
import io.github.claimedlosses.stats.RussiaVsUkraine;
import java.util.List;
import org.jfree.chart.JFreeChart;

/** Russian per Ukrainian visually confirmed losses (Oryx), one line per category. */
public final class RussiaUkraineChart {
    private RussiaUkraineChart() {
    }

    /**
     * @param ratios     a Russia-to-Ukraine comparison ({@code Ratios.russiaVsUkraine})
     * @param categories the categories to draw, in legend order
     */
    public static JFreeChart of(RussiaVsUkraine ratios, List<Category> categories) {
        RussiaVsUkraine usable = ratios.withRatio();
        ChartLabels labels = new ChartLabels(
                "Russian losses per Ukrainian loss, as visually confirmed by Oryx",
                "Ratio of confirmed running totals by category, each side's latest count on or before each date",
                Attribution.sourceLine(Claimant.ORYX, usable.latestDate()),
                "Date", "Russian per Ukrainian loss");
        TimeChart chart = TimeChart.with(labels).ratioAxis().withLegend();
        int colour = 0;
        for (Category category : categories) {
            RussiaVsUkraine rows = usable.forCategory(category);
            if (!rows.isEmpty()) {
                chart.line(DatedSeries.of(category.label(), rows.dates(), rows.ratios()),
                        Palette.series(colour++), 2f, false);
            }
        }
        return chart.build();
    }

    /** The categories drawn by default: the main kinds of heavy equipment of {@code taxonomy}. */
    public static List<Category> headlineCategories(Taxonomy taxonomy) {
        return List.of(taxonomy.category("tanks"), taxonomy.category("armored_vehicles"),
                taxonomy.category("artillery"), taxonomy.category("mlrs"), taxonomy.category("air_defense"),
                taxonomy.category("aircraft"));
    }
}
