package io.github.claimedlosses.fetch;

import io.github.claimedlosses.files.Sha256;
import io.github.claimedlosses.files.OutputFiles;
import io.github.claimedlosses.model.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One pass over the dataset files, under the cache's lock: download each into the staging folder, check it, and
 * only then move it into the cache and record it in the manifest. Once the server proved unreachable the remaining
 * files are not tried.
 */
final class CacheUpdate {
    private final DatasetCache cache;
    private final FetchOptions options;
    private final Path staging;
    private final HttpDownloader http;
    private final DownloadCheck check;
    private final List<String> notes = new ArrayList<>();
    private Manifest manifest;
    private String unreachable;

    CacheUpdate(DatasetCache cache, FetchOptions options, Path staging) {
        this.cache = cache;
        this.options = options;
        this.staging = staging;
        this.http = new HttpDownloader(options);
        this.check = new DownloadCheck(options.shrinkTolerance(), options.acceptChanges());
        this.manifest = cache.readManifest(notes);
    }

    FetchReport run() {
        List<FileResult> results = new ArrayList<>();
        for (DatasetFile file : DatasetFile.standard()) {
            FileResult result = update(file);
            options.progress().finished(result);
            results.add(result);
        }
        return new FetchReport(cache.dir(), options.baseUrl(), results, notes);
    }

    private FileResult update(DatasetFile file) {
        URI url = file.url(options.baseUrl());
        Path cached = cache.path(file);
        Optional<ManifestEntry> entry = cache.describedEntry(manifest, file);
        if (unreachable != null) {
            return failed(file, FileResult.Outcome.UNREACHABLE, unreachable, entry);
        }
        Path staged = staging.resolve(file.cachePath());
        try {
            Files.createDirectories(staged.getParent());
            Download download = http.download(file, url, entry.filter(e -> HttpDownloader.sameOrigin(url, e.url())),
                    staged);
            if (!download.modified()) {
                return new FileResult(file, FileResult.Outcome.UNCHANGED, entry, true, "");
            }
            String sha256 = Sha256.of(staged);
            if (entry.isPresent() && entry.get().url().equals(download.url()) && entry.get().sha256().equals(sha256)) {
                return new FileResult(file, FileResult.Outcome.UNCHANGED, entry, true, "");
            }
            Optional<LocalDate> last = check.check(file, staged, cached);
            ManifestEntry fresh = new ManifestEntry(download.url(), options.clock().instant().truncatedTo(ChronoUnit.SECONDS),
                    download.size(), sha256, last, download.etag(), download.lastModified());
            OutputFiles.moveAtomically(staged, cached);
            manifest = manifest.with(file, fresh);
            manifest.write(cache.manifestPath());
            return new FileResult(file, FileResult.Outcome.UPDATED, Optional.of(fresh), true, "");
        } catch (DownloadFailure failure) {
            if (failure.kind() == DownloadFailure.Kind.UNREACHABLE) {
                unreachable = failure.getMessage();
                return failed(file, FileResult.Outcome.UNREACHABLE, unreachable, entry);
            }
            return failed(file, FileResult.Outcome.FAILED, failure.getMessage(), entry);
        } catch (BadInputException refused) {
            String where = refused.where().isEmpty() ? "" : refused.where() + ": ";
            return failed(file, FileResult.Outcome.FAILED, "refused: " + where + refused.problem(), entry);
        } catch (IOException e) {
            throw new UncheckedIOException(staging + ": " + e.getMessage(), e);
        }
    }

    private FileResult failed(DatasetFile file, FileResult.Outcome outcome, String problem,
            Optional<ManifestEntry> entry) {
        return new FileResult(file, outcome, entry, Files.isRegularFile(cache.path(file)), problem);
    }
}
