package io.github.claimedlosses.extract;

import io.github.claimedlosses.model.BadInputException;
import io.github.claimedlosses.source.Sources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents of a folder such as {@code seeds/}: every {@code .txt} and {@code .md} file except
 * {@code README.md}, in file-name order, each extracted with the standard extractor. The publication reads folders
 * through {@code Sources.read}, which makes the same decision; this stays for callers that want the extractions.
 */
public final class DocumentFolder {
    /** One extracted document. */
    public record Document(Path file, Extraction extraction) {
        /** The file name, which claims name as their source. */
        public String name() {
            return file.getFileName().toString();
        }
    }

    private DocumentFolder() {
    }

    /**
     * The documents of {@code folder}, extracted.
     *
     * @throws BadInputException when the folder cannot be listed or a document cannot be read
     */
    public static List<Document> read(Path folder) {
        List<Document> documents = new ArrayList<>();
        for (Path file : documentFiles(folder)) {
            String name = file.getFileName().toString();
            documents.add(new Document(file, TextExtractor.standard().extract(TextFile.read(file),
                    DocumentInfo.named(name))));
        }
        return documents;
    }

    /**
     * The document files of {@code folder}, sorted by name, as the registry of sources lists them
     * ({@code Sources.documents}); empty when the folder does not exist.
     */
    public static List<Path> documentFiles(Path folder) {
        return Sources.standard().documents(folder);
    }
}
