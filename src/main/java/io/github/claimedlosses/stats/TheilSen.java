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
 * <p>The order statistics are found without listing the N = O(n²) slopes, by slope selection (as in Cole, Salowe,
 * Steiger and Szemerédi, and Dillencourt, Mount and Netanyahu): with the points in order of x, the number of slopes
 * below t is the number of inversions of y − t·x, counted by merge sort in O(n log n). Halving the interval of
 * candidate slopes (over the ordered doubles, at most 64 times) until it holds at most n slopes, and listing those as
 * the pairs whose order changes between its ends, gives the exact k-th slope — the same double as sorting every
 * slope — in O(n log n) per halving. (Only when more than n slopes are equal does the listing grow with them.)
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
        Slopes slopes = new Slopes(x, y);
        long count = slopes.count();
        if (count == 0) {
            return new TheilSen(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double slope = slopes.median();
        double[] residuals = new double[n];
        for (int i = 0; i < n; i++) {
            residuals[i] = y[i] - slope * x[i];
        }
        double c = Z_975 * Math.sqrt(n * (n - 1.0) * (2.0 * n + 5.0) / 18.0);
        long lowRank = Math.round((count - c) / 2.0);
        long highRank = Math.round((count + c) / 2.0) + 1;
        double low = lowRank >= 1 ? slopes.select(lowRank) : Double.NaN;
        double high = highRank <= count ? slopes.select(highRank) : Double.NaN;
        return new TheilSen(slope, low, high, new Median().evaluate(residuals));
    }

    /** The pairwise slopes of a set of points, never listed in full. */
    static final class Slopes {
        private final int n;
        /** The points in order of x, then y. */
        private final double[] xs;
        private final double[] ys;
        private final long count;
        private final double bound;

        Slopes(double[] x, double[] y) {
            n = x.length;
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> x[a] != x[b] ? Double.compare(x[a], x[b]) : Double.compare(y[a], y[b]));
            xs = new double[n];
            ys = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = x[order[i]];
                ys[i] = y[order[i]];
            }
            long pairs = (long) n * (n - 1) / 2;
            double minGap = Double.POSITIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            int groupStart = 0;
            for (int i = 0; i < n; i++) {
                if (i > 0 && xs[i] != xs[i - 1]) {
                    minGap = Math.min(minGap, xs[i] - xs[i - 1]);
                    long g = i - groupStart;
                    pairs -= g * (g - 1) / 2;
                    groupStart = i;
                }
                minY = Math.min(minY, ys[i]);
                maxY = Math.max(maxY, ys[i]);
            }
            long g = n - groupStart;
            pairs -= g * (g - 1) / 2;
            count = pairs;
            bound = count == 0 ? 0 : 2 * ((maxY - minY) / minGap) + 1;
        }

        /** How many pairs have distinct x. */
        long count() {
            return count;
        }

        /** The median slope, as Commons Math's {@link Median} takes it from the sorted slopes. */
        double median() {
            double position = (count + 1) / 2.0;
            long rank = (long) Math.floor(position);
            if (position >= count) {
                return select(count);
            }
            double lower = select(rank);
            double upper = select(rank + 1);
            return lower + (position - rank) * (upper - lower);
        }

        /** The {@code k}-th smallest slope, from 1. */
        double select(long k) {
            double lo = -bound;
            double hi = bound;
            long below = below(lo);
            long belowHi = below(hi);
            if (!Double.isFinite(bound) || below != 0 || belowHi != count) {
                return bruteForce(k);
            }
            while (belowHi - below > Math.max(n, 16)) {
                long a = ordered(lo);
                long b = ordered(hi);
                long mid = (a & b) + ((a ^ b) >> 1);
                if (mid == a || mid == b) {
                    break;
                }
                double t = fromOrdered(mid);
                long c = below(t);
                if (c < k) {
                    lo = t;
                    below = c;
                } else {
                    hi = t;
                    belowHi = c;
                }
            }
            // The halving converges on the k-th slope, where slopes that are equal in exact arithmetic may differ by
            // rounding, in the slope and in y - t·x: list the slopes of an interval whose ends lie well away from it
            // (by a billionth), and rank the listed slopes by their own values.
            double margin = Math.max(Math.max(Math.abs(lo), Math.abs(hi)), 1.0) * 1e-9;
            double from = lo - margin * 1.6180339887;
            double to = hi + margin * 1.4142135623;
            long rank = k - below(from);
            double[] candidates = between(from, to);
            if (rank < 1 || rank > candidates.length) {
                return bruteForce(k);
            }
            Arrays.sort(candidates);
            return candidates[(int) rank - 1];
        }

        /** The number of slopes below {@code t}: inversions of y − t·x in order of x. */
        long below(double t) {
            double[] u = new double[n];
            for (int i = 0; i < n; i++) {
                u[i] = ys[i] - t * xs[i];
            }
            return inversions(u, new double[n], 0, n);
        }

        private static long inversions(double[] u, double[] scratch, int from, int to) {
            if (to - from < 2) {
                return 0;
            }
            int mid = (from + to) >>> 1;
            long found = inversions(u, scratch, from, mid) + inversions(u, scratch, mid, to);
            int i = from;
            int j = mid;
            int out = from;
            while (i < mid && j < to) {
                if (u[j] < u[i]) {
                    found += mid - i;
                    scratch[out++] = u[j++];
                } else {
                    scratch[out++] = u[i++];
                }
            }
            while (i < mid) {
                scratch[out++] = u[i++];
            }
            while (j < to) {
                scratch[out++] = u[j++];
            }
            System.arraycopy(scratch, from, u, from, to - from);
            return found;
        }

        /**
         * The slopes s with lo ≤ s < hi: the pairs whose order by y − t·x (ties in order of x) differs between
         * t = lo and t = hi, listed while merge-sorting the order at lo into the order at hi.
         */
        private double[] between(double lo, double hi) {
            double[] atLo = new double[n];
            double[] atHi = new double[n];
            for (int i = 0; i < n; i++) {
                atLo[i] = ys[i] - lo * xs[i];
                atHi[i] = ys[i] - hi * xs[i];
            }
            Integer[] boxed = new Integer[n];
            for (int i = 0; i < n; i++) {
                boxed[i] = i;
            }
            Arrays.sort(boxed, (a, b) -> atLo[a] != atLo[b] ? Double.compare(atLo[a], atLo[b]) : Integer.compare(a, b));
            int[] sequence = new int[n];
            for (int i = 0; i < n; i++) {
                sequence[i] = boxed[i];
            }
            Listing listing = new Listing(atHi);
            listing.sort(sequence, new int[n], 0, n);
            return Arrays.copyOf(listing.slopes, listing.size);
        }

        /** Merge sort by the order at hi that records, for every pair it puts the other way round, its slope. */
        private final class Listing {
            private final double[] key;
            private double[] slopes = new double[16];
            private int size;

            Listing(double[] key) {
                this.key = key;
            }

            private boolean before(int a, int b) {
                return key[a] != key[b] ? key[a] < key[b] : a < b;
            }

            void sort(int[] items, int[] scratch, int from, int to) {
                if (to - from < 2) {
                    return;
                }
                int mid = (from + to) >>> 1;
                sort(items, scratch, from, mid);
                sort(items, scratch, mid, to);
                int i = from;
                int j = mid;
                int out = from;
                while (i < mid && j < to) {
                    if (before(items[j], items[i])) {
                        for (int k = i; k < mid; k++) {
                            record(items[k], items[j]);
                        }
                        scratch[out++] = items[j++];
                    } else {
                        scratch[out++] = items[i++];
                    }
                }
                while (i < mid) {
                    scratch[out++] = items[i++];
                }
                while (j < to) {
                    scratch[out++] = items[j++];
                }
                System.arraycopy(scratch, from, items, from, to - from);
            }

            /** A pair first at lo, second at hi: a slope in [lo, hi) when the first is the earlier in x. */
            private void record(int first, int second) {
                if (first < second && xs[first] != xs[second]) {
                    if (size == slopes.length) {
                        slopes = Arrays.copyOf(slopes, 2 * size);
                    }
                    slopes[size++] = (ys[second] - ys[first]) / (xs[second] - xs[first]);
                }
            }
        }

        /** Guard for inputs where rounding makes the counts disagree (never seen in practice): every slope, sorted. */
        private double bruteForce(long k) {
            double[] all = new double[(int) count];
            int at = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (xs[j] != xs[i]) {
                        all[at++] = (ys[j] - ys[i]) / (xs[j] - xs[i]);
                    }
                }
            }
            Arrays.sort(all);
            return all[(int) k - 1];
        }

        private static long ordered(double value) {
            long bits = Double.doubleToLongBits(value);
            return bits >= 0 ? bits : bits ^ Long.MAX_VALUE;
        }

        private static double fromOrdered(long ordered) {
            return Double.longBitsToDouble(ordered >= 0 ? ordered : ordered ^ Long.MAX_VALUE);
        }
    }
}
