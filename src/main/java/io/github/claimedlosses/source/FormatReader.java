package io.github.claimedlosses.source;

import java.nio.file.Path;

/** Reads one file of one format into claims. */
@FunctionalInterface
public interface FormatReader {
    /**
     * The claims of {@code file}.
     *
     * @param lenient keep the good records of a file with bad ones (each skipped one reported) rather than refuse it
     * @throws io.github.claimedlosses.model.BadInputException when the file cannot be read as this format
     */
    Reading read(Path file, boolean lenient);
}
