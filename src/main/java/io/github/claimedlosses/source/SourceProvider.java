package io.github.claimedlosses.source;

import java.util.List;

/**
 * Contributes sources to {@link Sources#standard()}: a {@link java.util.ServiceLoader} service, listed in
 * {@code META-INF/services/io.github.claimedlosses.source.SourceProvider}. The stage that owns a source's reader
 * provides it ({@code read} the datasets, {@code extract} text), so that this package depends on neither.
 */
public interface SourceProvider {
    /** The sources this provider contributes. */
    List<Source> sources();
}
