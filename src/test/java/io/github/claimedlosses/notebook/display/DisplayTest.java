package io.github.claimedlosses.notebook.display;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Provenance;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.model.Taxonomy;
import io.github.claimedlosses.notebook.Claims;
import io.github.claimedlosses.notebook.Figure;
import io.github.claimedlosses.stats.Description;
import io.github.claimedlosses.stats.Scope;
import io.github.claimedlosses.stats.StatTable;
import io.github.claimedlosses.stats.Unit;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class DisplayTest {
    private static final String SCRIPT = "<script>alert('x')</script>";

    /** 10,000 rows: a number, a figure and a text with markup in the first and the last row. */
    private static Table tenThousandRows() {
        IntColumn day = IntColumn.create("day");
        DoubleColumn value = DoubleColumn.create("value");
        StringColumn text = StringColumn.create("text");
        for (int row = 0; row < 10_000; row++) {
            day.append(1_000 + row);
            value.append(row * 1_000.5);
            text.append(row == 0 || row == 9_999 ? SCRIPT : "row " + row);
        }
        return Table.create("long <table>", day, value, text);
    }

    @Test
    void aTableOfTenThousandRowsIsShortEscapedAndSaysHowManyRowsItLeavesOut() {
        MimeBundle bundle = Display.of(tenThousandRows());

        assertThat(bundle.data().keySet()).containsExactly(MimeBundle.TEXT_HTML, MimeBundle.TEXT_PLAIN);
        String html = bundle.get(MimeBundle.TEXT_HTML);
        assertThat(html.length()).isLessThan(3_000);
        assertThat(html).startsWith("<style>table.claimed-losses th, table.claimed-losses td {white-space: nowrap}"
                + "</style>\n<table class=\"claimed-losses\">\n");
        assertThat(html).doesNotContain("<script>", "<table>:").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("<caption>long &lt;table&gt;: 10,000 rows × 3 columns</caption>")
                .contains("<tr><td colspan=\"4\" style=\"text-align: left\">… 9,990 more rows …</td></tr>");
        assertThat(count(html, "<tr>")).isEqualTo(1 + 5 + 1 + 5);
        assertThat(html).contains("<tr><th>9999</th><td style=\"text-align: right\">10999</td>"
                + "<td style=\"text-align: right\">10,003,999.5</td>");
        String text = bundle.get(MimeBundle.TEXT_PLAIN);
        assertThat(text.lines().count()).isEqualTo(1 + 1 + 5 + 1 + 5);
        assertThat(text).contains("… 9,990 more rows …").contains("9999  10999  10,003,999.5  " + SCRIPT);
    }

    @Test
    void aTableOfUpToTwentyRowsIsShownWhole() {
        Table twenty = tenThousandRows().first(20);
        String html = Display.of(twenty).get(MimeBundle.TEXT_HTML);

        assertThat(count(html, "<tr>")).isEqualTo(21);
        assertThat(html).doesNotContain("more rows");
        assertThat(Display.of(tenThousandRows().first(21)).get(MimeBundle.TEXT_HTML)).contains("11 more rows");
    }

    @Test
    void numbersAreFormattedAndMissingCellsEmpty() {
        assertThat(CellFormat.number(17_500)).isEqualTo("17,500");
        assertThat(CellFormat.number(-1_234_567.891)).isEqualTo("-1,234,567.891");
        assertThat(CellFormat.number(28.50163)).isEqualTo("28.502");
        assertThat(CellFormat.number(0.4666667)).isEqualTo("0.4667");
        assertThat(CellFormat.number(0.0000123)).isEqualTo("1.23E-5");
        assertThat(CellFormat.number(Double.NaN)).isEmpty();
        DoubleColumn values = DoubleColumn.create("value", 1.0);
        values.appendMissing();
        IntColumn days = IntColumn.create("day", 1627, 1628);
        assertThat(CellFormat.cell(values, 1)).isEmpty();
        assertThat(CellFormat.cell(days, 0)).isEqualTo("1627");
    }

    @Test
    void aLongCellIsCutWithTheWholeTextInItsTitle() {
        String sentence = "word ".repeat(40) + "<end>";
        String html = Display.of(Table.create("t", StringColumn.create("quote", sentence))).get(MimeBundle.TEXT_HTML);

        assertThat(html).contains("title=\"" + sentence.replace("<", "&lt;").replace(">", "&gt;") + "\"")
                .contains(">" + sentence.substring(0, TableHtml.LONGEST_CELL) + "…</td>");
        assertThat(Display.of(Table.create("t", StringColumn.create("quote", sentence))).get(MimeBundle.TEXT_PLAIN))
                .contains(sentence.substring(0, TableText.LONGEST_CELL - 1) + "…").doesNotContain("<end>");
    }

    @Test
    void aStatisticShowsItsTitleAboveAndItsNotesBelowTheTable() {
        Description description = new Description("Daily <increment>", "increment", Unit.COUNT,
                List.of(new Scope(Claimant.UA_GENERAL_STAFF, Side.RUSSIA, List.of(Taxonomy.standard()
                        .category("tanks")))), List.of(), Set.of(Qualifier.ABOUT), List.of("Corrections & notes."));
        StatTable statistic = StatTable.of(tenThousandRows().first(3), description);

        MimeBundle bundle = Display.of(statistic);

        assertThat(bundle.get(MimeBundle.TEXT_HTML)).startsWith("<div class=\"claimed-losses-statistic\">\n"
                        + "<p><strong>Daily &lt;increment&gt; — General Staff of the Armed Forces of Ukraine (claimed), "
                        + "losses of russia: Tanks (approximate)</strong></p>\n<style>")
                .contains("<details><summary>Notes</summary>\n<ul>\n<li>Corrections &amp; notes.</li>");
        assertThat(bundle.get(MimeBundle.TEXT_PLAIN)).startsWith(description.title() + "\nlong <table>: 3 rows")
                .endsWith("Notes:\n- Corrections & notes.");
    }

    @Test
    void aChartIsAnSvgDocumentAndAPngWithItsTitleAsText() {
        MimeBundle bundle = Display.of(chart("Tanks <lost>", 3));

        assertThat(bundle.data().keySet()).containsExactly(MimeBundle.IMAGE_PNG, MimeBundle.IMAGE_SVG,
                MimeBundle.TEXT_PLAIN);
        assertThat(bundle.get(MimeBundle.IMAGE_SVG)).contains("<svg").contains("width='900'")
                .contains("Tanks &lt;lost&gt;").doesNotContain("claimedlossesplaceholder");
        byte[] png = Base64.getDecoder().decode(bundle.get(MimeBundle.IMAGE_PNG));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(bundle.get(MimeBundle.TEXT_PLAIN)).isEqualTo("Chart (900×500): Tanks <lost>");
    }

    @Test
    void theSameChartGivesTheSameSvgAndAnotherChartOtherReferences() {
        String once = Display.of(chart("Tanks", 3)).get(MimeBundle.IMAGE_SVG);
        String again = Display.of(chart("Tanks", 3)).get(MimeBundle.IMAGE_SVG);
        String other = Display.of(chart("Tanks", 4)).get(MimeBundle.IMAGE_SVG);

        assertThat(again).isEqualTo(once);
        assertThat(referencePrefix(once)).isNotEqualTo(referencePrefix(other));
    }

    @Test
    void aFigureIsDrawnAtItsOwnSize() {
        MimeBundle bundle = Display.of(new Figure(chart("Wide", 2), 1200, 300));

        assertThat(bundle.get(MimeBundle.IMAGE_SVG)).contains("width='1200'").contains("height='300'");
        assertThat(bundle.get(MimeBundle.TEXT_PLAIN)).isEqualTo("Chart (1200×300): Wide");
    }

    @Test
    void theClaimsOfDocumentsAreTheirTidyTableWithProvenanceAndTheWarningsBelow() {
        Claim claim = new Claim(LocalDate.of(2022, 3, 31), null, Claimant.UA_MOD, Side.RUSSIA,
                Taxonomy.standard().category("tanks"), 614, Qualifier.EXACT, null, null, Kind.CUMULATIVE,
                new Provenance("article.txt", "offset 1667", "destroyed 614 tanks & more"));
        Claims claims = new Claims("news", List.of(claim), List.of("article.txt: offset 12: nothing <dates> it"));

        MimeBundle bundle = Display.of(claims);

        assertThat(bundle.data().keySet()).containsExactly(MimeBundle.TEXT_HTML, MimeBundle.TEXT_PLAIN);
        assertThat(bundle.get(MimeBundle.TEXT_HTML)).contains("<th>source</th><th>location</th><th>quote</th>")
                .contains("<td>article.txt</td><td>offset 1667</td><td>destroyed 614 tanks &amp; more</td>")
                .contains("<summary>Warnings (1)</summary>")
                .contains("<li>article.txt: offset 12: nothing &lt;dates&gt; it</li>");
        assertThat(bundle.get(MimeBundle.TEXT_PLAIN)).startsWith("news: 1 row")
                .endsWith("Warnings (1):\n- article.txt: offset 12: nothing <dates> it");
    }

    @Test
    void aListIsAJdkTypeAndStaysItsTextEvenOfClaims() {
        Claim claim = new Claim(LocalDate.of(2022, 3, 31), null, Claimant.UA_MOD, Side.RUSSIA,
                Taxonomy.standard().category("tanks"), 614, Qualifier.EXACT, null, null, Kind.CUMULATIVE,
                new Provenance("article.txt", "offset 1667", "destroyed 614 tanks"));

        assertThat(Display.of(List.of(claim)).data()).containsOnlyKeys(MimeBundle.TEXT_PLAIN);
        assertThat(Display.types(java.util.ArrayList.class)).containsExactly(MimeBundle.TEXT_PLAIN);
    }

    @Test
    void onlyTheRequestedTypesAreRendered() {
        MimeBundle png = Display.of(chart("Tanks", 3), java.util.Set.of(MimeBundle.IMAGE_PNG));

        assertThat(png.data().keySet()).containsExactly(MimeBundle.IMAGE_PNG, MimeBundle.TEXT_PLAIN);
        assertThat(Display.of(Table.create("t"), java.util.Set.of()).data().keySet())
                .containsExactly(MimeBundle.TEXT_PLAIN);
    }

    @Test
    void anythingElseIsItsText() {
        assertThat(Display.of(List.of("a", "b")).data()).containsExactly(
                java.util.Map.entry(MimeBundle.TEXT_PLAIN, "[a, b]"));
        assertThat(Display.of(List.of()).data()).containsOnlyKeys(MimeBundle.TEXT_PLAIN);
        assertThat(Display.of(42).get(MimeBundle.TEXT_PLAIN)).isEqualTo("42");
        assertThat(Display.of(null).get(MimeBundle.TEXT_PLAIN)).isEqualTo("null");
    }

    private static JFreeChart chart(String title, int points) {
        XYSeries series = new XYSeries("s");
        for (int i = 0; i < points; i++) {
            series.add(i, i * i);
        }
        return ChartFactory.createXYLineChart(title, "x", "y", new XYSeriesCollection(series));
    }

    private static String referencePrefix(String svg) {
        Matcher matcher = Pattern.compile("id='(c[0-9a-f]{12})-").matcher(svg);
        assertThat(matcher.find()).as("an id with the content prefix").isTrue();
        return matcher.group(1);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
