package io.github.claimedlosses.corpus;

import io.github.claimedlosses.model.BadInputException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * A file of one article per record (a CSV file, a JSON Lines file), read record by record: what its formats share.
 * A subclass reads the next record into a document; this class hands a bad record to {@link BadRecords} (which
 * throws when reading strictly) and goes on to the next, counts the bytes read and closes the file.
 */
abstract class RecordFile implements DocumentStream {
    /** The file's name, for messages. */
    final String name;
    /** Which fields hold the text and the metadata. */
    final CorpusColumns columns;
    private final BadRecords badRecords;
    private CountingInputStream counted;
    private boolean ended;
    private BadInputException fatal;

    RecordFile(String name, CorpusColumns columns, BadRecords badRecords) {
        this.name = name;
        this.columns = columns;
        this.badRecords = badRecords;
    }

    /** Counts the bytes of {@code in}, the file's stream; call once, from the constructor. */
    final CountingInputStream counting(InputStream in) {
        counted = new CountingInputStream(in);
        return counted;
    }

    /**
     * The next record's document; {@code null} for a record that holds none (a blank line), or at the end of the
     * file after calling {@link #end()}.
     *
     * @throws BadInputException for a bad record, which is skipped, or one made {@link #fatal}, which stops the
     *                           reading
     */
    abstract CorpusDocument nextDocument();

    /** What {@link #close()} closes. */
    abstract Closeable source();

    /** {@code problem}, marked as one that stops the reading whether strict or lenient (the file cannot be read). */
    final BadInputException fatal(BadInputException problem) {
        fatal = problem;
        return problem;
    }

    /** Marks the end of the file: no record is read after this one. */
    final void end() {
        ended = true;
    }

    @Override
    public final CorpusDocument next() {
        while (!ended) {
            try {
                CorpusDocument document = nextDocument();
                if (document != null) {
                    return document;
                }
            } catch (BadInputException e) {
                if (e == fatal) {
                    throw e;
                }
                badRecords.handle(e);
            }
        }
        return null;
    }

    @Override
    public final long bytesRead() {
        return counted.count();
    }

    @Override
    public final void close() {
        try {
            source().close();
        } catch (IOException ignored) {
            // read-only file: nothing is lost
        }
    }
}
