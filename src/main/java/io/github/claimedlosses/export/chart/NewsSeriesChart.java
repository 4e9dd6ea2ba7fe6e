package io.github.claimedlosses.export.chart;

import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Side;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.plot.XYPlot;

/**
 * One claimant's running totals as found in the news (the ledger's value per date), a panel per category on one
 * date axis, beside the General Staff dataset's figures where it has some: the report's "claims found in the news".
 * A date where a value stated differs from the dataset's (the ledger's value, or another document's, such as a
 * repost's typo) is marked.
 */
public final class NewsSeriesChart {
    /** The share of the date axis left free before the first and after the last date. */
    private static final double POINT_MARGIN = 0.03;

    /**
     * At most this many panels: the categories with a value stated differently from the dataset first, then those
     * stated on the most dates, then the taxonomy's first.
     */
    public static final int MAX_PANELS = 4;

    /** The chart's height in pixels, for its panels (its width is {@link ChartStyle#WIDTH}). */
    public static final int HEIGHT = 620;

    private NewsSeriesChart() {
    }

    /**
     * One category's panel.
     *
     * @param category  the category
     * @param stated    the ledger's values by date
     * @param dataset   the dataset's figures over the dates stated (empty when it has none)
     * @param differing per date, a value stated that differs from the dataset's for it
     */
    public record Panel(Category category, DatedSeries stated, DatedSeries dataset, DatedSeries differing) {
        public Panel {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(stated, "stated");
            Objects.requireNonNull(dataset, "dataset");
            Objects.requireNonNull(differing, "differing");
        }
    }

    /**
     * The chart of {@code claimant}'s claims about {@code side}'s losses.
     *
     * @param categories how many categories the claimant states in all (more than the panels when cut)
     * @param checked    how many of its ledger values the dataset checks (the General Staff's own running totals)
     * @param agreeing   how many of those equal the dataset's
     * @param latest     the latest date stated
     */
    public static JFreeChart of(Claimant claimant, Side side, List<Panel> panels, int categories, int checked,
                                int agreeing, LocalDate latest) {
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("no panels to draw for " + claimant.id());
        }
        String shown = panels.size() < categories ? panels.size() + " of its " + categories + " categories"
                : categories == 1 ? "its one category" : "its " + categories + " categories";
        boolean datasetDrawn = panels.stream().anyMatch(panel -> panel.dataset().size() > 0);
        String agreement = claimant == Claimant.UA_GENERAL_STAFF && checked > 0
                ? String.format(Locale.ROOT, "%,d of %,d values agree with the General Staff dataset", agreeing,
                checked)
                : datasetDrawn ? "grey: the General Staff dataset's own claims, for comparison"
                : "the General Staff dataset has no figures to compare";
        ChartLabels labels = new ChartLabels(
                Attribution.whose(side) + " losses " + Attribution.statedBy(claimant) + ", as found in the news",
                "Running totals (the ledger's values), " + shown + "; " + agreement,
                "Sources: the documents read (claims as stated)" + (datasetDrawn ? "; "
                        + Attribution.source(Claimant.UA_GENERAL_STAFF) : "") + "; as of " + latest,
                "Date", "");
        XYPlot[] plots = new XYPlot[panels.size()];
        int[] weights = new int[panels.size()];
        for (int i = 0; i < panels.size(); i++) {
            Panel panel = panels.get(i);
            TimeChart chart = TimeChart.with(new ChartLabels("", "", "", "", "")).fittedRange();
            if (panel.dataset().size() > 0) {
                chart.line(panel.dataset(), Palette.GREY, 1.5f, false);
            }
            chart.points(panel.stated(), Palette.BLUE);
            if (panel.differing().size() > 0) {
                chart.points(panel.differing(), Palette.VERMILION);
            }
            plots[i] = chart.plot();
            TextTitle name = new TextTitle(ChartLabels.capitalised(panel.category().label()), ChartStyle.SOURCE);
            name.setBackgroundPaint(new java.awt.Color(255, 255, 255, 200));
            plots[i].addAnnotation(new XYTitleAnnotation(0.005, 0.98, name, RectangleAnchor.TOP_LEFT));
            weights[i] = 1;
        }
        JFreeChart chart = StackedTimeChart.of(labels, plots, weights);
        // every panel has the same series: the legend names each once
        LegendItemCollection once = new LegendItemCollection();
        Set<String> named = new HashSet<>();
        LegendItemCollection all = chart.getXYPlot().getLegendItems();
        for (int i = 0; i < all.getItemCount(); i++) {
            LegendItem item = all.get(i);
            if (named.add(item.getLabel())) {
                once.add(item);
            }
        }
        chart.getXYPlot().setFixedLegendItems(once);
        // the news gives few dates: room at both ends so that the first and last points are not cut by the axes
        chart.getXYPlot().getDomainAxis().setLowerMargin(POINT_MARGIN);
        chart.getXYPlot().getDomainAxis().setUpperMargin(POINT_MARGIN);
        return chart;
    }
}
