package io.github.claimedlosses.ledger.run;

/** Told how a corpus run advances; called from one thread at a time. */
public interface CorpusProgress {
    /** The run starts on a corpus of {@code totalBytes} input bytes (0 when unknown). */
    void started(long totalBytes);

    /** {@code documents} documents are done, read from {@code bytes} input bytes. */
    void advanced(long documents, long bytes);

    /** The run has read and extracted everything. */
    void finished(long documents, long bytes);

    /** Progress that shows nothing. */
    static CorpusProgress none() {
        return new CorpusProgress() {
            @Override
            public void started(long totalBytes) {
            }

            @Override
            public void advanced(long documents, long bytes) {
            }

            @Override
            public void finished(long documents, long bytes) {
            }
        };
    }
}
