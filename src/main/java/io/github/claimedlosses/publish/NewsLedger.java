package io.github.claimedlosses.publish;

import io.github.claimedlosses.export.PublishedFile;
import io.github.claimedlosses.export.chart.DatedSeries;
import io.github.claimedlosses.export.chart.Html;
import io.github.claimedlosses.export.chart.NewsSeriesChart;
import io.github.claimedlosses.ledger.DocumentClaims;
import io.github.claimedlosses.ledger.Ledger;
import io.github.claimedlosses.ledger.LedgerBuilder;
import io.github.claimedlosses.ledger.LedgerEntry;
import io.github.claimedlosses.ledger.LedgerKey;
import io.github.claimedlosses.ledger.ReferenceFigures;
import io.github.claimedlosses.ledger.StatedValue;
import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.model.Taxonomy;
import io.github.claimedlosses.source.Reading;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The report's "claims found in the news": the documents' ledger, and per claimant how many of its values the
 * General Staff dataset can check and how many it confirms.
 */
final class NewsLedger {
    private NewsLedger() {
    }

    private static final String CLAIMANT = "claimant";
    /** The agreement table's counts, in column order. */
    private static final List<String> COUNTS = List.of("entries", "disputed", "checked", "agreeing");

    /** The ledger of the publication's documents. */
    static Ledger of(List<Reading> documents) {
        LedgerBuilder builder = new LedgerBuilder();
        for (Reading document : documents) {
            builder.add(new DocumentClaims(document.name(), null, document.claims(), List.of()));
        }
        return builder.build();
    }

    /**
     * Per claimant: {@code claimant, entries, disputed} (keys stated with different values), {@code checked} (values
     * the dataset has a figure for) and {@code agreeing} (of those, equal to it).
     */
    static Table agreement(Ledger ledger, ReferenceFigures reference) {
        StringColumn claimant = StringColumn.create(CLAIMANT);
        IntColumn entries = IntColumn.create(COUNTS.get(0));
        IntColumn disputed = IntColumn.create(COUNTS.get(1));
        IntColumn checked = IntColumn.create(COUNTS.get(2));
        IntColumn agreeing = IntColumn.create(COUNTS.get(3));
        for (Claimant who : ledger.claimants()) {
            int all = 0;
            int differing = 0;
            int compared = 0;
            int equal = 0;
            for (LedgerEntry entry : ledger.entries()) {
                if (entry.key().claimant() != who) {
                    continue;
                }
                all++;
                differing += entry.isDisputed() ? 1 : 0;
                OptionalDouble value = reference.valueFor(entry.key());
                if (value.isPresent()) {
                    compared++;
                    equal += Double.compare(value.getAsDouble(), entry.value()) == 0 ? 1 : 0;
                }
            }
            claimant.append(who.id());
            entries.append(all);
            disputed.append(differing);
            checked.append(compared);
            agreeing.append(equal);
        }
        return Table.create("claims found in the news", claimant, entries, disputed, checked, agreeing);
    }

    /** The name of a claimant's chart of its series about one side: {@code news-ru-mod-ukraine}. */
    static String chartName(Claimant claimant, Side side) {
        return "news-" + claimant.id() + "-" + side.id();
    }

