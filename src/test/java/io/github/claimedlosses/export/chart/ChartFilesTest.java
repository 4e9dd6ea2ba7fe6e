package io.github.claimedlosses.export.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class ChartFilesTest {
    private static DatedSeries growing(int days) {
        List<LocalDate> dates = new ArrayList<>();
        double[] values = new double[days];
        double total = 0;
        for (int i = 0; i < days; i++) {
            dates.add(LocalDate.of(2022, 2, 25).plusDays(i));
            total += 5 + (i * 7919 % 13);
            values[i] = total;
        }
        return new DatedSeries("Tanks (claimed)", dates, values);
    }

    private static final ChartLabels LABELS = new ChartLabels("Russian tanks lost <script>alert(1)</script>",
            "Cumulative count", "Source: General Staff of the Armed Forces of Ukraine, claimed; as of 2026-08-08",
            "Date", "Tanks");

    @Test
    void svgOfA1600PointLineStaysUnder150KbAndEscapesText() {
        JFreeChart chart = TimeChart.with(LABELS).line(growing(1600), Palette.BLUE).build();
        String svg = ChartFiles.svg(chart, 900, 500, "tanks");
        assertThat(svg.getBytes(StandardCharsets.UTF_8).length).isLessThan(150 * 1024);
        assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(svg).contains("Source: General Staff of the Armed Forces of Ukraine, claimed; as of 2026-08-08");
    }

    @Test
    void renderingIsDeterministic() {
        DatedSeries series = growing(400);
        byte[] first = ChartFiles.png(TimeChart.with(LABELS).line(series, Palette.BLUE).build(), 900, 500);
        byte[] second = ChartFiles.png(TimeChart.with(LABELS).line(series, Palette.BLUE).build(), 900, 500);
        assertThat(first).isEqualTo(second);
        assertThat(ChartFiles.svg(TimeChart.with(LABELS).line(series, Palette.BLUE).build(), 900, 500, "a"))
                .isEqualTo(ChartFiles.svg(TimeChart.with(LABELS).line(series, Palette.BLUE).build(), 900, 500, "a"));
    }

    @Test
    void pngHasThePixelSizeAsked() throws Exception {
        byte[] png = ChartFiles.png(TimeChart.with(LABELS).line(growing(30), Palette.BLUE).build(), 900, 500);
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(500);
    }

    @Test
    void dateAxisCoversTheDataWithYearTicksOnLongSeries() {
        JFreeChart chart = TimeChart.with(LABELS).line(growing(1600), Palette.BLUE).build();
        XYPlot plot = chart.getXYPlot();
        var range = plot.getDataRange(plot.getDomainAxis());
        assertThat((long) range.getLowerBound()).isEqualTo(LocalDate.of(2022, 2, 25).atStartOfDay(
                java.time.ZoneOffset.UTC).toInstant().toEpochMilli());
        assertThat((long) range.getUpperBound()).isEqualTo(LocalDate.of(2022, 2, 25).plusDays(1599).atStartOfDay(
                java.time.ZoneOffset.UTC).toInstant().toEpochMilli());
        assertThat(chart.getTitle().getText()).isEqualTo(LABELS.title());
    }

    @Test
    void interactivePageEscapesTextAndUsesTheGivenPlotly() {
        String page = InteractiveChart.page(LABELS, List.of(growing(10)), "lib/plotly.min.js");
        assertThat(page).contains("<script src=\"lib/plotly.min.js\"></script>")
                .doesNotContain("<script>alert(1)")
                .contains("Source: General Staff of the Armed Forces of Ukraine, claimed");
        assertThat(page).isEqualTo(InteractiveChart.page(LABELS, List.of(growing(10)), "lib/plotly.min.js"));
    }

    @Test
    void row10_charactersThatXmlForbidsAreReplacedInTheSvg() {
        assertThat(ChartFiles.xmlChars("a\u0007b\uD800c\uD83D\uDE00\t\uFFFE"))
                .isEqualTo("a\uFFFDb\uFFFDc\uD83D\uDE00\t\uFFFD");
    }
}
