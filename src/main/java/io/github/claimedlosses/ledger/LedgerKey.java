package io.github.claimedlosses.ledger;

import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.model.Taxonomy;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * What a ledger row is about: who claims, whose losses, which category, as of which date, and what kind of figure.
 * Ordered by claimant, side, category, date and kind, the order of the ledger's rows.
 */
public record LedgerKey(Claimant claimant, Side side, Category category, LocalDate date, Kind kind)
        implements Comparable<LedgerKey> {
    private static final Comparator<LedgerKey> ORDER = Comparator.comparing(LedgerKey::claimant)
            .thenComparing(LedgerKey::side).thenComparing(LedgerKey::category).thenComparing(LedgerKey::date)
            .thenComparing(LedgerKey::kind);

    public LedgerKey {
        Objects.requireNonNull(claimant, "claimant");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
    }

    /** The key of a dated claim. */
    public static LedgerKey of(Claim claim) {
        if (claim.date() == null) {
            throw new IllegalArgumentException("an undated claim has no place in the ledger");
        }
        return new LedgerKey(claim.claimant(), claim.side(), claim.category(), claim.date(), claim.kind());
    }

    /**
     * The key as one text, {@code claimant|side|category|date|kind} with the tables' ids, for grouping where only
     * strings travel (Spark); {@link #parse} reads it back.
     */
    public String text() {
        return claimant.id() + "|" + side.id() + "|" + category.id() + "|" + date + "|" + kind.id();
    }

    /** The key written by {@link #text()}. */
    public static LedgerKey parse(String text, Taxonomy taxonomy) {
        String[] parts = text.split("\\|", -1);
        if (parts.length != 5) {
            throw new IllegalArgumentException("not a ledger key: " + text);
        }
        return new LedgerKey(Claimant.fromId(parts[0]), Side.fromId(parts[1]), taxonomy.category(parts[2]),
                LocalDate.parse(parts[3]), Kind.fromId(parts[4]));
    }

    @Override
    public int compareTo(LedgerKey other) {
        return ORDER.compare(this, other);
    }
}
