package io.github.claimedlosses.extract.corpus;

import java.util.List;

/**
 * How the predictions of one document compare with its gold rows.
 *
 * @param matched the one-to-one matched pairs
 * @param missed  gold rows no prediction matched
 * @param extra   scored predictions (derived ones left out) that matched no gold row
 */
record DocumentScore(List<Pair> matched, List<Figure> missed, List<Figure> extra) {

    DocumentScore {
        matched = List.copyOf(matched);
        missed = List.copyOf(missed);
        extra = List.copyOf(extra);
    }

    /** A gold row and the prediction matched to it. */
    record Pair(Figure gold, Figure predicted) {
        boolean claimantRight() {
            return gold.claimant().equals(predicted.claimant());
        }

        boolean dateRight() {
            return java.util.Objects.equals(gold.date(), predicted.date());
        }

        boolean qualifierRight() {
            return gold.qualifier() == predicted.qualifier();
        }
    }

    /** Missed plus extra figures: how far the document is from perfect. */
    int errors() {
        int wrongAttributes = 0;
        for (Pair pair : matched) {
            if (!pair.claimantRight() || !pair.dateRight()) {
                wrongAttributes++;
            }
        }
        return missed.size() + extra.size() + wrongAttributes;
    }
}
