package io.github.claimedlosses.corpus;

import io.github.claimedlosses.model.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The inputs of a news corpus (folders of articles, JSON Lines and CSV files, see {@link CorpusFormat}) read as one
 * stream of documents, input after input, each read lazily.
 *
 * <pre>{@code
 * Corpus corpus = Corpus.of(List.of(Path.of("articles.jsonl")), CorpusColumns.standard());
 * try (DocumentStream documents = corpus.open(BadRecords.strict())) {
 *     for (CorpusDocument document; (document = documents.next()) != null; ) { ... }
 * }
 * }</pre>
 */
public final class Corpus {
    private final List<Path> inputs;
    private final List<CorpusFormat> formats;
    private final CorpusColumns columns;

    private Corpus(List<Path> inputs, List<CorpusFormat> formats, CorpusColumns columns) {
        this.inputs = inputs;
        this.formats = formats;
        this.columns = columns;
    }

    /**
     * The corpus of {@code inputs}, whose formats are detected at once.
     *
     * @throws BadInputException for an input that is missing or of no corpus format
     */
    public static Corpus of(List<Path> inputs, CorpusColumns columns) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("a corpus needs at least one input");
        }
        List<CorpusFormat> formats = new ArrayList<>();
        for (Path input : inputs) {
            formats.add(CorpusFormat.detect(input));
        }
        return new Corpus(List.copyOf(inputs), List.copyOf(formats), Objects.requireNonNull(columns, "columns"));
    }

    /** The inputs, in the order they are read. */
    public List<Path> inputs() {
        return inputs;
    }

    /** The size of the inputs in bytes (for a folder, of its article files), for an estimate of time left. */
    public long bytes() {
        long total = 0;
        for (int i = 0; i < inputs.size(); i++) {
            total += formats.get(i) == CorpusFormat.FOLDER ? folderBytes(inputs.get(i)) : size(inputs.get(i));
        }
        return total;
    }

    /** Opens the documents for reading, in input order; bad records go to {@code badRecords}. */
    public DocumentStream open(BadRecords badRecords) {
        return new Chain(badRecords);
    }

    private DocumentStream open(int index, BadRecords badRecords) {
        Path input = inputs.get(index);
        switch (formats.get(index)) {
            case FOLDER:
                return new FolderDocuments(input, badRecords);
            case JSON_LINES:
                return new JsonLinesDocuments(input, columns, badRecords);
            case CSV:
                return new CsvDocuments(input, columns, badRecords);
            default:
                throw new IllegalStateException("unknown format " + formats.get(index));
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new BadInputException(file.toString(), "", "cannot be read: " + e.getMessage());
        }
    }

    private static long folderBytes(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> CorpusFormat.isArticleFile(file.getFileName().toString()))
                    .filter(file -> !hidden(folder.relativize(file)))
                    .mapToLong(file -> {
                        try {
                            return Files.size(file);
                        } catch (IOException e) {
                            return 0;
                        }
                    }).sum();
        } catch (IOException | UncheckedIOException e) {
            throw new BadInputException(folder.toString(), "", "cannot list the folder: " + e.getMessage());
        }
    }

    /** True when a folder on the way to {@code relative} is hidden, as {@link FolderDocuments} passes them over. */
    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** The inputs one after the other. */
    private final class Chain implements DocumentStream {
        private final BadRecords badRecords;
        private int index = -1;
        private DocumentStream current;
        private long bytesBefore;

        Chain(BadRecords badRecords) {
            this.badRecords = badRecords;
        }

        @Override
        public CorpusDocument next() {
            while (true) {
                if (current != null) {
                    CorpusDocument document = current.next();
                    if (document != null) {
                        return document;
                    }
                    bytesBefore += current.bytesRead();
                    current.close();
                    current = null;
                }
                if (index + 1 >= inputs.size()) {
                    return null;
                }
                index++;
                current = open(index, badRecords);
            }
        }

        @Override
        public long bytesRead() {
            DocumentStream reading = current;
            return bytesBefore + (reading == null ? 0 : reading.bytesRead());
        }

        @Override
        public void close() {
            if (current != null) {
                current.close();
                current = null;
            }
        }
    }
}
