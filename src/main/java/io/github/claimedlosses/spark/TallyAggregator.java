package io.github.claimedlosses.spark;

import io.github.claimedlosses.ledger.KeyTally;
import io.github.claimedlosses.ledger.SourceRef;
import io.github.claimedlosses.model.ClaimSchema;
import io.github.claimedlosses.model.Qualifier;
import java.time.LocalDate;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;

/** One ledger key's claims into its {@link KeyTally}, with the ledger's own add and merge: nothing reimplemented. */
final class TallyAggregator extends Aggregator<Row, KeyTally, KeyTally> {
    private static final long serialVersionUID = 1L;

    @Override
    public KeyTally zero() {
        return new KeyTally();
    }

    @Override
    public KeyTally reduce(KeyTally tally, Row claim) {
        return tally.add(claim.<Double>getAs(ClaimSchema.VALUE), Qualifier.fromId(claim.getAs(ClaimSchema.QUALIFIER)),
                new SourceRef(claim.getAs(ClaimSchema.SOURCE), claim.<LocalDate>getAs(SparkRows.PUBLISHED),
                        claim.getAs(ClaimSchema.LOCATION)));
    }

    @Override
    public KeyTally merge(KeyTally a, KeyTally b) {
        return a.merge(b);
    }

    @Override
    public KeyTally finish(KeyTally tally) {
        return tally;
    }

    @Override
    public Encoder<KeyTally> bufferEncoder() {
        return Encoders.javaSerialization(KeyTally.class);
    }

    @Override
    public Encoder<KeyTally> outputEncoder() {
        return Encoders.javaSerialization(KeyTally.class);
    }
}
