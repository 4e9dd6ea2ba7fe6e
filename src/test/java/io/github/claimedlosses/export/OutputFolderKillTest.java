package io.github.claimedlosses.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Row 7 of issue 12: {@code out/} is never missing, whatever moment a run is killed at. A child JVM commits a new
 * folder and halts (as {@code kill -9} would stop it: no shutdown hooks, no cleanup) right after one step of
 * {@link OutputFolder#commit()}; {@code out} must then hold either the previous outputs or the new ones, whole.
 */
class OutputFolderKillTest {
    @TempDir
    Path dir;

    /** The child: {@code target step} commits {@code new.csv} into {@code target} and halts after {@code step}. */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        String step = args[1];
        OutputFolder.afterStep = done -> {
            if (done.equals(step)) {
                Runtime.getRuntime().halt(9);
            }
        };
        try (OutputFolder folder = OutputFolder.beside(target)) {
            Files.writeString(folder.path().resolve("new.csv"), "new");
            folder.commit();
        }
    }

    private static int killedAfter(Path target, String step) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OutputFolderKillTest.class.getName(),
                target.toString(), step).inheritIO().start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return child.exitValue();
    }

    private static String[] names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    private void publishOld(Path out) throws IOException {
        try (OutputFolder folder = OutputFolder.beside(out)) {
            Files.writeString(folder.path().resolve("old.csv"), "old");
            folder.commit();
        }
    }

    @ParameterizedTest(name = "killed after {0}")
    @ValueSource(strings = {"complete", "linked", "swapped", "cleaned"})
    void row7_killedAtAnyStepOfTheSwapOutIsThereAndWhole(String step) throws Exception {
        assertThat(OutputFolder.STEPS).contains(step);
        Path out = dir.resolve("out");
        publishOld(out);
        assertThat(killedAfter(out, step)).isEqualTo(9);
        assertThat(out).isDirectory();
        String[] inside = names(out);
        assertThat(inside).satisfiesAnyOf(
                names -> assertThat(names).containsExactly("old.csv"),
                names -> assertThat(names).containsExactly("new.csv"));
        boolean swapped = inside[0].equals("new.csv");
        assertThat(swapped).isEqualTo(step.equals("swapped") || step.equals("cleaned"));

        publishOld(out);
        assertThat(names(out)).containsExactly("old.csv");
        assertThat(names(dir)).hasSize(2).contains("out").allMatch(n -> n.equals("out") || n.startsWith(".out.v-"));
    }

    @ParameterizedTest(name = "killed after {0}")
    @ValueSource(strings = {"complete", "linked"})
    void row7_aPlainFolderFromAnOlderVersionIsKeptUntilTheLinkReplacesIt(String step) throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("old.csv"), "old");
        killedAfter(out, step);
        assertThat(names(out)).containsExactly("old.csv");
        assertThat(Files.isSymbolicLink(out)).isFalse();
    }
}
