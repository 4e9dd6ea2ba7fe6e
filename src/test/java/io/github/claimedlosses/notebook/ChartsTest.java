package io.github.claimedlosses.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimedlosses.SharedData;
import io.github.claimedlosses.export.chart.SmallMultiples;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.stats.TestClaims;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ChartsTest {
    private static final LocalDate FIRST = LocalDate.of(2022, 2, 25);

    /** The General Staff's tanks on three days, with a correction on the third. */
    private static TestClaims tanks() {
        return new TestClaims().dailyTotals("tanks", FIRST, 80, 66, 4).correction("tanks", FIRST.plusDays(2), -2);
    }

    @Test
    void theRunningTotalOfACategoryNamedByItsId() {
        JFreeChart chart = Charts.cumulative(tanks().table(), "tanks");

        assertThat(chart.getTitle().getText()).isEqualTo("Russian tanks lost, as claimed by Ukraine's General Staff");
        assertThat(values(chart, "Tanks (claimed)")).containsExactly(80.0, 146.0, 150.0);
    }

    @Test
    void confirmedCountsListedInPartsAreSummedIntoTheirCategory() {
        Table oryx = new TestClaims()
                .add(Claimant.ORYX, Side.RUSSIA, "armored_vehicles", FIRST, 10, Qualifier.EXACT, null, null,
                        Kind.CUMULATIVE, "daily_count.csv", "Infantry Fighting Vehicles (Russia)", "Infantry Fighting Vehicles (Russia)")
                .add(Claimant.ORYX, Side.RUSSIA, "armored_vehicles", FIRST, 5, Qualifier.EXACT, null, null,
                        Kind.CUMULATIVE, "daily_count.csv", "Armoured Personnel Carriers (Russia)", "Armoured Personnel Carriers (Russia)")
                .add(Claimant.ORYX, Side.RUSSIA, "armored_vehicles", FIRST.plusDays(3), 12, Qualifier.EXACT, null,
                        null, Kind.CUMULATIVE, "daily_count.csv", "Infantry Fighting Vehicles (Russia)", "Infantry Fighting Vehicles (Russia)")
                .table();

        JFreeChart chart = Charts.cumulative(oryx, "armored_vehicles");

        assertThat(chart.getTitle().getText()).isEqualTo("Russian armoured combat vehicles lost, as visually "
                + "confirmed by Oryx");
        assertThat(values(chart, "Armoured combat vehicles (confirmed)")).containsExactly(15.0, 17.0);
    }

    @Test
    void anUnknownOrAbsentCategoryIsRefusedNamingTheValidOnes() {
        Table claims = tanks().table();

        assertThatThrownBy(() -> Charts.cumulative(claims, "tank")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown category \"tank\", expected one of: personnel, ");
        assertThatThrownBy(() -> Charts.daily(claims, "aircraft")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the table \"claims\" has no figures of \"aircraft\"; it has: tanks");
        assertThatThrownBy(() -> Charts.cumulative(claims, "aircraft"))
                .hasMessage("the table \"claims\" has no cumulative figures of \"aircraft\"; it has: tanks");
    }

    @Test
    void figuresOfBothSidesAreRefusedRatherThanDrawnAsOne() {
        Table bothSides = tanks().add(Claimant.UA_GENERAL_STAFF, Side.UKRAINE, "tanks", FIRST, 3, Qualifier.EXACT,
                null, null, Kind.CUMULATIVE, TestClaims.SOURCE, "tank: 3").table();

        assertThatThrownBy(() -> Charts.cumulative(bothSides, "tanks")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the figures of \"tanks\" have several side values [russia, ukraine]; chart one, e.g. "
                        + "ClaimFilter.all().side(Side.RUSSIA).apply(table)");
    }

    @Test
    void theDailyChartHasARateBarPerRecordAndTwoMeans() {
        JFreeChart chart = Charts.daily(tanks().table(), "tanks");

        assertThat(chart.getTitle().getText()).isEqualTo("Russian tanks lost per day, as claimed by Ukraine's "
                + "General Staff");
        assertThat(seriesNames(chart)).containsExactlyInAnyOrder("Per day (claimed)", "7-day mean", "30-day mean");
        assertThat(values(chart, "Per day (claimed)")).as("the first record covers two days").containsExactly(40.0,
                66.0, 4.0);
        assertThat(chart.getXYPlot().getRangeAxis().getLabel()).isEqualTo("Tanks per day");
    }

    @Test
    void aConfirmedCountOlderThanThirtyDaysIsNotDrawn() {
        TestClaims claims = new TestClaims().dailyTotals("tanks", FIRST, new double[40]);
        Table confirmed = new TestClaims().add(Claimant.ORYX, Side.RUSSIA, "tanks", FIRST, 7, Qualifier.EXACT, null,
                null, Kind.CUMULATIVE, "daily_count.csv", "Tanks (Russia)", "Tanks (Russia)").table();

        JFreeChart chart = Charts.claimedVsConfirmed(claims.table(), confirmed, "tanks");

        // The confirmed count is drawn on its own date; the ratio only while that count is at most 30 days old.
        assertThat(values(chart, "Visually confirmed (Oryx)")).containsExactly(7.0);
        assertThat(values(chart, "Claimed (ua-general-staff)")).hasSize(40);
        assertThat(values(chart, "Claimed per confirmed")).hasSize(Charts.MAX_LAG_DAYS + 1);
    }

    @Test
    void theOverviewIsSmallMultiplesAtItsOwnSize() {
        Table claims = tanks().add(Claimant.UA_GENERAL_STAFF, Side.RUSSIA, "aircraft", FIRST, 10, Qualifier.EXACT,
                null, null, Kind.CUMULATIVE, TestClaims.SOURCE, "aircraft: 10").table();

        Figure figure = Charts.overview(claims);

        assertThat(figure.drawable()).isInstanceOf(SmallMultiples.class);
        assertThat(((SmallMultiples) figure.drawable()).panels()).extracting(panel -> panel.getTitle().getText())
                .containsExactly("Tanks", "Aircraft");
        assertThat(List.of(figure.width(), figure.height())).containsExactly(1400, 1000);
    }

    @Test
    void theSeedArticlesFiguresBesideTheDatasetsOfTheSameDay() {
        Path datasets = SharedData.datasets();
        Table seed = Losses.extract(SharedData.seed());

        JFreeChart chart = Charts.document(seed, Losses.generalStaff(datasets));

        assertThat(chart.getTitle().getText()).isEqualTo("Russian losses as of 2022-03-31 stated in "
                + SharedData.SEED_ARTICLE);
        assertThatThrownBy(() -> Charts.document(tanks().table().where(tanks().table().stringColumn("kind")
                .isEqualTo("increment")), Losses.generalStaff(datasets)))
                .hasMessage("the document \"claims\" states no dated running total of Russian losses");
    }

    @Test
    void theNewsClaimantsPointsBesideTheDatasetWithTheRepostsSlipApart() {
        Table news = Losses.articles(Path.of("seeds/news")).table();

        JFreeChart chart = Charts.claimants(news, Losses.generalStaff(SharedData.datasets()), "tanks");

        assertThat(chart.getTitle().getText()).isEqualTo("Russian tanks lost: the documents' claims by claimant");
        assertThat(seriesNames(chart)).containsExactly("General Staff dataset", "ua-general-staff", "ua-mod",
                "disagrees with the dataset");
        assertThat(values(chart, "ua-mod")).containsExactly(1440.0, 1997.0);
        // 2025-01-10 and 2025-06-20: the Russian-language bulletin and article, read with the Russian rules
        assertThat(values(chart, "ua-general-staff")).containsExactly(3781.0, 5377.0, 7740.0, 9741.0, 10954.0);
        assertThat(values(chart, "disagrees with the dataset")).containsExactly(7470.0);
    }

    /** The y values of the series named {@code name}, null where a value is missing. */
    private static List<Double> values(JFreeChart chart, String name) {
        for (XYDataset dataset : datasets(chart)) {
            for (int s = 0; s < dataset.getSeriesCount(); s++) {
                if (dataset.getSeriesKey(s).equals(name)) {
                    List<Double> values = new ArrayList<>();
                    for (int i = 0; i < dataset.getItemCount(s); i++) {
                        Number y = dataset.getY(s, i);
                        values.add(y == null ? null : y.doubleValue());
                    }
                    return values;
                }
            }
        }
        throw new AssertionError("no series " + name + " in " + seriesNames(chart));
    }

    private static List<String> seriesNames(JFreeChart chart) {
        List<String> names = new ArrayList<>();
        for (XYDataset dataset : datasets(chart)) {
            for (int s = 0; s < dataset.getSeriesCount(); s++) {
                names.add(dataset.getSeriesKey(s).toString());
            }
        }
        return names;
    }

    /** The datasets of a chart's plot, or of every panel of a stacked chart. */
    private static List<XYDataset> datasets(JFreeChart chart) {
        XYPlot plot = chart.getXYPlot();
        List<XYPlot> plots = plot instanceof CombinedDomainXYPlot
                ? ((CombinedDomainXYPlot) plot).getSubplots() : List.of(plot);
        List<XYDataset> datasets = new ArrayList<>();
        for (XYPlot one : plots) {
            for (int d = 0; d < one.getDatasetCount(); d++) {
                datasets.add(one.getDataset(d));
            }
        }
        return datasets;
    }
}
