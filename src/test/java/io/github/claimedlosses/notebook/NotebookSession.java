package io.github.claimedlosses.notebook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;
import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.execution.LoaderDelegate;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;

/**
 * One notebook's kernel, as JJava 1.0-a6 runs cells: a JShell session that first evaluates the kernel's start-up
 * imports ({@link KernelFacts}), whose snippets run in this JVM in a class loader that sees the JDK and the kernel's
 * own classes ({@code org.dflib.jjava}) and nothing else until a cell's {@code %maven} line adds the library and its
 * runtime dependencies, as the kernel resolves them; the extensions the library declares in
 * {@code META-INF/services} are then installed into a kernel ({@link BaseKernel}, with the kernel's own default
 * renderers) exactly as JJava installs them, and a cell's value is rendered by that kernel's {@link Renderer}.
 * Settings can be overridden: right after a cell declares a variable named in the overrides, the session assigns it
 * the override's expression (the datasets folder of the tests, for example).
 */
final class NotebookSession implements AutoCloseable {
    /** What running one cell gave: its streams, its rendered value (when it has one), its problems. */
    record CellRun(String stdout, String stderr, Optional<Object> value, Optional<DisplayData> display,
            List<String> problems) {
    }

    private final SessionKernel kernel = new SessionKernel();
    private final SessionLoader loader = new SessionLoader();
    private final JShell shell;
    private final String artifact;
    private final List<String> libraryClassPath;
    private final Map<String, String> overrides;
    private final List<String> overridden = new ArrayList<>();
    private boolean started;

    /**
     * @param artifact         the Maven coordinates {@code %maven} accepts, {@code group:artifact:version}
     * @param libraryClassPath what {@code %maven} resolves for them: the library and its runtime dependencies
     * @param overrides        Java expressions assigned to setting variables right after they are declared
     */
    NotebookSession(String artifact, List<String> libraryClassPath, Map<String, String> overrides) {
        this.artifact = artifact;
        this.libraryClassPath = List.copyOf(libraryClassPath);
        this.overrides = Map.copyOf(overrides);
        this.shell = kernelClassPathShell();
        kernel.becomeTheNotebookKernel();
    }

