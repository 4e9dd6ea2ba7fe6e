package io.github.claimedlosses.fetch;

import io.github.claimedlosses.model.BadInputException;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.read.DatasetFormat;
import io.github.claimedlosses.read.DatasetReader;
import io.github.claimedlosses.read.OryxReader;
import io.github.claimedlosses.read.Strictness;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether a complete download may replace the cached copy: it must read cleanly with the project's own
 * strict readers, and, against a readable cached copy, be neither much smaller nor end on an earlier date.
 */
final class DownloadCheck {
    private final double shrinkTolerance;

    /** @param shrinkTolerance largest accepted shrinkage against the cached copy, as a fraction */
    DownloadCheck(double shrinkTolerance) {
        this.shrinkTolerance = shrinkTolerance;
    }

    /**
     * Checks {@code staged} (named like the dataset file, so that messages name it) against {@code cached}.
     *
     * @return the last date of {@code staged}; empty for an undated file
     * @throws BadInputException saying why the download is refused
     */
    Optional<LocalDate> check(DatasetFile file, Path staged, Path cached) {
        Optional<LocalDate> last = lastDate(file, staged);
        if (!Files.isRegularFile(cached)) {
            return last;
        }
        Optional<LocalDate> cachedLast;
        try {
            cachedLast = lastDate(file, cached);
        } catch (BadInputException unreadable) {
            return last; // a cached copy the readers refuse is no yardstick: any good download replaces it
        }
        long size = size(staged);
        long cachedSize = size(cached);
        if (size < cachedSize * (1 - shrinkTolerance)) {
            throw new BadInputException(file.fileName(), "", String.format(Locale.ROOT, "is %d bytes, %.0f%% smaller "
                    + "than the cached copy (%d bytes): suspicious, refused", size, 100.0 * (cachedSize - size)
                    / cachedSize, cachedSize));
        }
        if (last.isPresent() && cachedLast.isPresent() && last.get().isBefore(cachedLast.get())) {
            throw new BadInputException(file.fileName(), "", "its last date " + last.get() + " is older than the "
                    + "cached copy's " + cachedLast.get() + ": suspicious, refused");
        }
        return last;
    }

    /**
     * The latest date of the records of {@code path}, read as {@code file} by the strict readers; empty for the
     * undated {@link DatasetFile#ORYX_TOTALS}, which is checked row by row instead.
     *
     * @throws BadInputException when the readers refuse the file or it holds no records
     */
    static Optional<LocalDate> lastDate(DatasetFile file, Path path) {
        Optional<DatasetFormat> format = file.format();
        if (format.isEmpty()) {
            OryxReader.checkTotalsByType(path);
            return Optional.empty();
        }
        LocalDate last = new DatasetReader(Strictness.STRICT).read(path, format.get()).claims().stream()
                .map(Claim::date).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElseThrow(() -> new BadInputException(path.getFileName().toString(), "", "holds no dated "
                        + "records"));
        return Optional.of(last);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
