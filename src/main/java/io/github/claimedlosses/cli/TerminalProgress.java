package io.github.claimedlosses.cli;

import io.github.claimedlosses.fetch.DatasetFile;
import io.github.claimedlosses.fetch.FileResult;
import io.github.claimedlosses.fetch.Progress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows each download on one line: on a terminal a line redrawn in place with bytes and percent (or a spinner when
 * the size is unknown), elsewhere only the final line per file. Files on an unreachable server get no line: the
 * command reports that once.
 */
final class TerminalProgress implements Progress {
    private static final String SPINNER = "|/-\\";
    /** Without a known size, the line is redrawn every this many bytes. */
    private static final long SPIN_STEP = 32 * 1024;

    private final PrintWriter out;
    private final boolean live;
    private long expected = -1;
    private long shownStep = -1;
    private int width;

    /**
     * @param live whether {@code out} is a terminal, where a line can be redrawn with a carriage return
     */
    TerminalProgress(PrintWriter out, boolean live) {
        this.out = out;
        this.live = live;
    }

    @Override
    public synchronized void started(DatasetFile file, long expectedBytes) {
        expected = expectedBytes;
        shownStep = -1;
        advanced(file, 0);
    }

    @Override
    public synchronized void advanced(DatasetFile file, long receivedBytes) {
        if (!live) {
            return;
        }
        long step = expected > 0 ? receivedBytes * 100 / expected : receivedBytes / SPIN_STEP;
        if (step == shownStep) {
            return;
        }
        shownStep = step;
        String line = expected > 0
                ? String.format(Locale.ROOT, "%s  %s / %s  %3d%%", file.cachePath(), kilobytes(receivedBytes),
                        kilobytes(expected), step)
                : String.format(Locale.ROOT, "%s  %s  %c", file.cachePath(), kilobytes(receivedBytes),
                        SPINNER.charAt((int) (step % SPINNER.length())));
        redraw(line);
        out.flush();
    }

    @Override
    public synchronized void finished(FileResult result) {
        if (result.outcome() == FileResult.Outcome.UNREACHABLE) {
            return; // nothing was drawn for it, and the command says once that the server cannot be reached
        }
        if (live) {
            redraw(result.summary());
            out.println();
        } else {
            out.println(result.summary());
        }
        width = 0;
        out.flush();
    }

    private void redraw(String line) {
        out.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        width = line.length();
    }

    private static String kilobytes(long bytes) {
        return String.format(Locale.ROOT, "%,d KB", (bytes + 1023) / 1024);
    }
}
