package io.github.claimedlosses.cli;

/** Exit statuses of the command-line tool, as documented in the README. */
public final class ExitCode {
    /** Success. */
    public static final int OK = 0;
    /** An unexpected internal error (a bug): the message says what failed. */
    public static final int INTERNAL_ERROR = 1;
    /** The command line is wrong: unknown option, missing argument. */
    public static final int USAGE = 2;
    /** An input file is bad: the one-line message names the file, the place and the problem. */
    public static final int BAD_INPUT = 3;
    /** The output could not be written. */
    public static final int OUTPUT_ERROR = 4;
    /** {@code fetch}: some file could not be fetched and the cache has no copy of it, so the data cannot be used. */
    public static final int FETCH_FAILED = 5;

    private ExitCode() {
    }
}
