package io.github.claimedlosses.notebook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;
import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * One notebook's kernel, as JJava runs cells: a JShell session whose snippets execute in this JVM, so that the value
 * of a cell's last expression is the object itself. Nothing is on the session's class path until a cell's loading
 * magic puts the library there: {@code %maven io.github.claimedlosses:claimed-losses:VERSION} or
 * {@code %classpath .../claimed-losses.jar} both add the built classes and the dependencies; any other magic is
 * refused. Settings can be overridden: right after a cell declares a variable named in the overrides, the session
 * assigns it the override's expression (the datasets folder of the tests, for example).
 */
final class NotebookSession implements AutoCloseable {
    /** What running one cell gave. */
    record CellRun(String stdout, String stderr, Optional<Object> value, List<String> problems) {
    }

    private final JShell shell;
    private final ValueCapture capture = new ValueCapture();
    private final String artifact;
    private final List<String> libraryClassPath;
    private final Map<String, String> overrides;
    private final List<String> overridden = new ArrayList<>();

    /**
     * @param artifact         the Maven coordinates {@code %maven} accepts, {@code group:artifact:version}
     * @param libraryClassPath the built classes and the dependencies, which the loading magics add
     * @param overrides        Java expressions assigned to setting variables right after they are declared
     */
    NotebookSession(String artifact, List<String> libraryClassPath, Map<String, String> overrides) {
        this.artifact = artifact;
        this.libraryClassPath = List.copyOf(libraryClassPath);
        this.overrides = Map.copyOf(overrides);
        this.shell = emptyClassPathShell();
    }

    /**
     * JShell compiles against {@code java.class.path} unless its class path was set: it is set here, while that
     * property is empty, to a folder with nothing in it, so that only the loading magics make the library visible.
     */
    private JShell emptyClassPathShell() {
        String classPath = System.getProperty("java.class.path");
        System.setProperty("java.class.path", "");
        try {
            JShell created = JShell.builder().executionEngine(capture, Map.of()).build();
            created.addToClasspath(Files.createTempDirectory("empty-class-path").toString());
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            System.setProperty("java.class.path", classPath);
        }
    }

    /** The settings overridden so far. */
    List<String> overridden() {
        return List.copyOf(overridden);
    }

    /** Runs one code cell: its magic lines, then its snippets in order, stopping at the first problem. */
    CellRun run(String source) {
        List<String> problems = new ArrayList<>();
        StringBuilder code = new StringBuilder();
        for (String line : source.split("\n", -1)) {
            if (line.strip().startsWith("%")) {
                magic(line.strip(), problems);
                code.append('\n');
            } else {
                code.append(line).append('\n');
            }
        }
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        Optional<Object> value = Optional.empty();
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            if (problems.isEmpty()) {
                value = snippets(code.toString(), problems);
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new CellRun(stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8), value,
                problems);
    }

    private void magic(String line, List<String> problems) {
        String[] words = line.substring(1).trim().split("\\s+");
        boolean library = words.length == 2 && (words[0].equals("maven") && words[1].equals(artifact)
                || words[0].equals("classpath") && words[1].endsWith("/claimed-losses.jar"));
        if (library) {
            libraryClassPath.forEach(shell::addToClasspath);
        } else {
            problems.add("magic not interpreted by the test: " + line + " (expected %maven " + artifact
                    + " or %classpath .../claimed-losses.jar)");
        }
    }

    /** Evaluates the snippets of {@code code}; the value of the last one if it is an expression. */
    private Optional<Object> snippets(String code, List<String> problems) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String remaining = code;
        Optional<Object> value = Optional.empty();
        while (problems.isEmpty() && !remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                break;
            }
            if (!info.completeness().isComplete()) {
                problems.add("incomplete code (" + info.completeness() + "): " + remaining.strip());
                break;
            }
            remaining = info.remaining();
            value = snippet(info.source(), problems);
        }
        return value;
    }

    private Optional<Object> snippet(String source, List<String> problems) {
        capture.value = null;
        Optional<Object> value = Optional.empty();
        for (SnippetEvent event : shell.eval(source)) {
            if (event.causeSnippet() != null) {
                continue;
            }
            Snippet snippet = event.snippet();
            if (event.status() != Snippet.Status.VALID) {
                problems.add("does not compile: " + source.strip() + "\n    " + shell.diagnostics(snippet)
                        .map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.joining("\n    ")));
            } else if (event.exception() != null) {
                problems.add("throws: " + source.strip() + "\n    " + describe(event.exception()));
            } else if (displayed(snippet) && capture.value != null) {
                value = Optional.of(capture.value);
            }
            if (problems.isEmpty() && snippet instanceof VarSnippet && overrides.containsKey(((VarSnippet) snippet).name())) {
                override(((VarSnippet) snippet).name(), problems);
            }
        }
        return value;
    }

    /** Whether JJava shows the snippet's value: an expression, not a declaration or a statement. */
    private static boolean displayed(Snippet snippet) {
        return snippet.kind() == Snippet.Kind.EXPRESSION
                || snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
    }

    private void override(String name, List<String> problems) {
        String assignment = name + " = " + overrides.get(name) + ";";
        for (SnippetEvent event : shell.eval(assignment)) {
            if (event.status() == Snippet.Status.REJECTED || event.exception() != null) {
                problems.add("cannot override the setting: " + assignment);
            }
        }
        overridden.add(name);
    }

    private static String describe(Exception exception) {
        if (exception instanceof EvalException) {
            return ((EvalException) exception).getExceptionClassName() + ": " + exception.getMessage();
        }
        if (exception instanceof UnresolvedReferenceException) {
            return "unresolved reference in " + ((UnresolvedReferenceException) exception).getSnippet().source();
        }
        return exception.toString();
    }

    @Override
    public void close() {
        shell.close();
    }

    /** Runs snippets in this JVM and keeps the last value a snippet computed. */
    private static final class ValueCapture implements ExecutionControlProvider {
        private Object value;

        @Override
        public String name() {
            return "notebook-test";
        }

        @Override
        public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
            return new DirectExecutionControl() {
                @Override
                protected String invoke(Method doitMethod) throws Exception {
                    Object result = doitMethod.invoke(null);
                    value = result;
                    return valueString(result);
                }
            };
        }
    }
}
