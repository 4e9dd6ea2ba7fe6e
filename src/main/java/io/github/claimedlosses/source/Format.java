package io.github.claimedlosses.source;

import java.util.Objects;

/**
 * One file format of a source, with its reader.
 *
 * @param id     the name used with {@code --format}, such as {@code gs-equipment}
 * @param reader reads a file of this format
 */
public record Format(String id, FormatReader reader) {
    public Format {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reader, "reader");
    }
}
