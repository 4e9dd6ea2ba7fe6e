package io.github.claimedlosses.spark;

import java.util.Arrays;
import java.util.List;

/** The ledger's Spark column names, for the tests. */
final class SparkRowsAccess {
    private SparkRowsAccess() {
    }

    static List<String> ledgerColumns() {
        return Arrays.asList(SparkRows.LEDGER.fieldNames());
    }
}