    /**
     * Per claimant and side of the ledger's running totals, the chart of its series beside the dataset (see
     * {@link NewsSeriesChart}), by {@link #chartName}, in the ledger's order. A date where a value stated (the
     * ledger's or another, such as a repost's typo) differs from the dataset's is marked with that value.
     */
    static Map<String, JFreeChart> seriesCharts(Ledger ledger, ReferenceFigures reference, Taxonomy taxonomy) {
        List<Category> order = taxonomy.categories();
        Map<Claimant, Map<Side, Map<Category, SortedMap<LocalDate, Double>>>> series = new TreeMap<>();
        Map<LedgerKey, List<Double>> others = new HashMap<>();
        for (LedgerEntry entry : ledger.entries()) {
            LedgerKey key = entry.key();
            if (key.kind() == Kind.CUMULATIVE) {
                series.computeIfAbsent(key.claimant(), c -> new TreeMap<>()).computeIfAbsent(key.side(),
                        s -> new TreeMap<>()).computeIfAbsent(key.category(), c -> new TreeMap<>())
                        .put(key.date(), entry.value());
                others.put(key, entry.others().stream().map(StatedValue::value).toList());
            }
        }
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        series.forEach((claimant, sides) -> sides.forEach((side, categories) -> {
            List<NewsSeriesChart.Panel> panels = new ArrayList<>();
            int checked = 0;
            int agreeing = 0;
            LocalDate latest = null;
            for (Map.Entry<Category, SortedMap<LocalDate, Double>> category : categories.entrySet()) {
                SortedMap<LocalDate, Double> differing = new TreeMap<>();
                for (Map.Entry<LocalDate, Double> value : category.getValue().entrySet()) {
                    LedgerKey key = new LedgerKey(claimant, side, category.getKey(), value.getKey(), Kind.CUMULATIVE);
                    OptionalDouble truth = reference.valueFor(key);
                    if (truth.isEmpty()) {
                        continue;
                    }
                    checked++;
                    agreeing += Double.compare(truth.getAsDouble(), value.getValue()) == 0 ? 1 : 0;
                    List<Double> stated = new ArrayList<>(List.of(value.getValue()));
                    stated.addAll(others.get(key));
                    // one mark per date: the ledger's value if it differs, else the first other value that does
                    stated.stream().filter(v -> Double.compare(truth.getAsDouble(), v) != 0).findFirst()
                            .ifPresent(v -> differing.put(value.getKey(), v));
                }
                LocalDate last = category.getValue().lastKey();
                latest = latest == null || last.isAfter(latest) ? last : latest;
                panels.add(new NewsSeriesChart.Panel(category.getKey(),
                        DatedSeries.of("Stated in the news (" + claimant.id() + ", claimed)", category.getValue()),
                        datasetSpan(reference, side, category.getKey(), category.getValue()),
                        DatedSeries.of("Stated differently from the dataset", differing)));
            }
            // the panels shown: categories with a value stated differently first, then those stated on most dates
            panels.sort(Comparator.comparingInt((NewsSeriesChart.Panel panel) -> panel.differing().size() > 0 ? 0 : 1)
                    .thenComparingInt(panel -> -panel.stated().size())
                    .thenComparingInt(panel -> order.indexOf(panel.category())));
            panels = panels.subList(0, Math.min(panels.size(), NewsSeriesChart.MAX_PANELS));
            charts.put(chartName(claimant, side), NewsSeriesChart.of(claimant, side, panels, categories.size(),
                    checked, agreeing, latest));
        }));
        return charts;
    }

    /** The dataset's figures of a category from a week before the first date stated to a week after the last. */
    private static DatedSeries datasetSpan(ReferenceFigures reference, Side side, Category category,
                                           SortedMap<LocalDate, Double> stated) {
        SortedMap<LocalDate, Double> figures = new TreeMap<>();
        LocalDate end = stated.lastKey().plusDays(7);
        for (LocalDate date = stated.firstKey().minusDays(7); !date.isAfter(end); date = date.plusDays(1)) {
            OptionalDouble value = reference.valueFor(new LedgerKey(Claimant.UA_GENERAL_STAFF, side, category, date,
                    Kind.CUMULATIVE));
            if (value.isPresent()) {
                figures.put(date, value.getAsDouble());
            }
        }
        return DatedSeries.of("General Staff dataset (claimed)", figures);
    }

    /** The report's section: the agreement table with each claimant's name, and the charts of its series. */
    static String section(Table agreement, List<PublishedFile> charts) {
        StringBuilder html = new StringBuilder();
        html.append("<h2>Claims found in the news</h2>\n<p>The documents' figures, one ledger value per claimant, ")
                .append("side, category, date and kind (<a href=\"tables/news_ledger.csv\">news_ledger.csv</a>); ")
                .append("the General Staff dataset checks the General Staff's own running totals.</p>\n")
                .append("<table>\n<tr><th>Claimant</th><th>Values</th><th>Stated differently</th>")
                .append("<th>Checked against the dataset</th><th>Agreeing</th></tr>\n");
        for (int row = 0; row < agreement.rowCount(); row++) {
            html.append("<tr><td>").append(Html.escape(Claimant.fromId(agreement.stringColumn(CLAIMANT).get(row))
                    .label())).append("</td>");
            for (String column : COUNTS) {
                html.append("<td>").append(String.format(Locale.ROOT, "%,d", agreement.intColumn(column).get(row)))
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
        if (!charts.isEmpty()) {
            html.append("<p>Each claimant's running totals found in the news, with the dataset's figures where it ")
                    .append("has them; a value stated differently from the dataset (the ledger's, or a repost's typo) is marked.</p>\n<div class=\"charts\">\n");
            for (PublishedFile chart : charts) {
                ReportPage.appendFigure(html, chart, List.of());
            }
            html.append("</div>\n");
        }
        return html.toString();
    }
}
