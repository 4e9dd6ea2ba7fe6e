package io.github.claimedlosses.export.chart;

/** Words the chart builders add about the statistics they draw. */
final class StatRows {
    private StatRows() {
    }

    /** "; from figures stated as approximate" when {@code approximate}, else "". */
    static String approximateNote(boolean approximate) {
        return approximate ? "; from figures stated as approximate (\"about\", \"more than\")" : "";
    }
}
