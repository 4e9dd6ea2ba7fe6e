package io.github.claimedlosses.corpus;

import io.github.claimedlosses.model.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** How a corpus input holds its articles. */
public enum CorpusFormat {
    /** A folder of {@code .txt}, {@code .md} and {@code .html} files, one article each, read recursively. */
    FOLDER("folder"),
    /** A JSON Lines file ({@code .jsonl}, {@code .ndjson}): one JSON object per line, one article each. */
    JSON_LINES("jsonl"),
    /** A CSV file with a header row: one article per record. */
    CSV("csv");

    private final String id;

    CorpusFormat(String id) {
        this.id = id;
    }

    /** The name used on the command line. */
    public String id() {
        return id;
    }

    /**
     * The format of {@code input}: a folder, or a file named {@code .jsonl}/{@code .ndjson} or {@code .csv}.
     *
     * @throws BadInputException when it is missing or a file of another kind
     */
    public static CorpusFormat detect(Path input) {
        if (Files.isDirectory(input)) {
            return FOLDER;
        }
        if (!Files.isRegularFile(input)) {
            throw new BadInputException(input.toString(), "", "no such file or folder");
        }
        String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return JSON_LINES;
        }
        if (name.endsWith(".csv")) {
            return CSV;
        }
        throw new BadInputException(input.getFileName().toString(), "", "not a corpus: expected a folder of articles, "
                + "a JSON Lines file (.jsonl, .ndjson) or a CSV file (.csv)");
    }

    /** True for the file names a folder corpus reads: {@code .txt}, {@code .md}, {@code .html}, {@code .htm}. */
    public static boolean isArticleFile(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".txt") || name.endsWith(".md") || isHtml(name));
    }

    /** True for {@code .html} and {@code .htm}. */
    public static boolean isHtml(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }
}
