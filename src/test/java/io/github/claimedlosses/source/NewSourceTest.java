package io.github.claimedlosses.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimedlosses.cli.Main;
import io.github.claimedlosses.export.chart.Attribution;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.notebook.Charts;
import io.github.claimedlosses.notebook.Losses;
import io.github.claimedlosses.publish.ReportPage;
import io.github.claimedlosses.table.ClaimTable;
import io.github.claimedlosses.fetch.DatasetFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * A source added by one descriptor and one reader ({@link UkEstimatesSource}, registered in the test tree only)
 * reaches the command line's {@code extract}, the tidy table, the charts' source line, the notebook facade and the
 * report, and the dataset cache fetches its file, with no change to any of them.
 */
class NewSourceTest {
    @TempDir
    Path dir;
    private Path folder;
    private Path file;

    @BeforeEach
    void datasetsFolderWithTheNewSource() throws IOException {
        folder = dir.resolve("datasets");
        file = folder.resolve(UkEstimatesSource.FOLDER).resolve(UkEstimatesSource.FILE);
        Files.createDirectories(file.getParent());
        try (InputStream in = NewSourceTest.class.getResourceAsStream(UkEstimatesSource.FOLDER + "/"
                + UkEstimatesSource.FILE)) {
            Files.copy(in, file);
        }
    }

    @Test
    void theRegistryHoldsItBesideTheStandardSources() {
        assertThat(Sources.standard().sources()).extracting(Source::id)
                .containsSubsequence("general-staff", "oryx", "claims-csv", UkEstimatesSource.ID, "text");
        assertThat(Sources.standard().detect(file).id()).isEqualTo(UkEstimatesSource.ID);
        assertThat(Sources.standard().filesIn(folder)).containsExactly(file);
    }

    @Test
    void extractDetectsAndReadsItIntoTheClaimsCsv() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(Main.run(new String[] {"extract", file.toString()}, new PrintWriter(out), new PrintWriter(err)))
                .isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString().lines()).containsExactly(
                "date,day,claimant,side,category,value,qualifier,low,high,kind,source,location,quote,item",
                "2022-03-31,36,uk-mod,russia,personnel,15000,about,,,cumulative,russian_losses_estimates.csv,line 2,"
                        + "about 15000 personnel,personnel",
                "2022-04-30,66,uk-mod,russia,personnel,20000,about,,,cumulative,russian_losses_estimates.csv,line 3,"
                        + "about 20000 personnel,personnel",
                "2022-05-31,97,uk-mod,russia,personnel,30000,about,,,cumulative,russian_losses_estimates.csv,line 4,"
                        + "about 30000 personnel,personnel");
        StringWriter folderOut = new StringWriter();
        assertThat(Main.run(new String[] {"extract", folder.toString()}, new PrintWriter(folderOut),
                new PrintWriter(new StringWriter()))).isZero();
        assertThat(folderOut.toString()).isEqualTo(out.toString());
    }

    @Test
    void itsClaimsMakeATidyTable() {
        List<Reading> readings = Sources.standard().read(folder, false);
        Table tidy = ClaimTable.of(readings.get(0).claims());
        assertThat(tidy.stringColumn("claimant").unique().asList()).containsExactly("uk-mod");
        assertThat(tidy.doubleColumn("value").asList()).containsExactly(15_000.0, 20_000.0, 30_000.0);
        assertThat(tidy.stringColumn("item").unique().asList()).containsExactly("personnel");
    }

    @Test
    void theNotebookFacadeReadsItAndItsChartsCreditIt() {
        Table all = Losses.all(folder);
        assertThat(all.rowCount()).isEqualTo(3);
        assertThat(all.stringColumn("source").unique().asList()).containsExactly(UkEstimatesSource.FILE);

        assertThat(Attribution.source(Claimant.UK_MOD)).isEqualTo(UkEstimatesSource.ATTRIBUTION);
        JFreeChart chart = Charts.cumulative(all, "personnel");
        assertThat(texts(chart)).contains("Source: " + UkEstimatesSource.ATTRIBUTION + "; as of 2022-05-31");
    }

    @Test
    void theReportCreditsIt() {
        String page = ReportPage.html(List.of(), List.of(), List.of(), List.of());
        assertThat(page).contains("<li>UK Ministry of Defence estimates (test source).</li>")
                .contains("<li>Oryx, visually confirmed, CC BY 4.0; via scarnecchia/oryx_data.</li>");
    }

    @Test
    void theCacheFetchesItsFileFromItsRemotePath() {
        DatasetFile estimates = DatasetFile.named(UkEstimatesSource.ID, UkEstimatesSource.FILE);
        assertThat(DatasetFile.standard()).last().isEqualTo(estimates);
        assertThat(estimates.cachePath()).isEqualTo("uk-mod-estimates/russian_losses_estimates.csv");
        assertThat(estimates.url(URI.create("https://raw.githubusercontent.com"))).hasToString(
                "https://raw.githubusercontent.com/example/uk-mod-estimates/main/russian_losses_estimates.csv");
        assertThat(estimates.format().orElseThrow().reader().read(file, false).claims()).hasSize(3);
    }

    private static List<String> texts(JFreeChart chart) {
        List<String> texts = new ArrayList<>();
        texts.add(chart.getTitle().getText());
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle title) {
                texts.add(title.getText());
            }
        }
        return texts;
    }
}
