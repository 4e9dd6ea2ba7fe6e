package io.github.claimedlosses.fetch;

/** A download that did not succeed, with a one-line reason and whether trying again may help. */
final class DownloadFailure extends Exception {
    private static final long serialVersionUID = 1L;

    /** How a download failed. */
    enum Kind {
        /** No connection to the server: the machine is probably offline. Retried. */
        UNREACHABLE,
        /** A server error, a timeout or a broken connection. Retried. */
        TRANSIENT,
        /** Trying again will not help: not found, refused, too large. */
        PERMANENT
    }

    private final Kind kind;

    DownloadFailure(Kind kind, String reason) {
        super(reason, null, false, false);
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }

    boolean retryable() {
        return kind != Kind.PERMANENT;
    }

    /** The same failure, saying how many attempts were made. */
    DownloadFailure afterAttempts(int attempts) {
        return attempts <= 1 ? this : new DownloadFailure(kind, getMessage() + " (" + attempts + " attempts)");
    }
}
