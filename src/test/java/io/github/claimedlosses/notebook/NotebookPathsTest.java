package io.github.claimedlosses.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Which paths in a notebook's code lead outside the project. */
class NotebookPathsTest {
    private static final Path PROJECT = Path.of("/home/user/claimed-losses");
    private static final Path NOTEBOOKS = PROJECT.resolve("notebooks");

    @Test
    void aFolderBesideTheProjectIsOutside() {
        String cell = "Path DOCUMENT = Path.of(\"../../shared/seeds/000_657e95ea990f0cb6.txt\");";

        assertThat(NotebookPaths.outside(cell, NOTEBOOKS, PROJECT))
                .containsExactly("../../shared/seeds/000_657e95ea990f0cb6.txt");
    }

    @Test
    void absolutePathsAndTheHomeFolderAreOutside() {
        String cell = "var a = Path.of(\"/work/shared/datasets\"); var b = new File(\"~/data\");";

        assertThat(NotebookPaths.outside(cell, NOTEBOOKS, PROJECT)).containsExactly("/work/shared/datasets", "~/data");
    }

    @Test
    void theProjectsOwnFoldersAreInside() {
        String cell = "Path DATASETS = Path.of(\"../data/cache\");\nPath.of(\"../seeds/news\"); Path.of(\"./x\");\n"
                + "Path.of(\"../notebooks/../seeds\"); String s = \"tanks\";";

        assertThat(NotebookPaths.outside(cell, NOTEBOOKS, PROJECT)).isEmpty();
    }

    @Test
    void aPathThatClimbsOutAndBackInIsStillOutsideOnlyIfItEndsOutside() {
        assertThat(NotebookPaths.outside("Path.of(\"../../claimed-losses/seeds\")", NOTEBOOKS, PROJECT)).isEmpty();
        assertThat(NotebookPaths.outside("Path.of(\"../../claimed-losses-copy/seeds\")", NOTEBOOKS, PROJECT))
                .containsExactly("../../claimed-losses-copy/seeds");
    }
}
