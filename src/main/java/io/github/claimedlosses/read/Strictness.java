package io.github.claimedlosses.read;

/** What a reader does with a bad record. */
public enum Strictness {
    /** Refuse the whole file at the first bad record: nothing is returned. */
    STRICT,
    /** Keep the good records and report every skipped one in {@link ReadResult#skipped()}. */
    LENIENT
}
