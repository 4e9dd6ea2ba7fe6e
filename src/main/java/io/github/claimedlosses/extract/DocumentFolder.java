package io.github.claimedlosses.extract;

import io.github.claimedlosses.model.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The documents of a folder such as {@code seeds/}: every {@code .txt} and {@code .md} file except
 * {@code README.md}, in file-name order, each extracted with the standard extractor.
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

    /** The document files of {@code folder}, sorted by name; empty when the folder does not exist. */
    public static List<Path> documentFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(DocumentFolder::isDocument).sorted().toList();
        } catch (IOException e) {
            throw new BadInputException(folder.toString(), "", "cannot be listed: " + e.getMessage());
        }
    }

    private static boolean isDocument(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".txt") || name.endsWith(".md")) && !name.equals("readme.md");
    }
}
