package io.github.claimedlosses.export.chart;

import io.github.claimedlosses.model.ClaimSchema;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Side;
import java.awt.BasicStroke;
import java.awt.Font;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import tech.tablesaw.api.Table;

/**
 * The running totals a document states for one date, beside the General Staff dataset's figures for the same
 * date where the dataset has them: one pair of bars per category, on a logarithmic scale so that personnel and
 * submarines fit one chart.
 */
public final class DocumentChart {
    /**
     * Categories that prose names more finely than the dataset: the General Staff's "personnel" counts those
     * killed (the seed article quotes it as "killed approximately 17,500").
     */
    private static final Map<String, String> DATASET_CATEGORY = Map.of("personnel_killed", "personnel");

    private DocumentChart() {
    }

    /**
     * The date most of the document's running totals are stated for (the earliest on a tie), if it states any.
     */
    public static Optional<LocalDate> mainDate(List<Claim> claims) {
        Map<LocalDate, Long> counts = claims.stream().filter(DocumentChart::isComparable)
                .collect(Collectors.groupingBy(Claim::date, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Comparator.comparing(Map.Entry<LocalDate, Long>::getValue)
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).map(Map.Entry::getKey);
    }

    /**
     * The chart of {@code document}'s running totals on {@code date} beside {@code generalStaff} (a wide table of
     * the General Staff's cumulative claims about Russia, or an empty table).
     */
    public static JFreeChart of(String document, List<Claim> claims, LocalDate date, Table generalStaff) {
        List<Claim> stated = claims.stream().filter(DocumentChart::isComparable).filter(c -> date.equals(c.date()))
                .collect(Collectors.toList());
        Map<String, Claimant> claimants = stated.stream().collect(Collectors.toMap(c -> c.claimant().id(),
                Claim::claimant, (a, b) -> a, TreeMap::new));
        int row = generalStaff.isEmpty() ? -1 : generalStaff.dateColumn(ClaimSchema.DATE).indexOf(date);
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        String documentSeries = "In the document (" + String.join(", ", claimants.keySet()) + ", claimed)";
        String datasetSeries = "General Staff dataset, same date (claimed)";
        Function<Claim, String> label = claim -> claim.category().label()
                + (claim.qualifier().isApproximate() ? " (" + claim.qualifier().id().replace('_', ' ') + ")" : "");
        for (Claim claim : stated) {
            dataset.addValue(claim.value(), documentSeries, label.apply(claim));
            String column = DATASET_CATEGORY.getOrDefault(claim.category().id(), claim.category().id());
            if (row >= 0 && generalStaff.containsColumn(column) && !generalStaff.column(column).isMissing(row)) {
                dataset.addValue(generalStaff.numberColumn(column).getDouble(row), datasetSeries, label.apply(claim));
            }
        }
        ChartLabels labels = new ChartLabels(
                "Russian losses as of " + date + " stated in " + document,
                row >= 0 ? "Beside the General Staff dataset's figures for the same date; logarithmic scale"
                        : "The General Staff dataset has no record for " + date + "; logarithmic scale",
                "Source: " + document + " (claims as stated); General Staff of the Armed Forces of Ukraine, claimed "
                        + "(via PetroIvaniuk/2022-Ukraine-Russia-War-Dataset, MIT)",
                "", "Count (log scale)");
        return build(dataset, labels);
    }

    private static boolean isComparable(Claim claim) {
        return claim.date() != null && claim.side() == Side.RUSSIA && claim.kind() == Kind.CUMULATIVE
                && !claim.isConfirmed();
    }

    private static JFreeChart build(DefaultCategoryDataset dataset, ChartLabels labels) {
        CategoryAxis categories = new CategoryAxis(labels.xAxis());
        categories.setCategoryMargin(0.25);
        LogAxis values = new LogAxis(labels.yAxis());
        values.setSmallestValue(1);
        values.setBase(10);
        values.setNumberFormatOverride(ChartStyle.counts());
        values.setTickUnit(new NumberTickUnit(1), false, true);
        values.setUpperMargin(0.12);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setSeriesPaint(0, Palette.BLUE);
        renderer.setSeriesPaint(1, Palette.GREY);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", ChartStyle.counts()));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        renderer.setDefaultOutlineStroke(new BasicStroke(0f));
        CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart(labels.title(), ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart, labels);
        return chart;
    }
}
