package io.github.claimedlosses.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.claimedlosses.SharedData;
import io.github.claimedlosses.notebook.display.MimeBundle;
import io.github.claimedlosses.stats.StatTable;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.jfree.chart.ui.Drawable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.Table;

/**
 * Runs every notebook of {@code notebooks/} as the JJava 1.0-a6 kernel does ({@link NotebookSession}): the kernel's
 * start-up imports first, then every code cell in order in one JShell session per notebook, the library and its
 * runtime dependencies put on the class path by the notebook's own {@code %maven} line, its extension installed from
 * {@code META-INF/services} into a kernel whose renderer shows each cell's value; the datasets setting pointed at
 * {@code ../shared/datasets}. A compilation error (such as a name that the kernel's imports make ambiguous) or an
 * exception fails the test, naming the cell; so does a path in a cell outside the project. The outputs saved in the
 * notebook, which come from a run in the real kernel, must say the same numbers as this fresh run and have the same
 * MIME types.
 *
 * <p>Runs in the surefire execution {@code notebooks}, whose working directory is {@code notebooks/}, as a kernel's
 * is.
 */
class NotebooksTest {
    /** The setting every notebook reads the datasets through. */
    private static final String DATASETS_SETTING = "DATASETS";
    private static final Pattern NUMBER = Pattern.compile("-?\\d[\\d,]*(?:\\.\\d+)?(?:E-?\\d+)?");
    private static final List<String> TEXT_TYPES = List.of(MimeBundle.TEXT_PLAIN, MimeBundle.TEXT_HTML);
    private static final List<String> ALL_TYPES = List.of(MimeBundle.TEXT_PLAIN, MimeBundle.TEXT_HTML,
            MimeBundle.IMAGE_SVG, MimeBundle.IMAGE_PNG);
    private static final long LARGEST_NOTEBOOK = 1024 * 1024;
    /** The library's displayed types by name: the session's classes are not the test's. */
    private static final Set<String> TABLES = Set.of(Table.class.getName(), StatTable.class.getName(),
            Claims.class.getName());
    private static final Set<String> CHARTS = Set.of(Drawable.class.getName(), Figure.class.getName());

    @BeforeAll
    static void runsInTheNotebooksFolder() {
        Path here = Path.of("").toAbsolutePath();
        assumeTrue(here.getFileName().toString().equals("notebooks") && Files.exists(here.resolve("../pom.xml")),
                "skipped here: runs in the surefire execution 'notebooks', whose working directory is notebooks/");
    }

