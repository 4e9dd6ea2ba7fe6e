package io.github.claimedlosses;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The read-only reference material beside the project ({@code ../shared}): datasets and the seed article.
 * Tests that need it call {@link #datasets()} or {@link #seed()}, which skip the test with a visible reason
 * when the folder is absent.
 */
public final class SharedData {
    /** The shared folder, overridable with {@code -Dshared.dir=...}. */
    public static final Path ROOT = Path.of(System.getProperty("shared.dir", "../shared"));
    /** Name of the founding seed article. */
    public static final String SEED_ARTICLE = "000_657e95ea990f0cb6.txt";

    /** Missing paths already reported on standard error, so that each is said once. */
    private static final Set<Path> REPORTED = ConcurrentHashMap.newKeySet();

    private SharedData() {
    }

    /** {@code ../shared/datasets}, or the test is skipped. */
    public static Path datasets() {
        return require(ROOT.resolve("datasets"));
    }

    /** {@code ../shared/datasets/general-staff/<file>}, or the test is skipped. */
    public static Path generalStaff(String file) {
        return require(datasets().resolve("general-staff").resolve(file));
    }

    /** {@code ../shared/datasets/oryx/<file>}, or the test is skipped. */
    public static Path oryx(String file) {
        return require(datasets().resolve("oryx").resolve(file));
    }

    /** The seed article in {@code ../shared/seeds}, or the test is skipped. */
    public static Path seed() {
        return require(ROOT.resolve("seeds").resolve(SEED_ARTICLE));
    }

    private static Path require(Path path) {
        String reason = "skipped: " + path.toAbsolutePath().normalize() + " is absent (reference data beside the project)";
        if (!Files.exists(path) && REPORTED.add(path)) {
            System.err.println("[claimed-losses tests] " + reason);
        }
        assumeTrue(Files.exists(path), reason);
        return path;
    }
}
