package io.github.claimedlosses.export.chart;

import io.github.claimedlosses.model.ClaimSchema;
import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.model.Taxonomy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import tech.tablesaw.api.Table;

/** Charts of running totals from a wide table of one claimant's cumulative figures about one side. */
public final class CumulativeCharts {
    private CumulativeCharts() {
    }

    /**
     * The running total of {@code category}.
     *
     * @param wide      one row per date, one column per category (see {@code WideTable})
     * @param claimant  who states the figures
     * @param side      whose losses they count
     */
    public static JFreeChart of(Table wide, Claimant claimant, Side side, Category category) {
        return TimeChart.with(labels(wide, claimant, side, category)).line(series(wide, claimant, category),
                Palette.BLUE).build();
    }

    /** The words on the chart of {@code category}'s running total. */
    public static ChartLabels labels(Table wide, Claimant claimant, Side side, Category category) {
        return new ChartLabels(
                Attribution.whose(side) + " " + ChartLabels.inSentence(category.label()) + " lost, "
                        + Attribution.statedBy(claimant),
                "Running total since 24 February 2022, in " + category.unit(),
                Attribution.sourceLine(claimant, asOf(wide)),
                "Date",
                ChartLabels.capitalised(category.unit()) + " (cumulative)");
    }

    /** Every category of {@code taxonomy} in {@code wide} as a small chart with its own scale, four to a row. */
    public static SmallMultiples overview(Table wide, Claimant claimant, Side side, Taxonomy taxonomy) {
        List<JFreeChart> panels = new ArrayList<>();
        for (Category category : categoriesIn(wide, taxonomy)) {
            ChartLabels panelLabels = new ChartLabels(category.label(), category.unit(), "", "", "");
            JFreeChart panel = TimeChart.with(panelLabels).line(series(wide, claimant, category), Palette.BLUE, 1.5f,
                    false).build();
            panel.getTitle().setFont(ChartStyle.LEGEND.deriveFont(java.awt.Font.BOLD));
            panel.clearSubtitles();
            panel.getXYPlot().getDomainAxis().setLabel(null);
            panels.add(panel);
        }
        ChartLabels labels = new ChartLabels(
                Attribution.whose(side) + " losses by category, " + Attribution.statedBy(claimant),
                "Running totals since 24 February 2022; each panel has its own scale",
                Attribution.sourceLine(claimant, asOf(wide)), "", "");
        return new SmallMultiples(labels, panels, 4);
    }

    /** The categories of {@code taxonomy} that have a column in {@code wide}, in taxonomy order. */
    public static List<Category> categoriesIn(Table wide, Taxonomy taxonomy) {
        List<Category> categories = new ArrayList<>();
        for (Category category : taxonomy.categories()) {
            if (wide.containsColumn(category.id())) {
                categories.add(category);
            }
        }
        return categories;
    }

    /** The running total of {@code category}, named for the legend with "claimed" or "confirmed". */
    public static DatedSeries series(Table wide, Claimant claimant, Category category) {
        String role = claimant == Claimant.ORYX ? "confirmed" : "claimed";
        return DatedSeries.of(category.label() + " (" + role + ")", wide, ClaimSchema.DATE, category.id());
    }

    static LocalDate asOf(Table wide) {
        return wide.dateColumn(ClaimSchema.DATE).max();
    }
}
