package io.github.claimedlosses.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes output files atomically: into a hidden temporary file beside the target ({@code .NAME<digits>.tmp}), then
 * moved into place. A temporary file is removed when the write fails or the JVM shuts down (Ctrl-C, {@code kill});
 * one left by a process that was killed outright is removed by the next write to the same target. Two processes
 * writing one target at once are not supported.
 */
public final class OutputFiles {
    /** rw-r--r--: what a published file gets. */
    public static final Set<PosixFilePermission> FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");
    /** rwxr-xr-x: what a published folder gets. */
    public static final Set<PosixFilePermission> FOLDER_PERMISSIONS = PosixFilePermissions.fromString("rwxr-xr-x");

    private static final String TEMPORARY_SUFFIX = ".tmp";
    /** Temporary files being written now: removed by a shutdown hook if the JVM stops before they are moved. */
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IN_FLIGHT.forEach(OutputFiles::deleteQuietly),
                "remove-temporary-outputs"));
    }

    private OutputFiles() {
    }

    /** Whether {@code name} is the name of a temporary file {@link #writeAtomically} makes for {@code target}. */
    static boolean isTemporaryFor(String name, Path target) {
        String prefix = "." + target.getFileName();
        return name.startsWith(prefix) && name.endsWith(TEMPORARY_SUFFIX) && name.length() > prefix.length()
                + TEMPORARY_SUFFIX.length() && name.substring(prefix.length(), name.length()
                - TEMPORARY_SUFFIX.length()).chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Removes temporary files that a killed process left beside {@code target}. */
    private static void removeLeftovers(Path target) throws IOException {
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(),
                "." + globEscaped(target.getFileName().toString()) + "*" + TEMPORARY_SUFFIX)) {
            for (Path sibling : siblings) {
                if (isTemporaryFor(sibling.getFileName().toString(), target) && !IN_FLIGHT.contains(sibling)) {
                    deleteQuietly(sibling);
                }
            }
        }
    }

    private static String globEscaped(String name) {
        return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }

    /** Writes {@code text} as UTF-8 to {@code target}; a failure leaves any previous {@code target} untouched. */
    public static void writeAtomically(Path target, String text) {
        writeAtomically(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes} to {@code target}; a failure leaves any previous {@code target} untouched. */
    public static void writeAtomically(Path target, byte[] bytes) {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Path temporary = null;
        try {
            Files.createDirectories(directory);
            removeLeftovers(absolute);
            temporary = Files.createTempFile(directory, "." + absolute.getFileName(), TEMPORARY_SUFFIX);
            IN_FLIGHT.add(temporary);
            Files.write(temporary, bytes);
            readableByAll(temporary, FILE_PERMISSIONS);
            move(temporary, absolute);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException(target + ": " + e.getMessage(), e);
        } finally {
            if (temporary != null) {
                IN_FLIGHT.remove(temporary);
            }
        }
    }

    /**
     * Gives {@code path} ordinary permissions where the file system has them (temporary files are created
     * private to their owner).
     */
    public static void readableByAll(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    /**
     * Moves the complete file {@code source} onto {@code target} in one step, replacing it, so that readers see
     * either the old or the new file, never a mixture. {@code source} should be on the same file system (ideally in
     * the same folder) for the move to be atomic.
     */
    public static void moveAtomically(Path source, Path target) {
        try {
            Path absolute = target.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            move(source, absolute);
        } catch (IOException e) {
            throw new UncheckedIOException(target + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // The temporary file is hidden and named for its target; nothing else refers to it.
            }
        }
    }
}
