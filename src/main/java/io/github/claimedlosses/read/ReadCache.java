package io.github.claimedlosses.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The results of the last few dataset files read, so that a file is parsed once however often it is asked for (a
 * notebook reads the folder for every claim and again for the General Staff's). A result is reused only while the
 * file is the same file with the same size and modification time, read as the same format with the same strictness;
 * a file replaced or touched since is read again. Results are immutable, so sharing them is safe.
 */
final class ReadCache {
    /** How many files' results are kept: the datasets folder has six. */
    private static final int CAPACITY = 12;

    private record Key(Path file, Object fileKey, long size, FileTime modified, DatasetFormat format,
                       Strictness strictness) {
    }

    private static final Map<Key, ReadResult> RESULTS = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, ReadResult> eldest) {
            return size() > CAPACITY;
        }
    };

    private ReadCache() {
    }

    /** The cached result of reading {@code file}, or {@code read}'s, which is then kept. */
    static ReadResult get(Path file, DatasetFormat format, Strictness strictness, Supplier<ReadResult> read) {
        Key key = key(file, format, strictness);
        if (key == null) {
            return read.get();
        }
        synchronized (RESULTS) {
            ReadResult cached = RESULTS.get(key);
            if (cached != null) {
                return cached;
            }
        }
        ReadResult result = read.get();
        Key after = key(file, format, strictness);
        if (key.equals(after)) {
            synchronized (RESULTS) {
                RESULTS.put(key, result);
            }
        }
        return result;
    }

    /** Forgets every result (for tests and benchmarks that time a first read). */
    static void clear() {
        synchronized (RESULTS) {
            RESULTS.clear();
        }
    }

    private static Key key(Path file, DatasetFormat format, Strictness strictness) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Key(file.toAbsolutePath().normalize(), Objects.requireNonNullElse(attributes.fileKey(), ""),
                    attributes.size(), attributes.lastModifiedTime(), format, strictness);
        } catch (IOException e) {
            return null;
        }
    }
}
