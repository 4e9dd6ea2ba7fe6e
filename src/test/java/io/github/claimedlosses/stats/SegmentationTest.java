package io.github.claimedlosses.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class SegmentationTest {
    private static double[] steps(long seed, double noise, int[] lengths, double[] means) {
        Random random = new Random(seed);
        int total = 0;
        for (int length : lengths) {
            total += length;
        }
        double[] y = new double[total];
        int i = 0;
        for (int s = 0; s < lengths.length; s++) {
            for (int k = 0; k < lengths[s]; k++) {
                y[i++] = means[s] + noise * random.nextGaussian();
            }
        }
        return y;
    }

    @Test
    void aKnownBreakIsFoundWithinThreeObservations() {
        double[] y = steps(42, 3, new int[] {120, 80}, new double[] {10, 25});
        List<Integer> points = Segmentation.standard().changePoints(y);
        assertThat(points).hasSize(1);
        assertThat(points.get(0)).isBetween(117, 123);
    }

    @Test
    void twoBreaksAreBothFound() {
        double[] y = steps(7, 2, new int[] {100, 80, 120}, new double[] {5, 20, 8});
        List<Integer> points = Segmentation.standard().changePoints(y);
        assertThat(points).hasSize(2);
        assertThat(points.get(0)).isBetween(97, 103);
        assertThat(points.get(1)).isBetween(177, 183);
    }

    @Test
    void noiseAndConstantsHaveNoBreaks() {
        assertThat(Segmentation.standard().changePoints(steps(1, 3, new int[] {300}, new double[] {10}))).isEmpty();
        assertThat(Segmentation.standard().changePoints(new double[100])).isEmpty();
        assertThat(Segmentation.standard().changePoints(new double[] {4})).isEmpty();
    }

    @Test
    void thePenaltyAndMinimumSegmentAreStatedAndValidated() {
        double[] y = steps(3, 2, new int[] {200}, new double[] {0});
        double sigma = Segmentation.noise(y);
        assertThat(sigma).isCloseTo(2, within(0.3));
        assertThat(Segmentation.standard().penalty(y)).isEqualTo(10 * sigma * sigma * Math.log(200));
        assertThatThrownBy(() -> Segmentation.standard().withMinimumSegment(1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> Segmentation.standard().withPenaltyFactor(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    }

    @Test
    void phasesOfAConstructedDailySeriesFindTheBreakDate() {
        double[] increments = steps(11, 3, new int[] {150, 150}, new double[] {10, 25});
        for (int i = 0; i < increments.length; i++) {
            increments[i] = Math.max(0, Math.round(increments[i]));
        }
        LocalDate first = LocalDate.of(2023, 1, 1);
        Table claims = new TestClaims().dailyTotals("tanks", first, increments).table();
        StatTable phases = Trends.changePoints(Trends.daily(claims));
        Table table = phases.table();
        assertThat(table.rowCount()).isEqualTo(2);
        // the first record covers the war from day 1, so its rate is tiny; the break is the 151st record
        LocalDate breakDate = table.dateColumn("window_from").get(1);
        assertThat(breakDate).isBetween(first.plusDays(147), first.plusDays(153));
        assertThat(table.doubleColumn("mean_rate").get(1)).isCloseTo(25, within(1.0));
        assertThat(table.doubleColumn("change_from_previous").get(1)).isCloseTo(15, within(1.5));
        assertThat(table.doubleColumn("change_from_previous").isMissing(0)).isTrue();
        assertThat(phases.description().notes()).anyMatch(note -> note.contains("Binary segmentation")
                && note.contains("10.0 x sigma^2 x ln(n)") && note.contains("30 records"));
    }
}
