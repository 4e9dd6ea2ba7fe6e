package io.github.claimedlosses.notebook;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the JJava 1.0-a6 kernel gives every session before its first cell, as read in its public source
 * ({@code dflib/jjava}, tag {@code 1.0-a6}): the distribution's {@code NotebookInitializer} extension evaluates
 * these imports, and the JShell it runs cells in has no start-up script of its own. A library type whose simple name
 * is also a public type of one of {@link #IMPORTED_PACKAGES} is ambiguous in a notebook unless imported by its full
 * name ({@code java.time.Period} against {@code io.github.claimedlosses.stats.Period}).
 */
final class KernelFacts {
    /** The version these facts are about, the one the README tells users to install. */
    static final String VERSION = "1.0-a6";

    /** The packages imported on demand into every session, in the kernel's order. */
    static final List<String> IMPORTED_PACKAGES = List.of("java.util", "java.io", "java.math", "java.net",
            "java.time", "java.util.concurrent", "java.util.prefs", "java.util.regex");

    /** The classes whose static members are imported on demand into every session. */
    static final List<String> STATIC_IMPORTS = List.of("org.dflib.jjava.jupyter.kernel.BaseNotebookStatics",
            "org.dflib.jjava.kernel.JavaNotebookStatics");

    private KernelFacts() {
    }

    /** The start-up script, as the kernel evaluates it before the first cell. */
    static String startupScript() {
        return IMPORTED_PACKAGES.stream().map(name -> "import " + name + ".*;").collect(Collectors.joining("\n"))
                + "\n" + STATIC_IMPORTS.stream().map(name -> "import static " + name + ".*;")
                .collect(Collectors.joining("\n"));
    }
}
