package io.github.claimedlosses.ledger;

import java.nio.file.Path;
import java.time.LocalDate;

/** The generated news corpus for tests of other packages (the Spark job, the command line). */
public final class TestCorpora {
    /** The first as-of date of the generated corpus. */
    public static final LocalDate FIRST_DATE = NewsCorpusFixture.FIRST_DATE;

    private TestCorpora() {
    }

    /** Writes the first {@code documents} documents of the generated corpus as JSON Lines. */
    public static void writeJsonLines(int documents, Path file) {
        new NewsCorpusFixture(documents).writeJsonLines(file);
    }
}
