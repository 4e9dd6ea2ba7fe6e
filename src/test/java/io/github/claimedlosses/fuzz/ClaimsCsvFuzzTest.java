package io.github.claimedlosses.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.claimedlosses.read.ClaimsCsvReader;
import io.github.claimedlosses.read.Strictness;

/** The tool's own claims CSV under mutated input: refused, or read and written back to the same claims. */
class ClaimsCsvFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void claimsCsvRefusedOrRoundTrips(byte[] input) {
        RoundTrip.check(input, "claims.csv", file -> new ClaimsCsvReader(Strictness.STRICT).read(file).claims());
        RoundTrip.check(input, "claims.csv", file -> new ClaimsCsvReader(Strictness.LENIENT).read(file).claims());
    }
}
