package io.github.claimedlosses.fetch;

import java.net.URI;
import java.util.Optional;

/**
 * A finished HTTP exchange for one file: either "not modified", or a complete body in the staging file.
 *
 * @param url          the address actually read (after redirects within the same host and scheme)
 * @param modified     false for {@code 304 Not Modified}
 * @param size         bytes received
 * @param etag         the response's {@code ETag}
 * @param lastModified the response's {@code Last-Modified}
 */
record Download(URI url, boolean modified, long size, Optional<String> etag, Optional<String> lastModified) {
    static Download notModified(URI url) {
        return new Download(url, false, 0, Optional.empty(), Optional.empty());
    }
}
