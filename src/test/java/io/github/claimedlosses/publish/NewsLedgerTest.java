package io.github.claimedlosses.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimedlosses.SharedData;
import io.github.claimedlosses.export.PublishedFile;
import io.github.claimedlosses.export.chart.NewsSeriesChart;
import io.github.claimedlosses.ledger.DocumentClaims;
import io.github.claimedlosses.ledger.LedgerBuilder;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Provenance;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.model.Taxonomy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import io.github.claimedlosses.source.Sources;
import io.github.claimedlosses.ledger.Ledger;
import io.github.claimedlosses.ledger.ReferenceFigures;
import io.github.claimedlosses.read.DatasetFormat;
import io.github.claimedlosses.read.DatasetReader;
import io.github.claimedlosses.read.Strictness;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** "Claims found in the news": the project's own documents against the General Staff dataset. */
class NewsLedgerTest {
    @Test
    void theProjectsBulletinsAgreeWithTheDatasetValueForValue() {
        Ledger ledger = NewsLedger.of(Sources.standard().read(Path.of("seeds"), false));
        ReferenceFigures reference = ReferenceFigures.of(new DatasetReader(Strictness.STRICT).readFolder(
                SharedData.datasets(), EnumSet.of(DatasetFormat.GS_EQUIPMENT, DatasetFormat.GS_PERSONNEL)).claims());
        Table agreement = NewsLedger.agreement(ledger, reference);
        Table generalStaff = agreement.where(agreement.stringColumn("claimant").isEqualTo("ua-general-staff"));
        assertThat(generalStaff.rowCount()).isEqualTo(1);
        // Two bulletins of 14 categories each, a running total and an increment per line; the totals are checked.
        assertThat(generalStaff.intColumn("entries").get(0)).isEqualTo(2 * 14 * 2);
        assertThat(generalStaff.intColumn("checked").get(0)).isEqualTo(2 * 14);
        assertThat(generalStaff.intColumn("agreeing").get(0)).isEqualTo(2 * 14);
        assertThat(generalStaff.intColumn("disputed").get(0)).isZero();
        assertThat(NewsLedger.section(agreement, List.of())).contains("<h2>Claims found in the news</h2>")
                .contains("<td>General Staff of the Armed Forces of Ukraine</td><td>56</td><td>0</td><td>28</td>"
                        + "<td>28</td></tr>").doesNotContain("<figure>");

        Map<String, JFreeChart> charts = NewsLedger.seriesCharts(ledger, reference, Taxonomy.standard());
        assertThat(charts.keySet()).containsExactly("news-ua-general-staff-russia", "news-ua-mod-russia");
        JFreeChart staff = charts.get("news-ua-general-staff-russia");
        assertThat(subtitles(staff)).anyMatch(text -> text.equals("Running totals (the ledger's values), 4 of its 14 "
                + "categories; 28 of 28 values agree with the General Staff dataset"));
        List<XYPlot> panels = panels(staff);
        assertThat(panels).hasSize(NewsSeriesChart.MAX_PANELS);
        // both bulletins state every category: the taxonomy's first four, each on the two bulletins' dates
        assertThat(panels.get(1).getDataset(1).getItemCount(0)).isEqualTo(2);
        assertThat(panels.get(1).getDataset(1).getYValue(0, 0)).isEqualTo(4_599);
        assertThat(panels.get(1).getDataset(0).getItemCount(0)).isGreaterThan(160);
        assertThat(staff.getXYPlot().getFixedLegendItems().getItemCount()).isEqualTo(2);

        String section = NewsLedger.section(agreement, List.of(new PublishedFile(
                "charts/news-ua-general-staff-russia.png", staff.getTitle().getText(), "chart")));
        assertThat(section).contains("<img src=\"charts/news-ua-general-staff-russia.png\"")
                .contains("charts/news-ua-general-staff-russia.svg");
    }

    @Test
    void aRepostsTypoIsMarkedAgainstTheDataset() {
        Taxonomy taxonomy = Taxonomy.standard();
        LocalDate first = LocalDate.of(2023, 10, 1);
        List<Claim> truth = List.of(tanks(first, 4_711, "dataset"), tanks(first.plusDays(1), 4_722, "dataset"));
        LedgerBuilder builder = new LedgerBuilder();
        builder.add(new DocumentClaims("a", first, List.of(tanks(first, 4_711, "a")), List.of()));
        builder.add(new DocumentClaims("b", first, List.of(tanks(first.plusDays(1), 4_772, "b")), List.of()));
        JFreeChart chart = NewsLedger.seriesCharts(builder.build(), ReferenceFigures.of(truth), taxonomy)
                .get("news-ua-general-staff-russia");
        assertThat(subtitles(chart)).anyMatch(text -> text.endsWith("its one category; 1 of 2 values agree with the "
                + "General Staff dataset"));
        XYPlot tanks = panels(chart).get(0);
        assertThat(tanks.getDataset(2).getItemCount(0)).isEqualTo(1);
        assertThat(tanks.getDataset(2).getYValue(0, 0)).isEqualTo(4_772);
        assertThat(chart.getXYPlot().getFixedLegendItems().getItemCount()).isEqualTo(3);
    }

    private static Claim tanks(LocalDate date, double value, String source) {
        return new Claim(date, null, Claimant.UA_GENERAL_STAFF, Side.RUSSIA, Taxonomy.standard().category("tanks"),
                value, Qualifier.EXACT, null, null, Kind.CUMULATIVE, new Provenance(source, "offset 0", ""));
    }

    private static List<String> subtitles(JFreeChart chart) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle title) {
                texts.add(title.getText());
            }
        }
        return texts;
    }

    @SuppressWarnings("unchecked")
    private static List<XYPlot> panels(JFreeChart chart) {
        return ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots();
    }
}
