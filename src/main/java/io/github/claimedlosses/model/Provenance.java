package io.github.claimedlosses.model;

import java.util.Objects;

/**
 * Where a figure was read: the file or dataset, the place inside it and the words it came from.
 *
 * @param source   file or dataset name, e.g. {@code russia_losses_equipment.json}
 * @param location place in the source: {@code record 35}, {@code line 12} or {@code offset 1734}
 * @param quote    the source's own wording of the figure (a sentence for text, the key and value for a
 *                 dataset record); empty when there is none
 */
public record Provenance(String source, String location, String quote) {
    public Provenance {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(location, "location");
        quote = quote == null ? "" : quote;
        if (source.isBlank()) {
            throw new IllegalArgumentException("provenance needs a source");
        }
        if (location.isBlank()) {
            throw new IllegalArgumentException("provenance of " + source + " needs a location");
        }
    }
}
