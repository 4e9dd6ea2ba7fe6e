package io.github.claimedlosses.ledger;

import io.github.claimedlosses.model.Qualifier;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The compact running state of one ledger key: per distinct value, the number of documents stating it and the first
 * and latest of them. Adding and merging are commutative and associative, so any split of a corpus, in any order,
 * gives the same tally (what lets the Spark job and the one-machine run agree).
 */
public final class KeyTally implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Usually one value, a few with typos. */
    private final List<Slot> slots = new ArrayList<>(1);

    /** Counts one document stating {@code value} (once per document and value, however often it repeats it). */
    public KeyTally add(double value, Qualifier qualifier, SourceRef source) {
        return addSlot(new Slot(value, qualifier, 1, source, source));
    }

    /** Adds everything {@code other} counted; returns this tally. */
    public KeyTally merge(KeyTally other) {
        for (Slot slot : other.slots) {
            addSlot(slot.copy());
        }
        return this;
    }

    private KeyTally addSlot(Slot incoming) {
        for (Slot slot : slots) {
            if (Double.compare(slot.value, incoming.value) == 0) {
                slot.absorb(incoming);
                return this;
            }
        }
        slots.add(incoming);
        return this;
    }

    /**
     * The values stated, the most documents first; ties by the earlier first source, then the smaller value. The
     * first is the ledger's value.
     */
    public List<StatedValue> values() {
        List<Slot> sorted = new ArrayList<>(slots);
        sorted.sort(Comparator.comparingLong((Slot slot) -> -slot.documents)
                .thenComparing(slot -> slot.first, SourceRef.FIRST)
                .thenComparingDouble(slot -> slot.value));
        List<StatedValue> values = new ArrayList<>(sorted.size());
        for (Slot slot : sorted) {
            values.add(new StatedValue(slot.value, slot.qualifier(), slot.documents, slot.first, slot.latest));
        }
        return values;
    }

    /** One value's counts; the qualifier is the one the first source gave. */
    private static final class Slot implements Serializable {
        private static final long serialVersionUID = 1L;
        final double value;
        Qualifier qualifierOfFirst;
        long documents;
        SourceRef first;
        SourceRef latest;

        Slot(double value, Qualifier qualifier, long documents, SourceRef first, SourceRef latest) {
            this.value = value;
            this.qualifierOfFirst = qualifier;
            this.documents = documents;
            this.first = first;
            this.latest = latest;
        }

        Slot copy() {
            return new Slot(value, qualifierOfFirst, documents, first, latest);
        }

        void absorb(Slot other) {
            documents += other.documents;
            SourceRef earlier = SourceRef.first(first, other.first);
            if (earlier != first) {
                first = earlier;
                qualifierOfFirst = other.qualifierOfFirst;
            }
            latest = SourceRef.latest(latest, other.latest);
        }

        Qualifier qualifier() {
            return qualifierOfFirst;
        }
    }
}
