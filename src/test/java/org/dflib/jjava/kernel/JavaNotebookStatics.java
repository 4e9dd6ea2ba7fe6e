package org.dflib.jjava.kernel;

import org.dflib.jjava.jupyter.kernel.BaseKernel;

/**
 * Stands in, in the notebook test, for the class of this name in the JJava kernel's own jar (module
 * {@code jjava-kernel}, not published to Maven Central): the kernel imports its static members into every session
 * ({@code import static org.dflib.jjava.kernel.JavaNotebookStatics.*}), so a notebook's code must compile beside
 * these names. Written for the project from the kernel's documented API: the same public static method names, with
 * {@link BaseKernel} where the kernel returns its subclass.
 */
public final class JavaNotebookStatics {
    private JavaNotebookStatics() {
    }

    /** The running kernel. */
    public static BaseKernel kernel() {
        return BaseKernel.notebookKernel();
    }

    /** The running kernel (deprecated in the kernel in favour of {@link #kernel()}). */
    @Deprecated
    public static BaseKernel getKernelInstance() {
        return kernel();
    }
}
