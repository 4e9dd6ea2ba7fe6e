package io.github.claimedlosses.stats;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * The Theil–Sen estimator: the median of the slopes between all pairs of points with distinct x, robust to up to
 * about 29 % outliers. Its 95 % confidence interval is Sen's (1968) distribution-free interval: the order statistics
 * of the sorted pairwise slopes at ranks (N ∓ C)/2, with C = z(0.975) · √(n(n−1)(2n+5)/18) for n points and N slopes
 * (no correction for ties).
 *
 * @param slope     median pairwise slope
 * @param low       lower end of the 95 % confidence interval
 * @param high      upper end of the 95 % confidence interval
 * @param intercept median of y − slope · x
 */
record TheilSen(double slope, double low, double high, double intercept) {
    private static final double Z_975 = new NormalDistribution().inverseCumulativeProbability(0.975);

    /** The estimate for points ({@code x[i]}, {@code y[i]}); all NaN when fewer than two distinct x. */
    static TheilSen of(double[] x, double[] y) {
        int n = x.length;
        double[] slopes = new double[n * (n - 1) / 2];
        int count = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (x[j] != x[i]) {
                    slopes[count++] = (y[j] - y[i]) / (x[j] - x[i]);
                }
            }
        }
        if (count == 0) {
            return new TheilSen(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] sorted = Arrays.copyOf(slopes, count);
        Arrays.sort(sorted);
        double slope = new Median().evaluate(sorted);
        double[] residuals = new double[n];
        for (int i = 0; i < n; i++) {
            residuals[i] = y[i] - slope * x[i];
        }
        double c = Z_975 * Math.sqrt(n * (n - 1.0) * (2.0 * n + 5.0) / 18.0);
        int lowRank = (int) Math.round((count - c) / 2.0);
        int highRank = (int) Math.round((count + c) / 2.0) + 1;
        double low = lowRank >= 1 ? sorted[lowRank - 1] : Double.NaN;
        double high = highRank <= count ? sorted[highRank - 1] : Double.NaN;
        return new TheilSen(slope, low, high, new Median().evaluate(residuals));
    }
}
