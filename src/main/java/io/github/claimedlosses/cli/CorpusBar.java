package io.github.claimedlosses.cli;

import io.github.claimedlosses.ledger.run.CorpusProgress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A corpus run's progress: on a terminal a bar redrawn in place (at most five times a second) with the share of
 * input read, documents, documents/s, MB/s and the time left; elsewhere nothing until the stage's one line.
 */
final class CorpusBar implements CorpusProgress {
    private static final int BAR = 24;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter out;
    private final boolean live;
    private final LongSupplier clock;
    private long total;
    private long start;
    private long lastDrawn;
    private int width;

    /**
     * @param live  whether {@code out} is a terminal, where a line can be redrawn with a carriage return
     * @param clock nanoseconds, {@code System::nanoTime} outside tests
     */
    CorpusBar(PrintWriter out, boolean live, LongSupplier clock) {
        this.out = out;
        this.live = live;
        this.clock = clock;
    }

    @Override
    public void started(long totalBytes) {
        total = totalBytes;
        start = clock.getAsLong();
        lastDrawn = start - REDRAW_NANOS;
    }

    @Override
    public void advanced(long documents, long bytes) {
        long now = clock.getAsLong();
        if (!live || now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        String line = line(documents, bytes, now);
        out.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        width = line.length();
        out.flush();
    }

    @Override
    public void finished(long documents, long bytes) {
        if (live && width > 0) {
            out.print("\r" + " ".repeat(width) + "\r");
        }
        double seconds = Math.max(1e-9, (clock.getAsLong() - start) / 1e9);
        out.println(String.format(Locale.ROOT, "extracted %,d documents (%.1f MB) in %.1f s: %,.0f documents/s, "
                + "%.1f MB/s", documents, bytes / 1e6, seconds, documents / seconds, bytes / 1e6 / seconds));
        out.flush();
        width = 0;
    }

    /** The bar's text at {@code now}. */
    String line(long documents, long bytes, long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double share = total > 0 ? Math.min(1.0, (double) bytes / total) : 0;
        int filled = (int) Math.round(share * BAR);
        String eta = share > 0 && share < 1 ? clockTime(seconds * (1 - share) / share) : "--:--";
        return String.format(Locale.ROOT, "[%s%s] %3.0f%%  %,d documents  %,.0f documents/s  %.1f MB/s  ETA %s",
                "#".repeat(filled), "-".repeat(BAR - filled), share * 100, documents, documents / seconds,
                bytes / 1e6 / seconds, eta);
    }

    private static String clockTime(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
