package io.github.claimedlosses.extract.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.model.Side;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scoring rule on synthetic predictions, so that the corpus score cannot pass by accident. */
class MatcherTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 12);
    private static final String GS = "ua-general-staff";

    private static Figure figure(String category, double value, Kind kind, int order) {
        return new Figure(GS, Side.RUSSIA, category, value, Qualifier.EXACT, null, null, kind, DAY, order);
    }

    private static List<Figure> gold() {
        return List.of(figure("personnel", 431230, Kind.CUMULATIVE, 0), figure("personnel", 1160, Kind.INCREMENT, 1),
                figure("tanks", 6739, Kind.CUMULATIVE, 2), figure("tanks", 13, Kind.INCREMENT, 3),
                figure("artillery", 10401, Kind.CUMULATIVE, 4), figure("artillery", 0, Kind.INCREMENT, 5));
    }

    private static ScoreTable table(List<Figure> gold, List<Figure> predicted, boolean losses) {
        ScoreTable table = new ScoreTable();
        CorpusDocument document = new CorpusDocument("uk/test.txt", "uk", DAY, "bulletin", losses);
        table.add(document, gold, Matcher.score(gold, predicted));
        return table;
    }

    @Test
    void perfectPredictionsScoreOne() {
        List<Figure> predicted = new ArrayList<>();
        for (Figure row : gold()) {
            predicted.add(figure(row.category(), row.value(), row.kind(), 100 + row.order() * 10));
        }
        DocumentScore score = Matcher.score(gold(), predicted);
        assertThat(score.matched()).hasSize(6);
        assertThat(score.missed()).isEmpty();
        assertThat(score.extra()).isEmpty();
        ScoreTable table = table(gold(), predicted, true);
        assertThat(table.counts("uk", KindGroup.TOTALS)).containsExactly(3, 3, 3);
        assertThat(table.counts("uk", KindGroup.DAILY_CHANGES)).containsExactly(3, 3, 3);
        assertThat(table.attributes("uk")).containsExactly(6, 6, 6, 6);
        for (KindGroup group : List.of(KindGroup.TOTALS, KindGroup.DAILY_CHANGES)) {
            assertThat(table.precision("uk", group)).isEqualTo(1.0);
            assertThat(table.recall("uk", group)).isEqualTo(1.0);
            assertThat(table.precision("all", group)).isEqualTo(1.0);
        }
        assertThat(table.precision("uk", KindGroup.ESTIMATES)).isNaN();
        assertThat(table.failures()).isEmpty();
    }

    @Test
    void aWrongValueIsOneMissAndOneExtra() {
        List<Figure> predicted = new ArrayList<>(gold());
        predicted.set(2, figure("tanks", 6793, Kind.CUMULATIVE, 2));
        DocumentScore score = Matcher.score(gold(), predicted);
        assertThat(score.matched()).hasSize(5);
        assertThat(score.missed()).extracting(Figure::value).containsExactly(6739.0);
        assertThat(score.extra()).extracting(Figure::value).containsExactly(6793.0);
        ScoreTable table = table(gold(), predicted, true);
        assertThat(table.counts("uk", KindGroup.TOTALS)).containsExactly(3, 3, 2);
        assertThat(table.precision("uk", KindGroup.TOTALS)).isEqualTo(2.0 / 3);
        assertThat(table.recall("uk", KindGroup.TOTALS)).isEqualTo(2.0 / 3);
        assertThat(table.recall("uk", KindGroup.DAILY_CHANGES)).isEqualTo(1.0);
        assertThat(table.failures()).anyMatch(line -> line.startsWith("uk totals: precision 0.667"))
                .anyMatch(line -> line.startsWith("uk totals: recall 0.667"));
    }

    @Test
    void anExtraFigureLowersPrecisionOnly() {
        List<Figure> predicted = new ArrayList<>(gold());
        predicted.add(figure("uav", 7659, Kind.CUMULATIVE, 9));
        ScoreTable table = table(gold(), predicted, true);
        assertThat(table.counts("uk", KindGroup.TOTALS)).containsExactly(3, 4, 3);
        assertThat(table.failures()).containsExactly("uk totals: precision 0.750 (3 of 4) is below 0.97");
    }

    @Test
    void theKindAndTheSideDecideAMatch() {
        Figure total = figure("tanks", 13, Kind.CUMULATIVE, 0);
        Figure ukrainian = new Figure(GS, Side.UKRAINE, "tanks", 13, Qualifier.EXACT, null, null, Kind.INCREMENT,
                DAY, 0);
        assertThat(Matcher.matches(figure("tanks", 13, Kind.INCREMENT, 0), total)).isFalse();
        assertThat(Matcher.matches(figure("tanks", 13, Kind.INCREMENT, 0), ukrainian)).isFalse();
        assertThat(Matcher.matches(figure("tanks", 13, Kind.INCREMENT, 0), figure("uav", 13, Kind.INCREMENT, 0)))
                .isFalse();
    }

    @Test
    void aWrongClaimantOrDateStillMatchesButCountsAgainstTheShares() {
        List<Figure> predicted = new ArrayList<>();
        for (Figure row : gold()) {
            predicted.add(new Figure("press", row.side(), row.category(), row.value(), row.qualifier(), null, null,
                    row.kind(), row.order() == 0 ? DAY.minusDays(1) : DAY, row.order()));
        }
        ScoreTable table = table(gold(), predicted, true);
        assertThat(table.counts("uk", KindGroup.TOTALS)).containsExactly(3, 3, 3);
        assertThat(table.attributes("uk")).containsExactly(6, 0, 5, 6);
        assertThat(table.failures()).containsExactly(
                "uk: claimant right for 0.000 of matched figures (0 of 6), below 0.95",
                "uk: date right for 0.833 of matched figures (5 of 6), below 0.95");
    }

    @Test
    void aRangeMatchesOnlyWithItsBounds() {
        Figure range = new Figure("uk-mod", Side.RUSSIA, "personnel", 200000, Qualifier.RANGE, 180000.0, 220000.0,
                Kind.ESTIMATE, DAY, 0);
        Figure same = new Figure("uk-mod", Side.RUSSIA, "personnel", 200000, Qualifier.RANGE, 180000.0, 220000.0,
                Kind.ESTIMATE, DAY, 5);
        Figure midpointOnly = new Figure("uk-mod", Side.RUSSIA, "personnel", 200000, Qualifier.ABOUT, null, null,
                Kind.ESTIMATE, DAY, 5);
        Figure otherBounds = new Figure("uk-mod", Side.RUSSIA, "personnel", 200000, Qualifier.RANGE, 190000.0,
                210000.0, Kind.ESTIMATE, DAY, 5);
        assertThat(Matcher.matches(range, same)).isTrue();
        assertThat(Matcher.matches(range, midpointOnly)).isFalse();
        assertThat(Matcher.matches(range, otherBounds)).isFalse();
    }

    @Test
    void derivedPredictionsAreIgnored() {
        List<Figure> predicted = new ArrayList<>(gold());
        predicted.add(figure("tanks", 20217, Kind.DERIVED, 7));
        DocumentScore score = Matcher.score(gold(), predicted);
        assertThat(score.extra()).isEmpty();
        assertThat(score.matched()).hasSize(6);
    }

    @Test
    void matchingIsOneToOneInTextOrder() {
        List<Figure> gold = List.of(figure("personnel", 600, Kind.INCREMENT, 0), figure("personnel", 600,
                Kind.INCREMENT, 1));
        Figure first = new Figure("ru-mod", Side.RUSSIA, "personnel", 600, Qualifier.EXACT, null, null,
                Kind.INCREMENT, DAY, 10);
        Figure second = figure("personnel", 600, Kind.INCREMENT, 20);
        DocumentScore one = Matcher.score(gold, List.of(second));
        assertThat(one.matched()).hasSize(1);
        assertThat(one.missed()).hasSize(1);
        DocumentScore both = Matcher.score(gold, List.of(second, first));
        assertThat(both.matched()).extracting(pair -> pair.predicted().order()).containsExactly(10, 20);
        assertThat(both.matched().get(0).gold().order()).isZero();
    }

    @Test
    void anyFigureFromANoLossDocumentFails() {
        ScoreTable table = table(List.of(), List.of(figure("tanks", 1500, Kind.CUMULATIVE, 0)), false);
        assertThat(table.noLossFigures()).isOne();
        assertThat(table.failures()).contains("uk/test.txt: 1 figure(s) read from a document with no loss claims");
        assertThat(table.render()).contains("no-loss documents: 1, figures read from them: 1");
    }
}
