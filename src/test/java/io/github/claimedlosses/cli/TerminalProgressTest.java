package io.github.claimedlosses.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimedlosses.fetch.DatasetFile;
import io.github.claimedlosses.fetch.DatasetFiles;
import io.github.claimedlosses.fetch.FileResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
    private final StringWriter text = new StringWriter();

    private static FileResult failed(DatasetFile file) {
        return new FileResult(file, FileResult.Outcome.FAILED, Optional.empty(), false, "HTTP 404");
    }

    @Test
    void onATerminalTheLineIsRedrawnWithBytesAndPercent() {
        TerminalProgress progress = new TerminalProgress(new PrintWriter(text), true);
        progress.started(DatasetFiles.GS_EQUIPMENT, 4096);
        progress.advanced(DatasetFiles.GS_EQUIPMENT, 2048);
        progress.advanced(DatasetFiles.GS_EQUIPMENT, 2049); // same percent: not redrawn
        progress.advanced(DatasetFiles.GS_EQUIPMENT, 4096);
        progress.finished(failed(DatasetFiles.GS_EQUIPMENT));

        String equipment = "general-staff/russia_losses_equipment.json";
        assertThat(text.toString()).isEqualTo("\r" + equipment + "  0 KB / 4 KB    0%"
                + "\r" + equipment + "  2 KB / 4 KB   50%"
                + "\r" + equipment + "  4 KB / 4 KB  100%"
                + "\r" + equipment + ": not updated" + " ".repeat(6) // blanks over the longer progress line
                + System.lineSeparator());
    }

    @Test
    void withoutAKnownSizeASpinnerTurns() {
        TerminalProgress progress = new TerminalProgress(new PrintWriter(text), true);
        progress.started(DatasetFiles.ORYX_DAILY, -1);
        progress.advanced(DatasetFiles.ORYX_DAILY, 40_000);
        progress.advanced(DatasetFiles.ORYX_DAILY, 70_000);

        assertThat(text.toString()).isEqualTo("\roryx/daily_count.csv  0 KB  |\roryx/daily_count.csv  40 KB  /"
                + "\roryx/daily_count.csv  69 KB  -");
    }

    @Test
    void elsewhereOnlyTheFinalLineIsPrinted() {
        TerminalProgress progress = new TerminalProgress(new PrintWriter(text), false);
        progress.started(DatasetFiles.ORYX_DAILY, 100);
        progress.advanced(DatasetFiles.ORYX_DAILY, 100);
        progress.finished(failed(DatasetFiles.ORYX_DAILY));

        assertThat(text.toString()).isEqualTo("oryx/daily_count.csv: not updated" + System.lineSeparator());
    }

    @Test
    void filesOnAnUnreachableServerGetNoLine() {
        TerminalProgress progress = new TerminalProgress(new PrintWriter(text), false);
        progress.finished(new FileResult(DatasetFiles.ORYX_DAILY, FileResult.Outcome.UNREACHABLE, Optional.empty(),
                true, "cannot reach raw.githubusercontent.com (unknown host)"));

        assertThat(text.toString()).isEmpty();
    }
}
