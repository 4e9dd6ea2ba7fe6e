package io.github.claimedlosses.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How {@link DatasetCache} downloads: immutable; start from {@link #defaults()} and change what you need with the
 * {@code with...} methods.
 *
 * @param baseUrl         replaces {@link #PUBLIC_BASE_URL} in every download address (a mirror with the same paths)
 * @param timeout         longest wait for a connection, for the response, and between two pieces of a body
 * @param retries         further attempts after a transient failure (server error, timeout, broken connection)
 * @param backoff         wait before the first retry; each further retry waits twice as long as the previous one
 * @param maxBytes        size cap: a larger response is refused
 * @param shrinkTolerance largest accepted shrinkage against the cached copy, as a fraction (0.10 = 10 %)
 * @param progress        hears each download's progress
 * @param clock           dates the manifest entries
 * @param acceptChanges   accept a download that reads cleanly even where it is implausible against the cached copy
 *                        (smaller, older, records dropped, published values changed): for a deliberate upstream
 *                        rewrite
 */
public record FetchOptions(URI baseUrl, Duration timeout, int retries, Duration backoff, long maxBytes,
        double shrinkTolerance, Progress progress, Clock clock, boolean acceptChanges) {
    /** Where the public raw files live. */
    public static final URI PUBLIC_BASE_URL = URI.create("https://raw.githubusercontent.com");
    /** Default {@link #timeout()}. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** Default {@link #retries()}. */
    public static final int DEFAULT_RETRIES = 2;
    /** Default {@link #maxBytes()}: far above the real files (all below 1 MB). */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    /** Checks every setting. */
    public FetchOptions {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(clock, "clock");
        baseUrl = baseUrl(baseUrl.toString());
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive, not " + timeout);
        }
        if (retries < 0 || backoff.isNegative()) {
            throw new IllegalArgumentException("retries and back-off cannot be negative");
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the size cap must be positive, not " + maxBytes);
        }
        if (!(shrinkTolerance >= 0 && shrinkTolerance < 1)) {
            throw new IllegalArgumentException("the shrink tolerance must be in [0, 1), not " + shrinkTolerance);
        }
    }

    /** The public base address, 30 s timeout, 2 retries after 1 s then 2 s, 64 MiB cap, 10 % shrink tolerance. */
    public static FetchOptions defaults() {
        return new FetchOptions(PUBLIC_BASE_URL, DEFAULT_TIMEOUT, DEFAULT_RETRIES, Duration.ofSeconds(1),
                DEFAULT_MAX_BYTES, 0.10, Progress.NONE, Clock.systemUTC(), false);
    }

    /**
     * Parses a base address: an absolute {@code http} or {@code https} address with a host, without query or
     * fragment, such as {@code https://raw.githubusercontent.com} or {@code http://mirror.example/datasets}.
     *
     * @throws IllegalArgumentException saying what is wrong, in one line
     */
    public static URI baseUrl(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a web address: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getQuery() != null
                || uri.getFragment() != null) {
            throw new IllegalArgumentException("\"" + text + "\" is not an http or https base address such as "
                    + PUBLIC_BASE_URL);
        }
        return uri;
    }

    /** These options with another base address. */
    public FetchOptions withBaseUrl(URI newBaseUrl) {
        return new FetchOptions(newBaseUrl, timeout, retries, backoff, maxBytes, shrinkTolerance, progress, clock,
                acceptChanges);
    }

    /** These options with another timeout. */
    public FetchOptions withTimeout(Duration newTimeout) {
        return new FetchOptions(baseUrl, newTimeout, retries, backoff, maxBytes, shrinkTolerance, progress, clock,
                acceptChanges);
    }

    /** These options with another number of retries. */
    public FetchOptions withRetries(int newRetries) {
        return new FetchOptions(baseUrl, timeout, newRetries, backoff, maxBytes, shrinkTolerance, progress, clock,
                acceptChanges);
    }

    /** These options with another first back-off. */
    public FetchOptions withBackoff(Duration newBackoff) {
        return new FetchOptions(baseUrl, timeout, retries, newBackoff, maxBytes, shrinkTolerance, progress, clock,
                acceptChanges);
    }

    /** These options with another size cap. */
    public FetchOptions withMaxBytes(long newMaxBytes) {
        return new FetchOptions(baseUrl, timeout, retries, backoff, newMaxBytes, shrinkTolerance, progress, clock,
                acceptChanges);
    }

    /** These options with another shrink tolerance. */
    public FetchOptions withShrinkTolerance(double newShrinkTolerance) {
        return new FetchOptions(baseUrl, timeout, retries, backoff, maxBytes, newShrinkTolerance, progress, clock,
                acceptChanges);
    }

    /** These options reporting progress to {@code newProgress}. */
    public FetchOptions withProgress(Progress newProgress) {
        return new FetchOptions(baseUrl, timeout, retries, backoff, maxBytes, shrinkTolerance, newProgress, clock,
                acceptChanges);
    }

    /** These options dating manifest entries with {@code newClock}. */
    public FetchOptions withClock(Clock newClock) {
        return new FetchOptions(baseUrl, timeout, retries, backoff, maxBytes, shrinkTolerance, progress, newClock,
                acceptChanges);
    }

    /** These options accepting (or not) a download that is implausible against the cached copy. */
    public FetchOptions withAcceptChanges(boolean accept) {
        return new FetchOptions(baseUrl, timeout, retries, backoff, maxBytes, shrinkTolerance, progress, clock, accept);
    }
}
