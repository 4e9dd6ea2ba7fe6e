package io.github.claimedlosses.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.claimedlosses.SharedData;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.notebook.display.Display;
import io.github.claimedlosses.notebook.display.MimeBundle;
import io.github.claimedlosses.notebook.jjava.ClaimedLossesExtension;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.jfree.chart.ui.Drawable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.Table;

/**
 * Runs every notebook of {@code notebooks/} as the JJava kernel would: every code cell in order in one JShell session
 * per notebook, the library put on its class path by the notebook's own loading magic, the datasets setting pointed
 * at {@code ../shared/datasets}. A compilation error or an exception fails the test, naming the cell. Each cell's
 * value goes through the extension's renderers (the pure {@link Display} and JJava's {@link Renderer} with the
 * extension registered), which must give the MIME types the value's kind calls for; and the outputs committed in
 * the notebook must say the same numbers as this fresh run. Charts are saved as PNG only (see
 * {@link NotebookFile#outputs}).
 *
 * <p>Runs in the surefire execution {@code notebooks}, whose working directory is {@code notebooks/}, as a kernel's
 * is. With {@code -Dnotebooks.update=true} the fresh outputs are written into the notebooks instead of compared.
 */
class NotebooksTest {
    /** The setting every notebook reads the datasets through. */
    private static final String DATASETS_SETTING = "DATASETS";
    private static final Pattern NUMBER = Pattern.compile("-?\\d[\\d,]*(?:\\.\\d+)?(?:E-?\\d+)?");
    private static final List<String> TEXT_TYPES = List.of(MimeBundle.TEXT_PLAIN, MimeBundle.TEXT_HTML);
    private static final List<String> ALL_TYPES = List.of(MimeBundle.TEXT_PLAIN, MimeBundle.TEXT_HTML,
            MimeBundle.IMAGE_SVG, MimeBundle.IMAGE_PNG);
    private static final long LARGEST_NOTEBOOK = 1024 * 1024;
    private static final boolean UPDATE = Boolean.getBoolean("notebooks.update");

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
    void runsTopToBottomAndItsOutputsSayWhatAFreshRunSays(Path file) {
        String datasets = SharedData.datasets().toAbsolutePath().normalize().toString();
        NotebookFile notebook = NotebookFile.read(file);
        Renderer kernelRenderer = new Renderer();
        ClaimedLossesExtension.register(kernelRenderer);
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
                MimeBundle bundle = run.value().map(value -> checkedBundle(value, kernelRenderer, file)).orElse(null);
                ArrayNode outputs = NotebookFile.outputs(run.stdout(), run.stderr(), bundle, count);
                if (UPDATE) {
                    NotebookFile.record(cell, outputs, count);
                } else {
                    compare(cell.path("outputs"), outputs, file + ", code cell " + count, differences);
                }
            }
            assertThat(session.overridden()).as(file + " sets the datasets folder in " + DATASETS_SETTING)
                    .contains(DATASETS_SETTING);
        }
        if (UPDATE) {
            notebook.write();
        }
        assertThat(differences).as("committed outputs that a fresh run contradicts; if the change is intended, "
                + "refresh them with mvn verify -Dnotebooks.update=true").isEmpty();
    }

    /** The bundle of a cell's value, after checking that both renderers give the types its kind calls for. */
    private static MimeBundle checkedBundle(Object value, Renderer kernelRenderer, Path file) {
        Set<String> expected = expectedTypes(value);
        MimeBundle bundle = Display.of(value);
        assertThat(bundle.data().keySet()).as(file + ": types of a " + value.getClass().getName())
                .containsExactlyInAnyOrderElementsOf(expected);
        DisplayData kernelData = kernelRenderer.render(value);
        for (String type : ALL_TYPES) {
            assertThat(kernelData.hasDataForType(MIMEType.parse(type)))
                    .as(file + ": the kernel's " + type + " of a " + value.getClass().getName())
                    .isEqualTo(expected.contains(type));
        }
        return bundle;
    }

    private static Set<String> expectedTypes(Object value) {
        boolean claims = value instanceof List && !((List<?>) value).isEmpty()
                && ((List<?>) value).stream().allMatch(Claim.class::isInstance);
        if (value instanceof Table || value instanceof StatTable || claims) {
            return Set.of(MimeBundle.TEXT_PLAIN, MimeBundle.TEXT_HTML);
        }
        if (value instanceof Drawable || value instanceof Figure) {
            return Set.of(MimeBundle.TEXT_PLAIN, MimeBundle.IMAGE_SVG, MimeBundle.IMAGE_PNG);
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
    private static String artifact() {
        String version = System.getProperty("claimedlosses.version");
        assertThat(version).as("system property claimedlosses.version, set by the pom").isNotBlank();
        return "io.github.claimedlosses:claimed-losses:" + version;
    }

    /** What {@code %maven} resolves: the built classes and the dependencies (here, the test class path's jars). */
    private static List<String> libraryClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.toList());
    }
}
