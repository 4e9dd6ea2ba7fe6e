package io.github.claimedlosses.extract.corpus;

import io.github.claimedlosses.model.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The scoring rule of the evaluation corpus (docs: {@code gold-format}): predictions of kind {@code derived} are
 * ignored; a prediction matches a gold row, one to one and greedily in text order, when side, category, kind and
 * value are equal, and low and high as well when the gold row is a range. Claimant, date and qualifier do not
 * decide a match; they are measured over the matched pairs.
 */
final class Matcher {
    /** Values closer than this are equal (figures are whole numbers or halves of ranges). */
    private static final double TOLERANCE = 1e-6;

    private Matcher() {
    }

    /** Matches {@code predicted} against {@code gold}, both in any order. */
    static DocumentScore score(List<Figure> gold, List<Figure> predicted) {
        List<Figure> golds = new ArrayList<>(gold);
        golds.sort(Comparator.comparingInt(Figure::order));
        List<Figure> candidates = new ArrayList<>();
        for (Figure figure : predicted) {
            if (figure.kind() != Kind.DERIVED) {
                candidates.add(figure);
            }
        }
        candidates.sort(Comparator.comparingInt(Figure::order));
        boolean[] used = new boolean[candidates.size()];
        List<DocumentScore.Pair> matched = new ArrayList<>();
        List<Figure> missed = new ArrayList<>();
        for (Figure row : golds) {
            int found = -1;
            for (int i = 0; i < candidates.size() && found < 0; i++) {
                if (!used[i] && matches(row, candidates.get(i))) {
                    found = i;
                }
            }
            if (found < 0) {
                missed.add(row);
            } else {
                used[found] = true;
                matched.add(new DocumentScore.Pair(row, candidates.get(found)));
            }
        }
        List<Figure> extra = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (!used[i]) {
                extra.add(candidates.get(i));
            }
        }
        return new DocumentScore(matched, missed, extra);
    }

    /** True when {@code prediction} counts as the figure of gold row {@code row}. */
    static boolean matches(Figure row, Figure prediction) {
        boolean same = row.side() == prediction.side()
                && row.category().equals(prediction.category())
                && row.kind() == prediction.kind()
                && equal(row.value(), prediction.value());
        if (same && row.isRange()) {
            return equal(row.low(), prediction.low()) && equal(row.high(), prediction.high());
        }
        return same;
    }

    private static boolean equal(Double a, Double b) {
        if (a == null || b == null) {
            return a == b;
        }
        return equal(a.doubleValue(), b.doubleValue());
    }

    private static boolean equal(double a, double b) {
        return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(a));
    }
}
