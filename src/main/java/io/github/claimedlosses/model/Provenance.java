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
 *
 * <p>A lone surrogate (half of a character, which no UTF-8 file can hold) becomes U+FFFD, so that what the tables
 * write reads back equal.
 */
public record Provenance(String source, String location, String quote, String item) {
    /** The item of a figure that is its category's whole figure, as a text states it. */
    public static final String WHOLE = "";

    public Provenance {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(location, "location");
        quote = wellFormed(quote == null ? "" : quote);
        source = wellFormed(source);
        location = wellFormed(location);
        item = item == null ? WHOLE : wellFormed(item.strip());
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

    /** {@code text} with every unpaired surrogate replaced by U+FFFD (the replacement character). */
    static String wellFormed(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append('\uFFFD');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
