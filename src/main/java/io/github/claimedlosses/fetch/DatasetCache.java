package io.github.claimedlosses.fetch;

import io.github.claimedlosses.files.Sha256;
import io.github.claimedlosses.model.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A local copy of the public datasets, laid out like the reference datasets ({@code general-staff/*.json},
 * {@code oryx/*.csv}) plus a {@value Manifest#FILE_NAME}, so that {@code DatasetReader.readFolder(cache.dir())}
 * reads it. A cached file is only ever replaced, atomically, by a download that is complete, reads cleanly with the
 * project's readers and is not suspiciously smaller or older; a failed, partial, corrupt or suspicious download
 * leaves every byte of the cache as it was.
 *
 * <pre>{@code
 * DatasetCache cache = DatasetCache.standard();                  // data/cache
 * FetchReport report = cache.ensure(FetchOptions.defaults());    // fetches only when files are missing
 * report.problems().forEach(System.err::println);
 * if (report.usable()) { ReadResult data = new DatasetReader(Strictness.STRICT).readFolder(cache.dir()); }
 * }</pre>
 */
public final class DatasetCache {
    /** The default cache folder, relative to the working directory. */
    public static final Path DEFAULT_DIR = Path.of("data", "cache");

    private static final String LOCK_FILE = ".lock";
    private static final String STAGING_PREFIX = ".fetch-";

    private final Path dir;

    /** The cache in {@code dir} (created when first fetched into). */
    public DatasetCache(Path dir) {
        this.dir = dir;
    }

    /** The cache in {@link #DEFAULT_DIR}. */
    public static DatasetCache standard() {
        return new DatasetCache(DEFAULT_DIR);
    }

    /** The cache folder. */
    public Path dir() {
        return dir;
    }

    /** Where {@code file} is kept in the cache. */
    public Path path(DatasetFile file) {
        return dir.resolve(file.cachePath());
    }

    /** The manifest's path. */
    public Path manifestPath() {
        return dir.resolve(Manifest.FILE_NAME);
    }

    /** Whether the cache holds every {@link DatasetFile}. */
    public boolean isComplete() {
        return DatasetFile.standard().stream().allMatch(file -> Files.isRegularFile(path(file)));
    }

    /**
     * The latest date of the cached data, from the manifest entries that still describe the cached bytes; empty
     * when nothing is recorded.
     */
    public Optional<LocalDate> lastDate() {
        return status(FetchOptions.PUBLIC_BASE_URL).cacheDate();
    }

    /**
     * Makes sure the cache can be used: when it holds every file, reports them without touching the network;
     * otherwise {@link #fetch fetches} once.
     */
    public FetchReport ensure(FetchOptions options) {
        return isComplete() ? status(options.baseUrl()) : fetch(options);
    }

    /**
     * Asks the server for every file (conditionally when the cached copy is recorded) and replaces the cached copies
     * that changed, each only after it passed every check. Never throws for a download problem: each file's fate is
     * in the report.
     *
     * @throws UncheckedIOException when the cache folder cannot be written, or another fetch is updating it
     */
    public FetchReport fetch(FetchOptions options) {
        try {
            Files.createDirectories(dir);
            try (FileChannel channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = lock(channel)) {
                removeStagingFolders();
                Path staging = Files.createTempDirectory(dir, STAGING_PREFIX);
                try {
                    return new CacheUpdate(this, options, staging).run();
                } finally {
                    deleteTree(staging);
                }
            }
        } catch (IOException e) {
            IOException described = new IOException(dir + ": " + problem(e), e);
            throw new UncheckedIOException(described.getMessage(), described);
        }
    }

    /** The manifest, or an empty one with a note when it is unreadable (it is rebuilt by the next update). */
    Manifest readManifest(List<String> notes) {
        try {
            return Manifest.read(manifestPath());
        } catch (BadInputException e) {
            notes.add(e.getMessage() + "; it will be rebuilt");
            return Manifest.empty();
        }
    }

    /** The manifest entry of {@code file} if it describes the bytes now in the cache (same checksum). */
    Optional<ManifestEntry> describedEntry(Manifest manifest, DatasetFile file) {
        Path cached = path(file);
        return manifest.entry(file).filter(entry -> Files.isRegularFile(cached)
                && entry.sha256().equals(Sha256.of(cached)));
    }

    /** What the cache holds, every file {@link FileResult.Outcome#NOT_CHECKED}. */
    private FetchReport status(URI baseUrl) {
        List<String> notes = new ArrayList<>();
        Manifest manifest = readManifest(notes);
        List<FileResult> files = DatasetFile.standard().stream()
                .map(file -> new FileResult(file, FileResult.Outcome.NOT_CHECKED, describedEntry(manifest, file),
                        Files.isRegularFile(path(file)), ""))
                .collect(Collectors.toList());
        return new FetchReport(dir, baseUrl, files, notes);
    }

    private FileLock lock(FileChannel channel) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new IOException("another fetch is updating this cache; try again when it has finished");
        }
        return lock;
    }

    /** Staging folders left by a fetch that was killed; safe to remove while holding the lock. */
    private void removeStagingFolders() throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, STAGING_PREFIX + "*")) {
            for (Path leftover : leftovers) {
                deleteTree(leftover);
            }
        }
    }

    /** What went wrong with the cache folder, in words (file-system exceptions often carry only the path). */
    private static String problem(IOException e) {
        if (e instanceof FileAlreadyExistsException) {
            return "exists and is not a folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        return e.getMessage();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(path);
            }
        }
    }
}
