package io.github.claimedlosses.notebook.display;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One value rendered as a notebook shows it: content per MIME type, in order of preference, as in a Jupyter
 * {@code display_data} message. Text types hold text, {@code image/png} holds the image in Base64.
 *
 * @param data content by MIME type
 */
public record MimeBundle(Map<String, String> data) {
    /** Plain text, which every bundle has. */
    public static final String TEXT_PLAIN = "text/plain";
    /** An HTML fragment. */
    public static final String TEXT_HTML = "text/html";
    /** An SVG document. */
    public static final String IMAGE_SVG = "image/svg+xml";
    /** A PNG image in Base64. */
    public static final String IMAGE_PNG = "image/png";

    public MimeBundle {
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
        if (!data.containsKey(TEXT_PLAIN)) {
            throw new IllegalArgumentException("a bundle needs text/plain, it has " + data.keySet());
        }
    }

    /** A bundle with plain text only. */
    public static MimeBundle text(String text) {
        return new MimeBundle(Map.of(TEXT_PLAIN, Objects.requireNonNull(text, "text")));
    }

    /** The content of {@code type}, or null when the bundle has none. */
    public String get(String type) {
        return data.get(type);
    }
}
