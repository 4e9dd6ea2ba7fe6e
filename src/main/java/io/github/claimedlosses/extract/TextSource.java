package io.github.claimedlosses.extract;

import io.github.claimedlosses.source.Detection;
import io.github.claimedlosses.source.Format;
import io.github.claimedlosses.source.Head;
import io.github.claimedlosses.source.Reading;
import io.github.claimedlosses.source.Source;
import io.github.claimedlosses.source.SourceProvider;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Text documents as a source: news articles, statements, General Staff bulletins, in UTF-8. A {@code .txt} or
 * {@code .md} name is text whatever its content, and any UTF-8 file no other source recognises (and that does not
 * look like CSV) is text too. Registered with {@code io.github.claimedlosses.source.Sources} as a service; its
 * reader is the standard extractor.
 */
public final class TextSource implements SourceProvider {
    /** The id of the source and of its format. */
    public static final String ID = "text";
    /** File name endings that mark a text document whatever its content. */
    static final List<String> EXTENSIONS = List.of(".txt", ".md");

    @Override
    public List<Source> sources() {
        return List.of(new Source(ID, 1000, Optional.empty(), "", "", "", "", List.of(),
                List.of(new Format(ID, (file, lenient) -> read(file))), new Detection() {
                    @Override
                    public Optional<String> byName(Head head) {
                        return head.nameEndsWith(EXTENSIONS) ? Optional.of(ID) : Optional.empty();
                    }

                    @Override
                    public Optional<String> fallback(Head head) {
                        return !head.looksLikeCsv() && head.isUtf8() ? Optional.of(ID) : Optional.empty();
                    }
                }));
    }

    /** The claims of one document, extracted; what it does not settle becomes its warnings. */
    static Reading read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Extraction extraction = TextExtractor.standard().extract(TextFile.read(file), DocumentInfo.named(name));
        return new Reading(file, ID, extraction.claims(), List.of(), List.of(),
                extraction.warnings().stream().map(ExtractionWarning::toString).toList());
    }
}
