package io.github.claimedlosses.extract.corpus;

import java.time.LocalDate;

/**
 * One row of the corpus index.
 *
 * @param file      path relative to the corpus folder, e.g. {@code uk/2024-03-12-bulletin-repost.txt}
 * @param language  language code, the document's folder
 * @param published publication date, passed to the extractor as the document's date; null for dateless text
 * @param style     a short word for the layout, e.g. {@code bulletin} or {@code ru-mod-daily}
 * @param losses    false for the documents that state no loss figure at all
 */
record CorpusDocument(String file, String language, LocalDate published, String style, boolean losses) {

    /** The gold file beside the text: {@code <name>.gold.csv}. */
    String goldFile() {
        return file.substring(0, file.length() - ".txt".length()) + ".gold.csv";
    }

    /** True for the General Staff figure lists as news sites repost them. */
    boolean isBulletin() {
        return style.startsWith("bulletin");
    }
}
