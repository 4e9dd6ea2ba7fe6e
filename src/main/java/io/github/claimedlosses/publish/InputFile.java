package io.github.claimedlosses.publish;

import io.github.claimedlosses.files.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file a publication was built from, with its size and SHA-256, so that a reader of the report can tell exactly
 * which inputs it shows.
 *
 * @param name   name shown in the report (relative to its input folder)
 * @param bytes  size in bytes
 * @param sha256 checksum, lower-case hexadecimal
 */
public record InputFile(String name, long bytes, String sha256) {
    /** The size and checksum of {@code file}, named {@code name}. */
    public static InputFile of(String name, Path file) {
        try {
            return new InputFile(name, Files.size(file), Sha256.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
