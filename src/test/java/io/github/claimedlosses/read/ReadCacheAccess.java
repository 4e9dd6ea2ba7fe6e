package io.github.claimedlosses.read;

/** Lets benchmarks time a first read: forgets the results {@link DatasetReader} keeps. */
public final class ReadCacheAccess {
    private ReadCacheAccess() {
    }

    /** Forgets every kept result. */
    public static void clear() {
        ReadCache.clear();
    }
}
