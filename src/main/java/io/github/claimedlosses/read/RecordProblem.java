package io.github.claimedlosses.read;

/** What is wrong with one record; the collector adds the file and the record's place. */
final class RecordProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RecordProblem(String problem) {
        super(problem, null, false, false);
    }
}
