package io.github.claimedlosses.fetch;

/**
 * Hears how each download goes, for a progress display. Calls for one file come in order (started, advanced...,
 * finished), possibly from an HTTP client thread; a retry starts again with {@link #started}.
 */
public interface Progress {
    /** Hears nothing. */
    Progress NONE = new Progress() {
        @Override
        public void started(DatasetFile file, long expectedBytes) {
        }

        @Override
        public void advanced(DatasetFile file, long receivedBytes) {
        }

        @Override
        public void finished(FileResult result) {
        }
    };

    /** The server started sending {@code file}; {@code expectedBytes} is its announced size, or -1 when unknown. */
    void started(DatasetFile file, long expectedBytes);

    /** {@code receivedBytes} of {@code file} have arrived so far. */
    void advanced(DatasetFile file, long receivedBytes);

    /** {@code result.file()} is done with: updated, unchanged, or failed. */
    void finished(FileResult result);
}
