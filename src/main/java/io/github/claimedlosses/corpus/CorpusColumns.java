package io.github.claimedlosses.corpus;

import java.io.Serializable;
import java.util.Objects;

/**
 * The field names (JSON Lines) or column names (CSV, Parquet) of a corpus's records. Only {@code text} must be
 * present in the data; the others are used when present.
 *
 * @param text      the article's text
 * @param url       where it was published
 * @param title     its title
 * @param published the date it was published: {@code YYYY-MM-DD} or an ISO date-time, whose own date is taken
 * @param language  its language
 * @param id        an identifier that claims cite instead of the URL
 */
public record CorpusColumns(String text, String url, String title, String published, String language, String id)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public CorpusColumns {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(id, "id");
    }

    /** The names {@code text}, {@code url}, {@code title}, {@code published}, {@code language}, {@code id}. */
    public static CorpusColumns standard() {
        return new CorpusColumns("text", "url", "title", "published", "language", "id");
    }
}
