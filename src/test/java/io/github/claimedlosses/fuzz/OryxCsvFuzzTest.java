package io.github.claimedlosses.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.claimedlosses.read.OryxReader;
import io.github.claimedlosses.read.Strictness;

/** Oryx's {@code daily_count.csv} (and the {@code totals_by_type.csv} check) under mutated input. */
class OryxCsvFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void dailyCountRefusedOrRoundTrips(byte[] input) {
        RoundTrip.check(input, OryxReader.DAILY_COUNT_FILE,
                file -> new OryxReader(Strictness.STRICT).dailyCounts(file).claims());
        RoundTrip.check(input, OryxReader.DAILY_COUNT_FILE,
                file -> new OryxReader(Strictness.LENIENT).dailyCounts(file).claims());
        RoundTrip.check(input, OryxReader.TOTALS_BY_TYPE_FILE, file -> {
            OryxReader.checkTotalsByType(file);
            return java.util.List.of();
        });
    }
}
