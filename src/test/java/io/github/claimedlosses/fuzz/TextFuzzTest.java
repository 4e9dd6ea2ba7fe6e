package io.github.claimedlosses.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.claimedlosses.extract.DocumentInfo;
import io.github.claimedlosses.extract.TextExtractor;
import io.github.claimedlosses.extract.TextFile;

/**
 * The text extractor under mutated documents: a document is refused (not text) or its claims are extracted, and
 * those claims survive the claims CSV. Number-reading mistakes that produce another value are not visible to this
 * property; exceptions other than ours are.
 */
class TextFuzzTest {
    private static final TextExtractor EXTRACTOR = TextExtractor.standard();

    @FuzzTest(maxDuration = "10s")
    void textRefusedOrExtractedAndRoundTrips(byte[] input) {
        RoundTrip.check(input, "document.txt",
                file -> EXTRACTOR.extract(TextFile.read(file), DocumentInfo.named("document.txt")).claims());
    }
}
