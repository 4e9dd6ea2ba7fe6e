package io.github.claimedlosses.ledger;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * A document that states a figure, as the ledger cites it.
 *
 * @param document  the document's id (its URL, {@code id} field or path)
 * @param published the date it was published; null when not known
 * @param location  where in it: {@code offset N}
 */
public record SourceRef(String document, LocalDate published, String location) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Earliest published first, undated documents after dated ones; ties by document id and location. */
    static final Comparator<SourceRef> FIRST = Comparator.comparing(SourceRef::published,
            Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(SourceRef::document).thenComparing(SourceRef::location);
    /** Latest published last, undated documents before dated ones; ties by document id and location. */
    static final Comparator<SourceRef> LATEST = Comparator.comparing(SourceRef::published,
            Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(SourceRef::document).thenComparing(SourceRef::location);

    public SourceRef {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(location, "location");
    }

    static SourceRef first(SourceRef a, SourceRef b) {
        return FIRST.compare(a, b) <= 0 ? a : b;
    }

    static SourceRef latest(SourceRef a, SourceRef b) {
        return LATEST.compare(a, b) >= 0 ? a : b;
    }
}