    /**
     * JShell compiles against {@code java.class.path} unless its class path was set: it is set here, while that
     * property is empty, to the kernel's own classes only (the JJava API and the stand-in of its statics), as in the
     * kernel, whose class path is its own jar.
     */
    private JShell kernelClassPathShell() {
        String classPath = System.getProperty("java.class.path");
        System.setProperty("java.class.path", "");
        try {
            JShell created = JShell.builder().executionEngine(new SessionExecution(), Map.of()).build();
            KernelClasses.compileClassPath().forEach(created::addToClasspath);
            return created;
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
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        Optional<Object> value = Optional.empty();
        Optional<DisplayData> display = Optional.empty();
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            Thread.currentThread().setContextClassLoader(loader);
            if (!started) {
                started = true;
                List<String> startup = new ArrayList<>();
                snippets(KernelFacts.startupScript(), startup);
                startup.forEach(problem -> problems.add("the kernel's start-up: " + problem));
            }
            if (problems.isEmpty()) {
                value = snippets(code.toString(), problems);
                if (problems.isEmpty()) {
                    display = value.map(kernel.getRenderer()::render);
                }
            }
        } catch (RuntimeException e) {
            problems.add("the kernel's renderer throws: " + e);
        } finally {
            Thread.currentThread().setContextClassLoader(context);
            System.setOut(out);
            System.setErr(err);
        }
        return new CellRun(stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8), value,
                display, problems);
    }

    private void magic(String line, List<String> problems) {
        String[] words = line.substring(1).trim().split("\\s+");
        if (words.length == 2 && words[0].equals("maven") && words[1].equals(artifact)) {
            libraryClassPath.forEach(shell::addToClasspath);
            kernel.installExtensionsOf(libraryClassPath, loader);
        } else {
            problems.add("magic not interpreted by the test: " + line + " (expected %maven " + artifact + ")");
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
        loader.value = null;
        Optional<Object> value = Optional.empty();
        for (SnippetEvent event : shell.eval(source)) {
            if (event.causeSnippet() != null) {
                continue;
            }
            Snippet snippet = event.snippet();
            if (!event.status().isDefined()) {
                problems.add("does not compile: " + source.strip() + "\n    " + shell.diagnostics(snippet)
                        .map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.joining("\n    ")));
            } else if (event.exception() != null) {
                problems.add("throws: " + source.strip() + "\n    " + describe(event.exception()));
            } else if (displayed(snippet) && loader.value != null) {
                value = Optional.of(loader.value);
            }
            if (problems.isEmpty() && snippet instanceof VarSnippet
                    && overrides.containsKey(((VarSnippet) snippet).name())) {
                override(((VarSnippet) snippet).name(), problems);
            }
        }
        return value;
    }

    /** Whether JJava shows the snippet's value (its {@code CodeEvaluator}): an expression or a variable's name. */
    private static boolean displayed(Snippet snippet) {
        return switch (snippet.subKind()) {
            case VAR_VALUE_SUBKIND, OTHER_EXPRESSION_SUBKIND, TEMP_VAR_EXPRESSION_SUBKIND -> true;
            default -> false;
        };
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
        kernel.stopBeingTheNotebookKernel();
        shell.close();
        try {
            loader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The kernel's own classes, as a session sees them: JJava's, and nothing of the test's class path. */
    private static final class KernelClasses extends ClassLoader {
        private static final KernelClasses INSTANCE = new KernelClasses();
        private static final String KERNEL_PACKAGE = "org.dflib.jjava.";

        private KernelClasses() {
            super("jjava-kernel", ClassLoader.getPlatformClassLoader());
        }

        /** The kernel's classes shared with the test (JJava's API), so that its renderer takes the session's values. */
        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            if (name.startsWith(KERNEL_PACKAGE)) {
                return NotebookSession.class.getClassLoader().loadClass(name);
            }
            throw new ClassNotFoundException(name);
        }

        /** What sessions compile against besides what {@code %maven} adds: the JJava API and the statics' stand-in. */
        static List<String> compileClassPath() {
            return List.of(location(BaseKernel.class), location(org.dflib.jjava.kernel.JavaNotebookStatics.class));
        }

        private static String location(Class<?> type) {
            try {
                return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        protected URL findResource(String name) {
            return null;
        }

        @Override
        protected Enumeration<URL> findResources(String name) {
            return Collections.emptyEnumeration();
        }
    }

    /**
     * The session's class loader, as JJava's: the snippets' classes and what {@code %maven} adds, over the kernel's
     * own classes.
     */
    private static final class SessionLoader extends URLClassLoader {
        private final Map<String, byte[]> declared = new ConcurrentHashMap<>();
        private Object value;

        SessionLoader() {
            super("notebook-session", new URL[0], KernelClasses.INSTANCE);
        }

        void add(String path) {
            try {
                addURL(Path.of(path).toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(path, e);
            }
        }

        void declare(ExecutionControl.ClassBytecodes[] classes) {
            for (ExecutionControl.ClassBytecodes bytecodes : classes) {
                declared.put(bytecodes.name(), bytecodes.bytecodes());
            }
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = declared.get(name);
            return bytes == null ? super.findClass(name) : defineClass(name, bytes, 0, bytes.length);
        }
    }

    /** JShell's link to the session loader: snippets run in this JVM, and their values are kept. */
    private final class SessionExecution implements ExecutionControlProvider, LoaderDelegate {
        @Override
        public String name() {
            return "notebook-session";
        }

        @Override
        public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
            return new DirectExecutionControl(this) {
                @Override
                protected String invoke(Method doitMethod) throws Exception {
                    Object result = doitMethod.invoke(null);
                    loader.value = result;
                    return valueString(result);
                }
            };
        }

        @Override
        public void load(ExecutionControl.ClassBytecodes[] classes) throws ExecutionControl.ClassInstallException {
            loader.declare(classes);
            boolean[] installed = new boolean[classes.length];
            for (int i = 0; i < classes.length; i++) {
                try {
                    loader.loadClass(classes[i].name());
                    installed[i] = true;
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new ExecutionControl.ClassInstallException("cannot load " + classes[i].name() + ": " + e,
                            installed);
                }
            }
        }

        @Override
        public void classesRedefined(ExecutionControl.ClassBytecodes[] classes) {
            loader.declare(classes);
        }

        @Override
        public void addToClasspath(String path) {
            for (String entry : path.split(java.io.File.pathSeparator)) {
                loader.add(entry);
            }
        }

        @Override
        public Class<?> findClass(String name) throws ClassNotFoundException {
            return loader.loadClass(name);
        }
    }

    /**
     * A kernel as JJava builds one, without its Jupyter connection: its renderer with the kernel's default
     * registrations, and extensions installed as the kernel installs them when a jar joins the class path.
     */
    private static final class SessionKernel extends BaseKernel {
        SessionKernel() {
            super("notebook-test", KernelFacts.VERSION, null,
                    List.of(), null, new JupyterIO(StandardCharsets.UTF_8), new CommManager(), new Renderer(), null,
                    null, true, new StringStyler.Builder().build());
        }

        void becomeTheNotebookKernel() {
            installNotebookKernel();
        }

        void stopBeingTheNotebookKernel() {
            uninstallNotebookKernel();
        }

        /** As {@code JavaKernel.addToClasspath}: a class loader of the new jars over the session's, searched. */
        void installExtensionsOf(List<String> classPath, ClassLoader session) {
            URL[] urls = classPath.stream().map(entry -> {
                try {
                    return Path.of(entry).toUri().toURL();
                } catch (MalformedURLException e) {
                    throw new IllegalArgumentException(entry, e);
                }
            }).toArray(URL[]::new);
            installExtensions(new URLClassLoader(urls, session));
        }

        @Override
        public Object evalRaw(String source) {
            throw new UnsupportedOperationException("the notebook test evaluates cells itself");
        }

        @Override
        public DisplayData inspect(String code, int at, boolean extraDetail) {
            return null;
        }

        @Override
        public ReplacementOptions complete(String code, int at) {
            return null;
        }

        @Override
        public String isComplete(String code) {
            return IS_COMPLETE_MAYBE;
        }
    }
}
