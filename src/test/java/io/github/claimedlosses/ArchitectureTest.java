package io.github.claimedlosses;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import io.github.claimedlosses.model.ClaimSchema;
import io.github.claimedlosses.stats.Ratios;
import io.github.claimedlosses.stats.StatColumns;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stages of {@code docs/architecture.md}, checked on the compiled classes: each package depends only on the
 * packages it is allowed to (those below it), and no packages form a cycle. A package missing from
 * {@link #ALLOWED} is only checked for cycles; add it to the table when it takes its place among the stages.
 */
class ArchitectureTest {
    private static final String ROOT = "io.github.claimedlosses";

    /** Package (relative to the root) to the project packages it may depend on. */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("model", Set.of()),
            Map.entry("files", Set.of("model")),
            Map.entry("source", Set.of("model", "files")),
            Map.entry("read", Set.of("model", "files", "source")),
            Map.entry("extract", Set.of("model", "files", "source")),
            Map.entry("table", Set.of("model")),
            Map.entry("stats", Set.of("model", "table")),
            Map.entry("fetch", Set.of("model", "files", "source", "read")),
            Map.entry("export.chart", Set.of("model", "source", "table", "stats")),
            Map.entry("export", Set.of("model", "files", "table", "stats", "export.chart")),
            Map.entry("corpus", Set.of("model", "files", "source", "read", "extract")),
            Map.entry("ledger", Set.of("model", "extract", "corpus")),
            Map.entry("ledger.run", Set.of("model", "files", "extract", "corpus", "ledger", "export")),
            Map.entry("spark", Set.of("model", "extract", "corpus", "ledger")),
            Map.entry("publish", Set.of("model", "files", "source", "read", "extract", "table", "stats",
                    "export.chart", "export", "ledger")),
            Map.entry("notebook", Set.of("model", "files", "source", "read", "extract", "fetch", "table", "stats",
                    "export.chart", "export", "corpus", "ledger", "ledger.run")),
            Map.entry("notebook.display", Set.of("model", "table", "stats", "export.chart", "notebook")),
            Map.entry("notebook.jjava", Set.of("model", "table", "stats", "notebook", "notebook.display")),
            Map.entry("cli", Set.of("model", "files", "source", "read", "extract", "fetch", "table", "stats",
                    "export.chart", "export", "publish", "corpus", "ledger", "ledger.run")));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void everyPackageDependsOnlyOnThePackagesBelowIt() {
        assertThat(violations(ALLOWED)).isEmpty();
    }

    @Test
    void theCheckSeesRealDependencies() {
        // export uses the chart builders; forbidding them must be reported, or the check above proves nothing.
        Map<String, Set<String>> stricter = new HashMap<>(ALLOWED);
        stricter.put("export", Set.of("model", "files", "table", "stats"));
        assertThat(violations(stricter)).anyMatch(line -> line.startsWith("export -> export.chart:"));
    }

    @Test
    void noPackageCycles() {
        SlicesRuleDefinition.slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(classes);
    }

    /**
     * Chart builders and the publication read statistics through their typed results: none of their sources names
     * a statistics column, as a {@code StatColumns} constant or as the quoted name itself. (A constant is inlined by
     * the compiler, so this reads the source files; the class files would not show it.)
     */
    @Test
    void chartBuildersAndThePublicationNameNoStatisticsColumn() throws Exception {
        Set<String> names = new TreeSet<>();
        for (Class<?> holder : List.of(StatColumns.class, Ratios.class)) {
            for (Field field : holder.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    names.add((String) field.get(null));
                }
            }
        }
        names.removeAll(ClaimSchema.COLUMNS); // the tidy table's own columns (date, category, ...) are not statistics
        names.removeAll(List.of("claimed", "confirmed")); // also the words every label says its figures are
        assertThat(names).contains("window_from", "slope_low_95", "rate_per_day", "claimed_per_confirmed");
        List<String> found = new ArrayList<>();
        for (String stage : List.of("export/chart", "publish")) {
            try (Stream<Path> files = Files.list(Path.of("src/main/java/io/github/claimedlosses").resolve(stage))) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                    String source = Files.readString(file);
                    if (source.contains("StatColumns")) {
                        found.add(file.getFileName() + ": StatColumns");
                    }
                    names.stream().filter(name -> source.contains("\"" + name + "\"")).forEach(name ->
                            found.add(file.getFileName() + ": \"" + name + "\""));
                    if (source.contains("\"rate_mean_") || source.contains("\"rate_median_")) {
                        found.add(file.getFileName() + ": a rolling window's column");
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    /** One line per forbidden dependency: {@code from -> to: Origin -> Target}. */
    private static Set<String> violations(Map<String, Set<String>> allowed) {
        Set<String> lines = new TreeSet<>();
        for (JavaClass origin : classes) {
            String from = relative(origin.getPackageName());
            Set<String> permitted = allowed.get(from);
            if (permitted == null) {
                continue;
            }
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                String to = relative(target.getPackageName());
                if (to != null && !to.equals(from) && !permitted.contains(to)) {
                    lines.add(from + " -> " + to + ": " + outer(origin) + " -> " + outer(target));
                }
            }
        }
        return lines;
    }

    /** The package relative to the root, {@code ""} for the root itself, or {@code null} outside the project. */
    private static String relative(String packageName) {
        if (packageName.equals(ROOT)) {
            return "";
        }
        return packageName.startsWith(ROOT + ".") ? packageName.substring(ROOT.length() + 1) : null;
    }

    private static String outer(JavaClass type) {
        String name = type.getName();
        int nested = name.indexOf('$');
        String top = nested < 0 ? name : name.substring(0, nested);
        return top.substring(top.lastIndexOf('.') + 1);
    }
}
