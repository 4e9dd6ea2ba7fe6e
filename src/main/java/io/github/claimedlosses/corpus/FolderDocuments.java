package io.github.claimedlosses.corpus;

import io.github.claimedlosses.model.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The article files of a folder and its subfolders, in path order, read one at a time. Only one folder's listing
 * is held at a time per level, so memory does not grow with the corpus. Files of other kinds are passed over.
 */
final class FolderDocuments implements DocumentStream {
    private final Path root;
    private final String rootName;
    private final BadRecords badRecords;
    private final Deque<Iterator<Path>> levels = new ArrayDeque<>();
    private long bytesRead;

    FolderDocuments(Path root, BadRecords badRecords) {
        this.root = root;
        Path name = root.toAbsolutePath().normalize().getFileName();
        this.rootName = name == null ? "corpus" : name.toString();
        this.badRecords = badRecords;
        levels.push(list(root).iterator());
    }

    @Override
    public CorpusDocument next() {
        while (!levels.isEmpty()) {
            Iterator<Path> level = levels.peek();
            if (!level.hasNext()) {
                levels.pop();
                continue;
            }
            Path path = level.next();
            if (Files.isDirectory(path)) {
                if (!path.getFileName().toString().startsWith(".")) {
                    levels.push(list(path).iterator());
                }
                continue;
            }
            String fileName = path.getFileName().toString();
            if (!Files.isRegularFile(path) || !CorpusFormat.isArticleFile(fileName)) {
                continue;
            }
            String id = DocumentIds.ofFile(rootName, root.relativize(path).toString());
            try {
                byte[] bytes = Files.readAllBytes(path);
                bytesRead += bytes.length;
                return ArticleFiles.document(id, bytes, CorpusFormat.isHtml(fileName));
            } catch (IOException e) {
                badRecords.handle(new BadInputException(id, "", "cannot be read: " + e.getMessage()));
            } catch (BadInputException e) {
                badRecords.handle(e);
            }
        }
        return null;
    }

    @Override
    public long bytesRead() {
        return bytesRead;
    }

    @Override
    public void close() {
        levels.clear();
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new BadInputException(folder.toString(), "", "cannot list the folder: " + e.getMessage());
        }
    }
}
