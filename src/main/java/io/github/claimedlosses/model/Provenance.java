package io.github.claimedlosses.model;

import java.util.Objects;

/**
 * Where a figure was read: the file or dataset, the place inside it, the words it came from, and the item of the
 * source it counts.
 *
 * <p>The item is what a running total is assembled from, so that nothing has to be parsed back out of a quote: a
 * dataset that splits a category into items states one figure per item (the General Staff's JSON key {@code tank},
 * the Oryx type {@code Tanks (Russia)}; in the per-model file the Oryx type of the model, whose models add up to
 * it), and the items of a category add up. A text states the whole figure of a category, perhaps in several
 * sentences: its item is {@link #WHOLE}, and the sentence is the {@code location}.
 *
 * @param source   file or dataset name, e.g. {@code russia_losses_equipment.json}
 * @param location place in the source: {@code record 35}, {@code line 12} or {@code offset 1734}
 * @param quote    the source's own wording of the figure (a sentence for text, the key and value for a
 *                 dataset record); empty when there is none
 * @param item     the item of the source the figure counts, or {@link #WHOLE}
 */
public record Provenance(String source, String location, String quote, String item) {
    /** The item of a figure that is its category's whole figure, as a text states it. */
    public static final String WHOLE = "";

    public Provenance {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(location, "location");
        quote = quote == null ? "" : quote;
        item = item == null ? WHOLE : item.strip();
        if (source.isBlank()) {
            throw new IllegalArgumentException("provenance needs a source");
        }
        if (location.isBlank()) {
            throw new IllegalArgumentException("provenance of " + source + " needs a location");
        }
    }

    /** The provenance of a whole figure (item {@link #WHOLE}), such as a sentence of a text. */
    public Provenance(String source, String location, String quote) {
        this(source, location, quote, WHOLE);
    }

    /** Whether the figure is its category's whole figure rather than one item of it. */
    public boolean isWhole() {
        return item.isEmpty();
    }
}
