package io.github.claimedlosses.corpus;

/**
 * The documents of a corpus, read one at a time as they are asked for (never all at once), in a fixed order: a
 * folder's files by path, a file's records by line. Close it to release the open file.
 */
public interface DocumentStream extends AutoCloseable {
    /**
     * The next document, or null at the end.
     *
     * @throws io.github.claimedlosses.model.BadInputException for a bad record when reading strictly; when reading
     *                                                         leniently it is reported and skipped instead
     */
    CorpusDocument next();

    /** Bytes of input read so far (file bytes, before decoding), for progress. */
    long bytesRead();

    @Override
    void close();
}
