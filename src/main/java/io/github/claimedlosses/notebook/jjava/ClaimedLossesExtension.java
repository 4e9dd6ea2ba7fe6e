package io.github.claimedlosses.notebook.jjava;

import io.github.claimedlosses.notebook.Figure;
import io.github.claimedlosses.notebook.display.Display;
import io.github.claimedlosses.stats.StatTable;
import java.util.List;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.RenderContext;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.jfree.chart.ui.Drawable;
import tech.tablesaw.api.Table;

/**
 * The JJava kernel extension: once the library's jar is on a kernel's classpath ({@code %maven} or
 * {@code %classpath}), the kernel finds this class through {@code META-INF/services} and a cell whose value is a
 * table, a statistic, a chart or a list of claims displays as {@link Display} renders it. Only a JJava kernel loads
 * this class; the rest of the library never refers to it.
 */
public final class ClaimedLossesExtension implements Extension {
    @Override
    public void install(BaseKernel kernel) {
        register(kernel.getRenderer());
    }

    /**
     * Registers the library's types with a JJava {@code renderer} (the kernel's, or any other): tables, statistics and
     * lists of claims as HTML, charts as SVG and PNG, each also as plain text.
     */
    public static void register(Renderer renderer) {
        register(renderer, Table.class, MIMEType.TEXT_HTML);
        register(renderer, StatTable.class, MIMEType.TEXT_HTML);
        register(renderer, List.class, MIMEType.TEXT_HTML);
        register(renderer, Drawable.class, MIMEType.IMAGE_SVG, MIMEType.IMAGE_PNG);
        register(renderer, Figure.class, MIMEType.IMAGE_SVG, MIMEType.IMAGE_PNG);
    }

    private static <T> void register(Renderer renderer, Class<T> type, MIMEType... preferred) {
        renderer.createRegistration(type).preferring(preferred).supporting(MIMEType.TEXT_PLAIN)
                .register(ClaimedLossesExtension::render);
    }

    /** Puts each requested type of the value's bundle into the kernel's output. */
    private static void render(Object value, RenderContext context) {
        Display.of(value).data().forEach((type, content) ->
                context.renderIfRequested(MIMEType.parse(type), () -> content));
    }
}
