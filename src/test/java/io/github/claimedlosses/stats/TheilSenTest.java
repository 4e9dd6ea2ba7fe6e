package io.github.claimedlosses.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TheilSenTest {
    @Test
    void aLineWithOutliersKeepsItsExactSlopeAndIntercept() {
        double[] x = new double[50];
        double[] y = new double[50];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
            y[i] = 2 * i + 5;
        }
        y[10] += 500;
        y[20] -= 300;
        y[30] += 1000;
        TheilSen estimate = TheilSen.of(x, y);
        assertThat(estimate.slope()).isEqualTo(2.0);
        assertThat(estimate.intercept()).isEqualTo(5.0);
        assertThat(estimate.low()).isLessThanOrEqualTo(2.0);
        assertThat(estimate.high()).isGreaterThanOrEqualTo(2.0);
    }

    @Test
    void theConfidenceIntervalIsSensOrderStatistics() {
        // n = 10 points give N = 45 slopes and C = 1.96 * sqrt(10 * 9 * 25 / 18) = 21.9: ranks 12 and 34
        double[] x = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        double[] y = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3};
        List<Double> slopes = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                slopes.add((y[j] - y[i]) / (x[j] - x[i]));
            }
        }
        Collections.sort(slopes);
        TheilSen estimate = TheilSen.of(x, y);
        assertThat(estimate.low()).isEqualTo(slopes.get(11));
        assertThat(estimate.high()).isEqualTo(slopes.get(33));
        assertThat(estimate.slope()).isEqualTo(slopes.get(22));
    }

    @Test
    void withoutTwoDistinctXThereIsNoSlope() {
        assertThat(TheilSen.of(new double[] {3}, new double[] {1}).slope()).isNaN();
        assertThat(TheilSen.of(new double[] {3, 3}, new double[] {1, 2}).slope()).isNaN();
    }

    /** Every pairwise slope, sorted: the definition, for comparison. */
    private static double[] allSlopes(double[] x, double[] y) {
        List<Double> slopes = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                if (x[i] != x[j]) {
                    slopes.add((y[j] - y[i]) / (x[j] - x[i]));
                }
            }
        }
        return slopes.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    @Test
    void selectionGivesExactlyTheOrderStatisticsOfEveryPairwiseSlope() {
        java.util.Random random = new java.util.Random(20220224);
        for (int trial = 0; trial < 40; trial++) {
            int n = 2 + random.nextInt(trial < 20 ? 30 : 400);
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                // integer days with repeats, counts with ties, rates with fractions, and outliers
                x[i] = trial % 3 == 0 ? random.nextInt(Math.max(2, n / 3)) : i;
                y[i] = switch (trial % 4) {
                    case 0 -> random.nextInt(5);
                    case 1 -> 3 * x[i] + random.nextInt(7);
                    case 2 -> Math.round(random.nextGaussian() * 1000) / 7.0;
                    default -> random.nextDouble() < 0.1 ? 1e6 : x[i] / 3.0;
                };
            }
            double[] sorted = allSlopes(x, y);
            TheilSen.Slopes slopes = new TheilSen.Slopes(x, y);
            assertThat(slopes.count()).as("trial %d", trial).isEqualTo(sorted.length);
            if (sorted.length == 0) {
                continue;
            }
            for (long k : new long[] {1, sorted.length, (sorted.length + 1) / 2, 1 + random.nextInt(sorted.length)}) {
                assertThat(slopes.select(k)).as("trial %d, n %d, rank %d", trial, n, k).isEqualTo(sorted[(int) k - 1]);
            }
            assertThat(TheilSen.of(x, y).slope()).as("trial %d", trial)
                    .isEqualTo(new org.apache.commons.math3.stat.descriptive.rank.Median().evaluate(sorted));
        }
    }
}
