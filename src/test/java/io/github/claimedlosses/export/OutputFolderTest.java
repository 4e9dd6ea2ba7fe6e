package io.github.claimedlosses.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
    @TempDir
    Path dir;

    private static String[] names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    /** The suffix of the folder {@code out} links to. */
    private static String suffix(Path out) throws IOException {
        String name = Files.readSymbolicLink(out).toString();
        return name.substring(name.lastIndexOf("v-") + 2);
    }

    @Test
    void commitReplacesThePreviousOutputsWhole() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("old.csv"), "old");
        try (OutputFolder folder = OutputFolder.beside(out)) {
            Files.writeString(folder.path().resolve("new.csv"), "new");
            assertThat(names(out)).containsExactly("old.csv");
            folder.commit();
        }
        assertThat(names(out)).containsExactly("new.csv");
        assertThat(names(dir)).containsExactly(".out.v-" + suffix(out), "out");
    }

    @Test
    void aFailedRunLeavesThePreviousOutputsAndNoDebris() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("old.csv"), "old");
        try (OutputFolder folder = OutputFolder.beside(out)) {
            Files.writeString(folder.path().resolve("half.csv"), "ha");
            throw new IllegalStateException("interrupted");
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessage("interrupted");
        }
        assertThat(names(out)).containsExactly("old.csv");
        assertThat(Files.readString(out.resolve("old.csv"))).isEqualTo("old");
        assertThat(names(dir)).containsExactly("out");
        assertThat(out).isDirectory();
    }

    @Test
    void createsTheTargetOnFirstRun() throws IOException {
        Path out = dir.resolve("nested").resolve("out");
        try (OutputFolder folder = OutputFolder.beside(out)) {
            Files.writeString(folder.path().resolve("a.csv"), "a");
            folder.commit();
        }
        assertThat(Files.readString(out.resolve("a.csv"))).isEqualTo("a");
    }

    @Test
    void theTargetIsALinkToTheLatestCompleteFolderAndOlderOnesAreRemoved() throws IOException {
        Path out = dir.resolve("out");
        for (String run : new String[] {"first", "second", "third"}) {
            try (OutputFolder folder = OutputFolder.beside(out)) {
                Files.writeString(folder.path().resolve(run + ".csv"), run);
                folder.commit();
            }
        }
        assertThat(Files.isSymbolicLink(out)).isTrue();
        assertThat(Files.readSymbolicLink(out).isAbsolute()).as("a relative link: the folder can be moved").isFalse();
        assertThat(names(out)).containsExactly("third.csv");
        assertThat(names(dir)).containsExactly(".out.v-" + suffix(out), "out");
    }
}
