package io.github.claimedlosses.stats;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.moment.SecondMoment;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * Change-point detection by binary segmentation on shifts of the mean.
 *
 * <p>The cost of a segment is its sum of squared deviations from its mean. A segment is split at the point that most
 * reduces the summed cost of its two halves, each at least {@link #minimumSegment()} observations long, if the
 * reduction exceeds the penalty; the halves are then segmented in turn. The penalty is
 * {@code penaltyFactor · σ² · ln n}, a BIC-type penalty (2 · σ² · ln n is the BIC of a normal mean shift with known
 * variance), where n is the series length and σ the noise level estimated robustly from the first differences
 * (σ = 1.4826 · MAD(Δy) / √2), which mean shifts barely affect. Daily loss figures are autocorrelated and
 * heavy-tailed, so the default factor is larger than BIC's to report phases rather than noise.
 *
 * @param minimumSegment fewest observations in a segment (at least 2)
 * @param penaltyFactor  multiple of σ² · ln n a split must gain (positive)
 */
public record Segmentation(int minimumSegment, double penaltyFactor) {
    /** Default fewest observations per segment: 30 (about a month of daily records). */
    public static final int DEFAULT_MINIMUM_SEGMENT = 30;
    /** Default penalty factor. */
    public static final double DEFAULT_PENALTY_FACTOR = 10.0;

    public Segmentation {
        if (minimumSegment < 2) {
            throw new IllegalArgumentException("a segment needs at least 2 observations, got " + minimumSegment);
        }
        if (!(penaltyFactor > 0) || Double.isInfinite(penaltyFactor)) {
            throw new IllegalArgumentException("the penalty factor must be positive and finite, got " + penaltyFactor);
        }
    }

    /** The defaults: segments of at least 30 observations, penalty factor 10. */
    public static Segmentation standard() {
        return new Segmentation(DEFAULT_MINIMUM_SEGMENT, DEFAULT_PENALTY_FACTOR);
    }

    /** This segmentation with segments of at least {@code observations}. */
    public Segmentation withMinimumSegment(int observations) {
        return new Segmentation(observations, penaltyFactor);
    }

    /** This segmentation with penalty factor {@code factor}. */
    public Segmentation withPenaltyFactor(double factor) {
        return new Segmentation(minimumSegment, factor);
    }

    /** The penalty for series {@code y}: penaltyFactor · σ² · ln n; 0 when y has no noise (then nothing splits). */
    double penalty(double[] y) {
        return y.length < 2 ? 0 : penaltyFactor * Math.pow(noise(y), 2) * Math.log(y.length);
    }

    /** The indices at which new segments of {@code y} begin, ascending (empty for a single segment). */
    List<Integer> changePoints(double[] y) {
        List<Integer> points = new ArrayList<>();
        double penalty = penalty(y);
        if (penalty > 0) {
            split(y, 0, y.length, penalty, points);
        }
        points.sort(null);
        return points;
    }

    private void split(double[] y, int from, int to, double penalty, List<Integer> points) {
        int length = to - from;
        if (length < 2 * minimumSegment) {
            return;
        }
        double[] left = costs(y, from, to, 1);
        double[] right = costs(y, from, to, -1);
        double whole = left[length];
        int best = -1;
        double bestGain = penalty;
        for (int k = from + minimumSegment; k <= to - minimumSegment; k++) {
            double gain = whole - left[k - from] - right[k - from];
            if (gain > bestGain) {
                bestGain = gain;
                best = k;
            }
        }
        if (best >= 0) {
            points.add(best);
            split(y, from, best, penalty, points);
            split(y, best, to, penalty, points);
        }
    }

    /**
     * Costs of the segments of y[from, to) cut at each offset: forward, element i is the cost of y[from, from + i);
     * backward, element i is the cost of y[from + i, to). Accumulated with {@link SecondMoment} (Welford's update).
     */
    private static double[] costs(double[] y, int from, int to, int direction) {
        int length = to - from;
        double[] costs = new double[length + 1];
        SecondMoment moment = new SecondMoment();
        if (direction > 0) {
            for (int i = 1; i <= length; i++) {
                moment.increment(y[from + i - 1]);
                costs[i] = moment.getResult();
            }
        } else {
            for (int i = length - 1; i >= 0; i--) {
                moment.increment(y[from + i]);
                costs[i] = moment.getResult();
            }
        }
        return costs;
    }

    /** Robust noise level from first differences; their standard deviation when the MAD is 0. */
    static double noise(double[] y) {
        double[] differences = new double[y.length - 1];
        for (int i = 1; i < y.length; i++) {
            differences[i - 1] = y[i] - y[i - 1];
        }
        Median median = new Median();
        double centre = median.evaluate(differences);
        double[] deviations = new double[differences.length];
        for (int i = 0; i < differences.length; i++) {
            deviations[i] = Math.abs(differences[i] - centre);
        }
        double mad = median.evaluate(deviations);
        double spread = mad > 0 ? 1.4826 * mad : new StandardDeviation().evaluate(differences);
        return spread / Math.sqrt(2);
    }
}
