package io.github.claimedlosses.corpus;

import io.github.claimedlosses.model.BadInputException;
import io.github.claimedlosses.files.Utf8Text;

/** Turns the bytes of one article file into a document: the one place, shared with the Spark job. */
public final class ArticleFiles {
    private ArticleFiles() {
    }

    /**
     * The document of an article file.
     *
     * @param id    its id ({@link DocumentIds#ofFile}), also its name in messages
     * @param bytes its contents
     * @param html  whether to reduce it from HTML to text
     * @throws BadInputException when it is binary, not UTF-8 or holds no text
     */
    public static CorpusDocument document(String id, byte[] bytes, boolean html) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new BadInputException(id, "byte " + i, "binary data (a NUL byte), not a text document");
            }
        }
        String text = Utf8Text.decode(id, bytes);
        String title = null;
        java.time.LocalDate published = null;
        if (html) {
            HtmlText page = HtmlText.of(text);
            text = page.text();
            title = page.title();
            published = page.published();
        }
        if (text.isBlank()) {
            throw new BadInputException(id, "", html ? "the page has no text" : "the file is empty");
        }
        return new CorpusDocument(id, text, null, title, published, null, id);
    }
}
