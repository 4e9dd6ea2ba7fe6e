package io.github.claimedlosses.corpus;

import io.github.claimedlosses.model.BadInputException;
import io.github.claimedlosses.read.Strictness;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What to do with a bad record: refuse the corpus ({@link Strictness#STRICT}), or report it and go on
 * ({@link Strictness#LENIENT}).
 */
public final class BadRecords {
    private final Strictness strictness;
    private final Consumer<BadInputException> report;
    private long skipped;

    /**
     * @param strictness whether a bad record stops the run
     * @param report     told of every skipped record when lenient
     */
    public BadRecords(Strictness strictness, Consumer<BadInputException> report) {
        this.strictness = Objects.requireNonNull(strictness, "strictness");
        this.report = Objects.requireNonNull(report, "report");
    }

    /** Strict: every bad record stops the run. */
    public static BadRecords strict() {
        return new BadRecords(Strictness.STRICT, problem -> { });
    }

    /** Throws {@code problem} when strict; reports and counts it when lenient. */
    public synchronized void handle(BadInputException problem) {
        if (strictness == Strictness.STRICT) {
            throw problem;
        }
        skipped++;
        report.accept(problem);
    }

    /** How many records were skipped. */
    public synchronized long skipped() {
        return skipped;
    }
}
