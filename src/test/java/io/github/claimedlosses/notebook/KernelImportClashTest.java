package io.github.claimedlosses.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library's public types whose simple names are also public types of the packages the JJava kernel imports into
 * every session ({@link KernelFacts#IMPORTED_PACKAGES}): in a notebook that imports the library's package on demand,
 * such a name is ambiguous and the cell does not compile. The list is known and short; a new clash fails here, and
 * every notebook that uses a clashing name must import it by its full name.
 */
class KernelImportClashTest {
    /** The clashes there are, each library type with the kernel's type of the same simple name. */
    private static final Map<String, String> KNOWN = Map.of(
            "io.github.claimedlosses.stats.Period", "java.time.Period");

    @Test
    void theLibrarysPublicTypesClashWithTheKernelsImportsOnlyWhereKnown() throws IOException {
        assertThat(clashes()).isEqualTo(new TreeMap<>(KNOWN));
    }

    @Test
    void everyNotebookUsingAClashingNameImportsItByItsFullName() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("notebooks"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList()) {
                StringBuilder code = new StringBuilder();
                NotebookFile.read(file).codeCells().forEach(cell -> code.append(NotebookFile.source(cell)).append('\n'));
                for (String type : KNOWN.keySet()) {
                    String simple = type.substring(type.lastIndexOf('.') + 1);
                    boolean used = Pattern.compile("(?<![.\\w])" + simple + "\\b").matcher(code).find();
                    if (used && !code.toString().contains("import " + type + ";")) {
                        missing.add(file.getFileName() + " uses " + simple + " without import " + type + ";");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Each public library type, by name, whose simple name a kernel package has too, with that package's type. */
    private static Map<String, String> clashes() throws IOException {
        Path classes = Path.of(System.getProperty("notebook.library.classes", "target/classes"));
        Map<String, String> clashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                if (name.contains("$") || name.endsWith("package-info") || name.endsWith("module-info")) {
                    continue;
                }
                Class<?> type = load(name, KernelImportClashTest.class.getClassLoader()).orElseThrow();
                if (!Modifier.isPublic(type.getModifiers())) {
                    continue;
                }
                for (String kernelPackage : KernelFacts.IMPORTED_PACKAGES) {
                    String other = kernelPackage + "." + type.getSimpleName();
                    load(other, ClassLoader.getPlatformClassLoader()).filter(c -> Modifier.isPublic(c.getModifiers()))
                            .ifPresent(c -> clashes.put(name, other));
                }
            }
        }
        return clashes;
    }

    private static Optional<Class<?>> load(String name, ClassLoader loader) {
        try {
            return Optional.of(Class.forName(name, false, loader));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }
}
