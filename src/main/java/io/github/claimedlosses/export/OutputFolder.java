package io.github.claimedlosses.export;

import io.github.claimedlosses.files.OutputFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A folder of outputs built beside its final place and swapped in only when complete: a failed or interrupted
 * run leaves the previous folder as it was. Use in try-with-resources and call {@link #commit()} at the end.
 *
 * <p>The target ({@code out}) is a symbolic link to the complete folder of the latest run ({@code .out.v-…}
 * beside it). {@link #commit()} points a new link at the new folder and renames it over {@code out}: one rename,
 * atomic on POSIX file systems, so that {@code out} is never missing, whatever moment a run is killed at. The
 * previous folder is removed after the swap; staging and superseded folders left by a killed run are removed by
 * the next run. A target that is still a plain folder (from an older version) is replaced once by a link, with a
 * window of one rename; where the file system has no symbolic links, the folder is swapped by two renames. Two
 * runs into one folder at once are not supported.
 */
public final class OutputFolder implements AutoCloseable {
    /** Steps of {@link #commit()}, named for the test hook. */
    static final List<String> STEPS = List.of("complete", "linked", "swapped", "cleaned");

    /** Called after each step of {@link #commit()} with its name; a test kills the process there. */
    static volatile Consumer<String> afterStep = step -> { };

    private final Path target;
    private final Path staging;
    private final String suffix;
    private boolean committed;

    private OutputFolder(Path target, Path staging, String suffix) {
        this.target = target;
        this.staging = staging;
        this.suffix = suffix;
    }

    /** Starts building {@code target} in a hidden staging folder beside it. */
    public static OutputFolder beside(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
            removeLeftovers(absolute);
            Path staging = Files.createTempDirectory(absolute.getParent(), prefix(absolute, "partial"));
            OutputFiles.readableByAll(staging, OutputFiles.FOLDER_PERMISSIONS);
            String suffix = staging.getFileName().toString().substring(prefix(absolute, "partial").length());
            return new OutputFolder(absolute, staging, suffix);
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

    /**
     * Makes the staging folder the target in one atomic rename of a symbolic link; the previous outputs are removed
     * only after the swap.
     */
    public void commit() {
        try {
            Path version = target.resolveSibling(prefix(target, "v") + suffix);
            Files.move(staging, version, StandardCopyOption.ATOMIC_MOVE);
            step("complete");
            Path previous = currentVersion(target);
            Path link = target.resolveSibling(prefix(target, "link") + suffix);
            try {
                Files.createSymbolicLink(link, version.getFileName());
            } catch (UnsupportedOperationException | IOException noLinks) {
                swapByTwoRenames(version);
                return;
            }
            step("linked");
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                // A plain folder from an older version: it cannot be replaced by a link in one step.
                Path old = target.resolveSibling(prefix(target, "v") + suffix + "-old");
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
                previous = old;
            }
            Files.move(link, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            committed = true;
            step("swapped");
            if (previous != null && !previous.equals(version)) {
                deleteRecursively(previous);
            }
            step("cleaned");
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

    /** Where symbolic links are not available: the previous folder is renamed away, then the new one in. */
    private void swapByTwoRenames(Path version) throws IOException {
        Path previous = target.resolveSibling(prefix(target, "previous"));
        deleteRecursively(previous);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(version, target, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
        deleteRecursively(previous);
    }

    private static void step(String name) {
        afterStep.accept(name);
    }

    /** The folder {@code target} links to, or {@code null} when it is not a link (absent, or a plain folder). */
    private static Path currentVersion(Path target) throws IOException {
        if (!Files.isSymbolicLink(target)) {
            return null;
        }
        return target.resolveSibling(Files.readSymbolicLink(target)).normalize();
    }

    private static String prefix(Path target, String kind) {
        return "." + target.getFileName() + "." + kind + "-";
    }

    /**
     * Removes what a killed run left beside {@code target}: staging folders, links not yet renamed, and complete
     * folders that {@code target} does not point to. A target left missing by a run killed in the one-time
     * replacement of a plain folder is restored first.
     */
    private static void removeLeftovers(Path target) throws IOException {
        List<String> kinds = List.of("partial", "link", "v", "previous");
        List<Path> leftovers;
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            leftovers = siblings.filter(p -> kinds.stream().anyMatch(kind -> p.getFileName().toString()
                    .startsWith(prefix(target, kind)))).sorted().collect(Collectors.toList());
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            for (Path candidate : leftovers) {
                String name = candidate.getFileName().toString();
                if (name.startsWith(prefix(target, "previous")) || name.startsWith(prefix(target, "v"))
                        && name.endsWith("-old")) {
                    Files.move(candidate, target, StandardCopyOption.ATOMIC_MOVE);
                    leftovers.remove(candidate);
                    break;
                }
            }
        }
        Path current = currentVersion(target);
        for (Path leftover : leftovers) {
            if (!Objects.equals(leftover.normalize(), current)) {
                deleteRecursively(leftover);
            }
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isSymbolicLink(folder)) {
            Files.delete(folder);
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
