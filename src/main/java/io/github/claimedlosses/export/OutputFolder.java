package io.github.claimedlosses.export;

import io.github.claimedlosses.files.OutputFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A folder of outputs built beside its final place and swapped in only when complete: a failed or interrupted
 * run leaves the previous folder as it was. Use in try-with-resources and call {@link #commit()} at the end.
 * A staging folder left by a killed run is removed by the next run; two runs into one folder at once are not
 * supported.
 */
public final class OutputFolder implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private boolean committed;

    private OutputFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Starts building {@code target} in a hidden staging folder beside it. */
    public static OutputFolder beside(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
            removeLeftovers(absolute);
            Path staging = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".partial-");
            OutputFiles.readableByAll(staging, OutputFiles.FOLDER_PERMISSIONS);
            return new OutputFolder(absolute, staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a staging folder beside " + target + ": " + e.getMessage(), e);
        }
    }

    /** Where to write: the staging folder. */
    public Path path() {
        return staging;
    }

    /** The folder the outputs will replace. */
    public Path target() {
        return target;
    }

    /** Replaces the target with the staging folder: the previous outputs are removed only after the swap. */
    public void commit() {
        Path previous = target.resolveSibling("." + target.getFileName() + ".previous");
        try {
            deleteRecursively(previous);
            if (Files.exists(target)) {
                Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
            deleteRecursively(previous);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the new outputs into " + target + ": " + e.getMessage(), e);
        }
    }

    /** Removes the staging folder unless it was committed. */
    @Override
    public void close() {
        if (!committed) {
            try {
                deleteRecursively(staging);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the staging folder " + staging, e);
            }
        }
    }

    /** Removes staging folders that a killed run left beside {@code target}. */
    private static void removeLeftovers(Path target) throws IOException {
        String prefix = "." + target.getFileName() + ".partial-";
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            for (Path sibling : (Iterable<Path>) siblings.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .sorted()::iterator) {
                deleteRecursively(sibling);
            }
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
