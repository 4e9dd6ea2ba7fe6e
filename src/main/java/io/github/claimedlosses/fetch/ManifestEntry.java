package io.github.claimedlosses.fetch;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the cache knows about one downloaded file.
 *
 * @param url          where it was downloaded from
 * @param fetched      when it was downloaded
 * @param size         its size in bytes
 * @param sha256       its SHA-256 checksum, lower-case hexadecimal
 * @param lastDate     the latest date of its records; empty for an undated file ({@code totals_by_type.csv})
 * @param etag         the server's {@code ETag} for it, sent back as {@code If-None-Match}
 * @param lastModified the server's {@code Last-Modified} for it, sent back as {@code If-Modified-Since}
 */
public record ManifestEntry(URI url, Instant fetched, long size, String sha256, Optional<LocalDate> lastDate,
        Optional<String> etag, Optional<String> lastModified) {
    /** Checks that nothing is missing. */
    public ManifestEntry {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(fetched, "fetched");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(lastDate, "lastDate");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
        if (size < 0) {
            throw new IllegalArgumentException("negative size " + size);
        }
    }
}
