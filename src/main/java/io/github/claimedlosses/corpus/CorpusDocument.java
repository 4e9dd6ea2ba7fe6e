package io.github.claimedlosses.corpus;

import io.github.claimedlosses.extract.DocumentInfo;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One article of a news corpus: its text and what is known about it from outside the text.
 *
 * @param id        the document's identity as claims cite it: its {@code id} field, else its URL, else the
 *                  input's name and a digest of the text (see {@link DocumentIds})
 * @param text      the text (HTML already reduced to text)
 * @param url       where it was published; null when not given
 * @param title     its title; null when not given
 * @param published the date it was published, the extractor's document date; null when not given
 * @param language  its language as given (a BCP 47 tag such as {@code uk}); null when not given
 * @param origin    where it was read, for messages: {@code articles.jsonl: line 17} or a file's path
 */
public record CorpusDocument(String id, String text, String url, String title, LocalDate published,
                             String language, String origin) {
    public CorpusDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
    }

    /** What the extractor is told about the document: its id as source name and its publication date. */
    public DocumentInfo info() {
        return new DocumentInfo(id, published);
    }

    /** The size of the text in UTF-8 bytes. */
    public long utf8Bytes() {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
