package io.github.claimedlosses.export.chart;

import io.github.claimedlosses.model.ClaimSchema;
import io.github.claimedlosses.stats.Ratios;
import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Taxonomy;
import java.util.List;
import org.jfree.chart.JFreeChart;
import tech.tablesaw.api.Table;

/** Russian per Ukrainian visually confirmed losses (Oryx), one line per category. */
public final class RussiaUkraineChart {
    private RussiaUkraineChart() {
    }

    /**
     * @param ratios     a Russia-to-Ukraine table ({@code Ratios.russiaVsUkraine})
     * @param categories the categories to draw, in legend order
     */
    public static JFreeChart of(Table ratios, List<Category> categories) {
        Table usable = ratios.where(ratios.doubleColumn(Ratios.RUSSIA_PER_UKRAINE).isNotMissing());
        ChartLabels labels = new ChartLabels(
                "Russian losses per Ukrainian loss, as visually confirmed by Oryx",
                "Ratio of confirmed running totals by category, each side's latest count on or before each date",
                Attribution.sourceLine(Claimant.ORYX, StatRows.latest(usable, ClaimSchema.DATE)),
                "Date", "Russian per Ukrainian loss");
        TimeChart chart = TimeChart.with(labels).ratioAxis().withLegend();
        int colour = 0;
        for (Category category : categories) {
            Table rows = StatRows.of(usable, category);
            if (!rows.isEmpty()) {
                chart.line(DatedSeries.of(category.label(), rows, ClaimSchema.DATE, Ratios.RUSSIA_PER_UKRAINE),
                        Palette.series(colour++), 2f, false);
            }
        }
        return chart.build();
    }

    /** The categories drawn by default: the main kinds of heavy equipment. */
    public static List<Category> headlineCategories() {
        Taxonomy taxonomy = Taxonomy.standard();
        return List.of(taxonomy.category("tanks"), taxonomy.category("armored_vehicles"),
                taxonomy.category("artillery"), taxonomy.category("mlrs"), taxonomy.category("air_defense"),
                taxonomy.category("aircraft"));
    }
}
