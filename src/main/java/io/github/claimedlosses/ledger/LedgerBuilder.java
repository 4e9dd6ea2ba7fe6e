package io.github.claimedlosses.ledger;

import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Qualifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aggregates documents' claims into a ledger, one compact {@link KeyTally} per key: memory grows with the number of
 * distinct keys, not with the number of documents. A document counts once per key and value however often it
 * states them; undated claims have no as-of date and stay out of the ledger (they are counted). Not thread-safe:
 * give each thread its own and {@link #merge} them.
 */
public final class LedgerBuilder {
    private final Map<LedgerKey, KeyTally> tallies = new HashMap<>();
    private long documents;
    private long undated;

    /** One document's say on one key: a value, counted once per document. */
    public record Contribution(LedgerKey key, double value, Qualifier qualifier, SourceRef source) {
    }

    /**
     * What one document tells the ledger, worked out apart from the ledger (on another thread, say) and counted with
     * {@link #add(Say)}.
     *
     * @param contributions its {@link #contributions}
     * @param undated       how many of its claims have no as-of date
     */
    public record Say(List<Contribution> contributions, long undated) {
        public Say {
            contributions = List.copyOf(contributions);
        }

        /** What {@code document} tells the ledger. */
        public static Say of(DocumentClaims document) {
            long undated = 0;
            for (Claim claim : document.claims()) {
                undated += claim.date() == null ? 1 : 0;
            }
            return new Say(LedgerBuilder.contributions(document), undated);
        }
    }

    /** Counts the claims of one document. */
    public LedgerBuilder add(DocumentClaims document) {
        return add(Say.of(document));
    }

    /** Counts what one document tells the ledger. */
    public LedgerBuilder add(Say say) {
        documents++;
        for (Contribution contribution : say.contributions()) {
            tallies.computeIfAbsent(contribution.key(), k -> new KeyTally()).add(contribution.value(),
                    contribution.qualifier(), contribution.source());
        }
        undated += say.undated();
        return this;
    }

    /**
     * What one document adds to the ledger: each dated claim's key and value once (the first time the document
     * states them), citing the document and the claim's location. The one rule, shared with the Spark job.
     */
    public static List<Contribution> contributions(DocumentClaims document) {
        List<Contribution> contributions = new ArrayList<>(document.claims().size());
        Set<Object> seen = new HashSet<>();
        for (Claim claim : document.claims()) {
            if (claim.date() == null) {
                continue;
            }
            LedgerKey key = LedgerKey.of(claim);
            if (seen.add(List.of(key, claim.value()))) {
                contributions.add(new Contribution(key, claim.value(), claim.qualifier(),
                        new SourceRef(document.id(), document.published(), claim.provenance().location())));
            }
        }
        return contributions;
    }

    /** Adds everything {@code other} counted. */
    public LedgerBuilder merge(LedgerBuilder other) {
        other.tallies.forEach((key, tally) -> tallies.merge(key, tally, KeyTally::merge));
        documents += other.documents;
        undated += other.undated;
        return this;
    }

    /** How many documents were added. */
    public long documents() {
        return documents;
    }

    /** How many claims were left out for having no as-of date. */
    public long undated() {
        return undated;
    }

    /** The ledger so far. */
    public Ledger build() {
        List<LedgerEntry> entries = new ArrayList<>(tallies.size());
        tallies.forEach((key, tally) -> entries.add(LedgerEntry.of(key, tally)));
        return Ledger.of(entries);
    }
}
