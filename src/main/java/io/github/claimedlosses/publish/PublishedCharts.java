package io.github.claimedlosses.publish;

import io.github.claimedlosses.export.ChartWriter;
import io.github.claimedlosses.export.PublishedFile;
import io.github.claimedlosses.export.chart.ChartLabels;
import io.github.claimedlosses.export.chart.ChartStyle;
import io.github.claimedlosses.export.chart.ClaimedConfirmedChart;
import io.github.claimedlosses.export.chart.CumulativeCharts;
import io.github.claimedlosses.export.chart.DailyChart;
import io.github.claimedlosses.export.chart.DocumentChart;
import io.github.claimedlosses.export.chart.MixChart;
import io.github.claimedlosses.export.chart.MonthlyChart;
import io.github.claimedlosses.export.chart.NewsSeriesChart;
import io.github.claimedlosses.export.chart.RussiaUkraineChart;
import io.github.claimedlosses.export.chart.TrendChart;
import io.github.claimedlosses.files.FileNames;
import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.model.Taxonomy;
import io.github.claimedlosses.source.Reading;
import io.github.claimedlosses.stats.ClaimedVsConfirmed;
import io.github.claimedlosses.stats.FittedLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jfree.chart.JFreeChart;
import tech.tablesaw.api.Table;

/** Draws every chart of a publication through one {@link ChartWriter}; what cannot be drawn becomes a note. */
final class PublishedCharts {
    private static final Claimant GS = Claimant.UA_GENERAL_STAFF;

    private final ChartWriter writer;
    private final Taxonomy taxonomy;
    private final Consumer<String> notes;

    PublishedCharts(ChartWriter writer, Taxonomy taxonomy, Consumer<String> notes) {
        this.writer = writer;
        this.taxonomy = taxonomy;
        this.notes = notes;
    }

    /** Running totals per category, interactive too, and the small-multiples overview. */
    int cumulative(Table wide) {
        List<Category> categories = CumulativeCharts.categoriesIn(wide, taxonomy);
        for (Category category : categories) {
            String name = "cumulative-" + category.id();
            ChartLabels labels = CumulativeCharts.labels(wide, GS, Side.RUSSIA, category);
            write(name, CumulativeCharts.of(wide, GS, Side.RUSSIA, category));
            writer.writeInteractive(name, labels, List.of(CumulativeCharts.series(wide, GS, category)));
        }
        writer.write("cumulative-overview", "Russian losses by category, claimed by Ukraine's General Staff "
                + "(small multiples)", CumulativeCharts.overview(wide, GS, Side.RUSSIA, taxonomy), 1400, 1000);
        return categories.size() + 1;
    }

    /** Daily bars with rolling means, and monthly sums, per category. */
    int daily(PublishedStatistics statistics, List<Category> categories) {
        LocalDate asOf = statistics.daily().latestDate();
        for (Category category : categories) {
            write("daily-" + category.id(), DailyChart.of(statistics.daily(), statistics.rolling(), GS, Side.RUSSIA,
                    category));
            write("monthly-" + category.id(), MonthlyChart.of(statistics.monthly(), asOf, GS, Side.RUSSIA, category));
        }
        return 2 * categories.size();
    }

    /** Claimed against confirmed per mapped category, Russia against Ukraine (Oryx), and the category mix. */
    int comparisons(PublishedStatistics statistics) {
        int drawn = 0;
        if (statistics.confirmed().isEmpty()) {
            notes.accept("no Oryx daily counts: the claimed-versus-confirmed and Russia-versus-Ukraine charts are "
                    + "not drawn");
        } else {
            PublishedStatistics.Confirmed confirmed = statistics.confirmed().get();
            ClaimedVsConfirmed matched = confirmed.claimedVsConfirmed().matched();
            for (Category category : taxonomy.categories()) {
                if (!matched.forCategory(category).isEmpty()) {
                    write("claimed-vs-confirmed-" + category.id(), ClaimedConfirmedChart.of(
                            confirmed.claimedVsConfirmed(), category));
                    drawn++;
                }
            }
            write("russia-vs-ukraine", RussiaUkraineChart.of(confirmed.russiaVsUkraine(),
                    RussiaUkraineChart.headlineCategories(taxonomy)));
            drawn++;
        }
        write("category-mix", MixChart.of(statistics.mix(), GS, Side.RUSSIA, statistics.mixCategories()));
        return drawn + 1;
    }

    /** Fit, phases and projection per category still reported on the latest date. */
    int trends(PublishedStatistics statistics, List<Category> categories) {
        int drawn = 0;
        for (Category category : categories) {
            Optional<FittedLine> fit = statistics.fits().totalLine(category);
            if (fit.isEmpty()) {
                continue;
            }
            TrendChart.Inputs inputs = new TrendChart.Inputs(statistics.daily().forCategory(category),
                    statistics.rolling().forCategory(category), fit.get(),
                    statistics.phases().forCategory(category).phases(),
                    statistics.projections().forCategory(category));
            write("trend-" + category.id(), TrendChart.of(inputs, GS, Side.RUSSIA, category));
            drawn++;
        }
        return drawn;
    }

    /** Per document, its running totals beside the dataset's figures for the same date. */
    int documents(List<Reading> documents, Table generalStaff) {
        int drawn = 0;
        FileNames names = new FileNames();
        for (Reading document : documents) {
            List<Claim> claims = document.claims();
            var date = DocumentChart.mainDate(claims);
            if (date.isEmpty()) {
                notes.accept(document.name() + ": states no dated running total about Russian losses: no chart");
                continue;
            }
            JFreeChart chart = DocumentChart.of(document.name(), claims, date.get(), generalStaff);
            writer.write("document-" + names.stem(document.name()), chart.getTitle().getText(), chart,
                    ChartStyle.WIDTH, 620);
            drawn++;
        }
        return drawn;
    }

    /** The news ledger's charts, one per claimant and side ({@link NewsLedger#seriesCharts}); their files. */
    List<PublishedFile> news(Map<String, JFreeChart> charts) {
        List<PublishedFile> files = new ArrayList<>();
        charts.forEach((name, chart) -> {
            writer.write(name, chart.getTitle().getText(), chart, ChartStyle.WIDTH, NewsSeriesChart.HEIGHT);
            files.add(new PublishedFile("charts/" + name + ".png", chart.getTitle().getText(), "chart"));
        });
        return files;
    }

    private void write(String name, JFreeChart chart) {
        writer.write(name, chart.getTitle().getText(), chart, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }

}
