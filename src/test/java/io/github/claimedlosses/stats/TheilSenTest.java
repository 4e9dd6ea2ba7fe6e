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
}
