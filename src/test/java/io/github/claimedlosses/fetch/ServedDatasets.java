package io.github.claimedlosses.fetch;

import io.github.claimedlosses.SharedData;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the fetch tests take each file the cache keeps from: the reference datasets, or, for a source registered in
 * the test tree only (whose files the reference datasets do not have), its file in the test resources next to its
 * descriptor ({@code io/github/claimedlosses/source/FOLDER/FILE}).
 */
public final class ServedDatasets {
    private static final String TEST_SOURCES = "/io/github/claimedlosses/source/";

    private ServedDatasets() {
    }

    /** The file to serve as {@code file}. */
    public static Path of(DatasetFile file) {
        Path reference = SharedData.datasets().resolve(file.cachePath());
        if (Files.exists(reference)) {
            return reference;
        }
        URL resource = ServedDatasets.class.getResource(TEST_SOURCES + file.cachePath());
        if (resource == null) {
            throw new IllegalStateException("neither the reference datasets nor the test resources have "
                    + file.cachePath());
        }
        try {
            return Path.of(resource.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