    static Stream<Path> notebooks() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(""))) {
            return files.filter(file -> file.toString().endsWith(".ipynb")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("notebooks")
    void isAJavaNotebookThatLoadsTheLibraryAsTheReadmeSays(Path file) throws IOException {
        NotebookFile notebook = NotebookFile.read(file);
        assertThat(notebook.majorFormat()).isEqualTo(4);
        JsonNode kernel = notebook.metadata().path("kernelspec");
        assertThat(List.of(kernel.path("name").asText(), kernel.path("display_name").asText(),
                kernel.path("language").asText())).containsExactly("java", "Java", "java");
        assertThat(NotebookFile.source(notebook.codeCells().get(0))).contains("%maven " + artifact());
        assertThat(Files.size(file)).isLessThan(LARGEST_NOTEBOOK);
    }

    @ParameterizedTest
    @MethodSource("notebooks")
    void namesNoPathOutsideTheProject(Path file) {
        NotebookFile notebook = NotebookFile.read(file);
        Path project = Path.of("..").toAbsolutePath().normalize();
        List<String> outside = new ArrayList<>();
        int count = 0;
        for (ObjectNode cell : notebook.codeCells()) {
            count++;
            for (String path : NotebookPaths.outside(NotebookFile.source(cell), Path.of(""), project)) {
                outside.add("code cell " + count + ": \"" + path + "\"");
            }
        }
        assertThat(outside).as(file + ": paths outside the project, which a user's clone does not have").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("notebooks")
    void runsTopToBottomAndItsOutputsSayWhatAFreshRunSays(Path file) {
        String datasets = SharedData.datasets().toAbsolutePath().normalize().toString();
        NotebookFile notebook = NotebookFile.read(file);
        List<String> differences = new ArrayList<>();
        try (NotebookSession session = new NotebookSession(artifact(), libraryClassPath(),
                Map.of(DATASETS_SETTING, "java.nio.file.Path.of(\"" + datasets + "\")"))) {
            int count = 0;
            for (ObjectNode cell : notebook.codeCells()) {
                count++;
                NotebookSession.CellRun run = session.run(NotebookFile.source(cell));
                if (!run.problems().isEmpty()) {
                    fail(file + ", code cell " + count + ": " + String.join("\n", run.problems()) + "\n"
                            + run.stderr());
                }
                Map<String, String> data = run.display().map(display -> checkedData(run.value().get(), display, file))
                        .orElse(null);
                compare(cell.path("outputs"), NotebookFile.outputs(run.stdout(), run.stderr(), data, count),
                        file + ", code cell " + count, differences);
            }
            assertThat(session.overridden()).as(file + " sets the datasets folder in " + DATASETS_SETTING)
                    .contains(DATASETS_SETTING);
        }
        assertThat(differences).as("saved outputs that a fresh run contradicts; if the change is intended, run the "
                + "notebook again in the kernel as the README says").isEmpty();
    }

    /** The kernel's display data of a cell's value, after checking it has the types the value's kind calls for. */
    private static Map<String, String> checkedData(Object value, DisplayData display, Path file) {
        Set<String> expected = expectedTypes(value.getClass());
        Map<String, String> data = new TreeMap<>();
        for (String type : ALL_TYPES) {
            if (display.hasDataForType(MIMEType.parse(type))) {
                data.put(type, String.valueOf(display.getData(MIMEType.parse(type))));
            }
        }
        assertThat(data.keySet()).as(file + ": the kernel's types of a " + value.getClass().getName())
                .containsExactlyInAnyOrderElementsOf(expected);
        return data;
    }

    /** What the kernel shows of a value: tables as HTML, charts as PNG, each with text; anything else as text. */
    private static Set<String> expectedTypes(Class<?> type) {
        Set<String> names = new java.util.HashSet<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            names.add(c.getName());
            for (Class<?> i : c.getInterfaces()) {
                names.add(i.getName());
            }
        }
        if (names.stream().anyMatch(TABLES::contains)) {
            return Set.of(MimeBundle.TEXT_PLAIN, MimeBundle.TEXT_HTML);
        }
        if (names.stream().anyMatch(CHARTS::contains)) {
            return Set.of(MimeBundle.TEXT_PLAIN, MimeBundle.IMAGE_PNG);
        }
        return Set.of(MimeBundle.TEXT_PLAIN);
    }

    /** Compares committed outputs with fresh ones: the same outputs, types and numbers in their text. */
    private static void compare(JsonNode committed, ArrayNode fresh, String where, List<String> differences) {
        if (committed.size() != fresh.size()) {
            differences.add(where + ": " + committed.size() + " outputs committed, " + fresh.size() + " now");
            return;
        }
        for (int i = 0; i < fresh.size(); i++) {
            JsonNode before = committed.get(i);
            JsonNode now = fresh.get(i);
            String kind = now.path("output_type").asText() + " " + now.path("name").asText();
            if (!kind.equals(before.path("output_type").asText() + " " + before.path("name").asText())) {
                differences.add(where + ": output " + i + " is " + kind + " now");
            } else if (now.has("text")) {
                compareNumbers(before.path("text"), now.path("text"), where + " " + kind, differences);
            } else {
                List<String> typesBefore = fieldNames(before.path("data"));
                List<String> typesNow = fieldNames(now.path("data"));
                if (!typesBefore.equals(typesNow)) {
                    differences.add(where + ": types " + typesBefore + " committed, " + typesNow + " now");
                }
                for (String type : TEXT_TYPES) {
                    compareNumbers(before.path("data").path(type), now.path("data").path(type), where + " " + type,
                            differences);
                }
            }
        }
    }

    private static void compareNumbers(JsonNode before, JsonNode now, String where, List<String> differences) {
        List<String> numbersBefore = numbers(NotebookFile.text(before));
        List<String> numbersNow = numbers(NotebookFile.text(now));
        if (!numbersBefore.equals(numbersNow)) {
            int at = 0;
            while (at < Math.min(numbersBefore.size(), numbersNow.size())
                    && numbersBefore.get(at).equals(numbersNow.get(at))) {
                at++;
            }
            differences.add(where + ": number " + (at + 1) + " is "
                    + (at < numbersBefore.size() ? numbersBefore.get(at) : "absent") + " committed, "
                    + (at < numbersNow.size() ? numbersNow.get(at) : "absent") + " now");
        }
    }

    private static List<String> numbers(String text) {
        List<String> numbers = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            numbers.add(matcher.group());
        }
        return numbers;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The coordinates the notebooks load the library by. */
    static String artifact() {
        String version = System.getProperty("claimedlosses.version");
        assertThat(version).as("system property claimedlosses.version, set by the pom").isNotBlank();
        return "io.github.claimedlosses:claimed-losses:" + version;
    }

    /** What {@code %maven} resolves: the library's classes and its runtime dependencies, as the pom lists them. */
    static List<String> libraryClassPath() {
        String file = System.getProperty("notebook.class.path");
        String classes = System.getProperty("notebook.library.classes");
        assertThat(List.of(String.valueOf(file), String.valueOf(classes))).as("system properties notebook.class.path "
                + "and notebook.library.classes, set by the pom").doesNotContain("null");
        try {
            List<String> path = new ArrayList<>(List.of(classes));
            String dependencies = Files.readString(Path.of(file)).strip();
            if (!dependencies.isEmpty()) {
                path.addAll(Arrays.asList(dependencies.split(File.pathSeparator)));
            }
            return path;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
