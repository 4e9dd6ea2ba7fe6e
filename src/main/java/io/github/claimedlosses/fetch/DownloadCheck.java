package io.github.claimedlosses.fetch;

import io.github.claimedlosses.model.BadInputException;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.read.OryxReader;
import io.github.claimedlosses.source.Format;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether a complete download may replace the cached copy: it must read cleanly with the project's own
 * strict readers, and, against a readable cached copy, be plausible: not much smaller, not ending on an earlier
 * date, not dropping more than {@value #MAX_DROPPED_PERCENT} % of its records or of its values, and leaving the
 * running totals already published alone (not more than {@value #MAX_DROPPED_PERCENT} % of them changed, none fallen
 * to zero). A deliberate upstream rewrite is let through with {@link FetchOptions#acceptChanges()}.
 */
final class DownloadCheck {
    /** Largest share of records, values or published running totals a download may drop or change, in percent. */
    static final int MAX_DROPPED_PERCENT = 2;

    private final double shrinkTolerance;
    private final boolean acceptChanges;

    /**
     * @param shrinkTolerance largest accepted shrinkage against the cached copy, as a fraction
     * @param acceptChanges   skip the plausibility checks (the download must still read cleanly)
     */
    DownloadCheck(double shrinkTolerance, boolean acceptChanges) {
        this.shrinkTolerance = shrinkTolerance;
        this.acceptChanges = acceptChanges;
    }

    /**
     * Checks {@code staged} (named like the dataset file, so that messages name it) against {@code cached}.
     *
     * @return the last date of {@code staged}; empty for an undated file
     * @throws BadInputException saying why the download is refused
     */
    Optional<LocalDate> check(DatasetFile file, Path staged, Path cached) {
        Contents fresh = contents(file, staged);
        if (!Files.isRegularFile(cached) || acceptChanges) {
            return fresh.last();
        }
        Contents old;
        try {
            old = contents(file, cached);
        } catch (BadInputException unreadable) {
            return fresh.last(); // a cached copy the readers refuse is no yardstick: any good download replaces it
        }
        long size = size(staged);
        long cachedSize = size(cached);
        if (size < cachedSize * (1 - shrinkTolerance)) {
            throw refused(file, String.format(Locale.ROOT, "is %d bytes, %.0f%% smaller than the cached copy (%d "
                    + "bytes)", size, 100.0 * (cachedSize - size) / cachedSize, cachedSize));
        }
        if (fresh.last().isPresent() && old.last().isPresent() && fresh.last().get().isBefore(old.last().get())) {
            throw refused(file, "its last date " + fresh.last().get() + " is older than the cached copy's "
                    + old.last().get());
        }
        dropped(file, "records", fresh.records(), old.records());
        dropped(file, "values", fresh.values().size(), old.values().size());
        int shared = 0;
        int changed = 0;
        int zeroed = 0;
        String example = null;
        for (Map.Entry<String, Double> before : old.values().entrySet()) {
            Double after = fresh.values().get(before.getKey());
            if (after == null) {
                continue;
            }
            shared++;
            if (!after.equals(before.getValue())) {
                changed++;
                boolean fellToZero = after == 0 && before.getValue() > 0 && before.getKey().contains(" cumulative ");
                if (fellToZero) {
                    zeroed++;
                }
                if (example == null || fellToZero && zeroed == 1) {
                    example = before.getKey() + " was " + Claim.format(before.getValue())
                            + ", now " + Claim.format(after);
                }
            }
        }
        if (zeroed > 0) {
            throw refused(file, zeroed + " of its " + shared + " published running totals fell to zero (" + example
                    + ")");
        }
        if (changed * 100L > shared * (long) MAX_DROPPED_PERCENT) {
            throw refused(file, String.format(Locale.ROOT, "%d of its %d published values changed (%.1f%%, more than "
                    + "%d%%; %s)", changed, shared, 100.0 * changed / shared, MAX_DROPPED_PERCENT, example));
        }
        return fresh.last();
    }

    private static void dropped(DatasetFile file, String what, long now, long before) {
        if (before > 0 && (before - now) * 100 > before * MAX_DROPPED_PERCENT) {
            throw refused(file, String.format(Locale.ROOT, "has %d %s where the cached copy has %d (%.1f%% fewer, more "
                    + "than %d%%)", now, what, before, 100.0 * (before - now) / before, MAX_DROPPED_PERCENT));
        }
    }

    private static BadInputException refused(DatasetFile file, String why) {
        return new BadInputException(file.fileName(), "", why + ": suspicious, refused (fetch --accept-changes takes "
                + "a deliberate rewrite)");
    }

    /**
     * What a file holds, for comparing two versions: its last date, its number of records, and each value by what
     * it counts ({@code date side category kind claimant}, with the place for undated values).
     */
    private record Contents(Optional<LocalDate> last, int records, Map<String, Double> values) {
    }

    private static Contents contents(DatasetFile file, Path path) {
        Optional<Format> format = file.format();
        if (format.isEmpty()) {
            int rows = OryxReader.checkTotalsByType(path);
            return new Contents(Optional.empty(), rows, Map.of());
        }
        List<Claim> claims = format.get().reader().read(path, false).claims();
        Map<String, Double> values = new TreeMap<>(); // in date order, so that the example named is the first
        Set<String> records = new HashSet<>();
        for (Claim claim : claims) {
            records.add(claim.provenance().location());
            String key = (claim.date() == null ? claim.provenance().location() + " " + claim.provenance().quote()
                    : claim.date().toString()) + " " + claim.side().id() + " " + claim.category().id() + " "
                    + claim.kind().id() + " " + claim.claimant().id();
            values.merge(key, claim.value(), Double::sum);
        }
        LocalDate last = claims.stream().map(Claim::date).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElseThrow(() -> new BadInputException(path.getFileName().toString(), "", "holds no dated "
                        + "records"));
        return new Contents(Optional.of(last), records.size(), values);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
