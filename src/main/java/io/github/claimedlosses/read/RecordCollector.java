package io.github.claimedlosses.read;

import io.github.claimedlosses.model.BadInputException;
import io.github.claimedlosses.model.Claim;
import java.util.ArrayList;
import java.util.List;

/** Gathers the claims of a file record by record, applying the reader's {@link Strictness} to bad records. */
final class RecordCollector {
    /** Reads one record; throws {@link RecordProblem} (or the model's IllegalArgumentException) when it is bad. */
    @FunctionalInterface
    interface RecordParser {
        List<Claim> parse();
    }

    private final String file;
    private final Strictness strictness;
    private final List<Claim> claims = new ArrayList<>();
    private final List<BadInputException> skipped = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    RecordCollector(String file, Strictness strictness) {
        this.file = file;
        this.strictness = strictness;
    }

    void add(String where, RecordParser parser) {
        List<Claim> parsed;
        try {
            parsed = parser.parse();
        } catch (RecordProblem | IllegalArgumentException e) {
            reject(where, e.getMessage());
            return;
        }
        claims.addAll(parsed);
    }

    /** Reports a bad record found outside {@link #add}: thrown in strict mode, recorded in lenient mode. */
    void reject(String where, String problem) {
        BadInputException bad = new BadInputException(file, where, problem);
        if (strictness == Strictness.STRICT) {
            throw bad;
        }
        skipped.add(bad);
    }

    /** Records something left out on purpose, for the user to see. */
    void note(String note) {
        notes.add(file + ": " + note);
    }

    ReadResult result() {
        return new ReadResult(claims, skipped, notes);
    }
}
