package io.github.claimedlosses.notebook.jjava;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.claimedlosses.notebook.Losses;
import io.github.claimedlosses.stats.Corrections;
import io.github.claimedlosses.stats.DailyIncrements;
import io.github.claimedlosses.stats.Trends;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * The warm-up swallows every failure (it is only a warm-up), so this checks that its made-up folder really goes
 * through the strict readers and the statistics it is meant to warm up, and that it leaves nothing behind.
 */
class WarmupTest {
    @Test
    void theMadeUpFolderIsReadStrictlyAndGoesThroughTheStatistics(@TempDir Path folder) throws IOException {
        Warmup.write(folder);
        Table all = Losses.all(folder);
        assertEquals(Set.of("ua-general-staff", "oryx"), Set.copyOf(all.stringColumn("claimant").unique().asList()));
        Table gs = Losses.generalStaff(folder);
        assertEquals(20, gs.dateColumn("date").unique().size());
        DailyIncrements daily = Trends.daily(gs, Corrections.shown(gs));
        // The made-up correction record (tanks, armoured vehicles, personnel) falls on records of their series.
        assertEquals(3, daily.corrections().isNotMissing().size(), daily.table().print(3));
        assertEquals(20, Losses.only(daily, "tanks").table().rowCount());
        Warmup.exercise(folder);
    }

    @Test
    void theWarmupDeletesItsFolder() throws IOException {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = warmupFolders(temp);
        Warmup.run();
        assertEquals(before, warmupFolders(temp));
    }

    private static long warmupFolders(Path temp) throws IOException {
        try (Stream<Path> entries = Files.list(temp)) {
            return entries.filter(path -> path.getFileName().toString().startsWith("claimed-losses-warmup")).count();
        }
    }
}
