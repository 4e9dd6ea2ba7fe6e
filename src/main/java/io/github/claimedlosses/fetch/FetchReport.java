package io.github.claimedlosses.fetch;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The result of {@link DatasetCache#fetch} or {@link DatasetCache#ensure}: one {@link FileResult} per
 * {@link DatasetFile}, and what to tell the user.
 *
 * @param cacheDir the cache folder
 * @param baseUrl  the base address the files were (or would have been) fetched from
 * @param files    one result per file, in registry order
 * @param notes    remarks that are not failures (for example a manifest that had to be rebuilt)
 */
public record FetchReport(Path cacheDir, URI baseUrl, List<FileResult> files, List<String> notes) {
    /** Copies the lists. */
    public FetchReport {
        Objects.requireNonNull(cacheDir, "cacheDir");
        Objects.requireNonNull(baseUrl, "baseUrl");
        files = List.copyOf(files);
        notes = List.copyOf(notes);
    }

    /** Whether the cache holds every file now, fresh or kept from before: the data can be used. */
    public boolean usable() {
        return files.stream().allMatch(FileResult::inCache);
    }

    /** Whether the server could not be reached at all. */
    public boolean offline() {
        return !files.isEmpty() && files.stream().allMatch(f -> f.outcome() == FileResult.Outcome.UNREACHABLE);
    }

    /** The files that could not be updated. */
    public List<FileResult> failures() {
        return files.stream().filter(FileResult::failed).collect(Collectors.toList());
    }

    /** The latest date of the data in the cache, as its manifest records it. */
    public Optional<LocalDate> cacheDate() {
        return files.stream().flatMap(f -> f.entry().flatMap(ManifestEntry::lastDate).stream())
                .max(Comparator.naturalOrder());
    }

    /**
     * What went wrong, one line each: when offline a single line such as {@code cannot reach
     * raw.githubusercontent.com: using the cache from 2026-08-08}; otherwise one {@link FileResult#problemLine()} per
     * failed file. Empty when every file is current.
     */
    public List<String> problems() {
        if (!offline()) {
            return failures().stream().map(FileResult::problemLine).collect(Collectors.toList());
        }
        String unreachable = "cannot reach " + baseUrl.getAuthority();
        if (usable()) {
            return List.of(unreachable + ": using the cache " + cacheDate().map(date -> "from " + date)
                    .orElse("in " + cacheDir + " (its date is not recorded)"));
        }
        long missing = files.stream().filter(f -> !f.inCache()).count();
        return List.of(unreachable + ", and the cache in " + cacheDir + " cannot be used: " + missing + " of "
                + files.size() + " files missing");
    }
}
