package io.github.claimedlosses.notebook.jjava;

import io.github.claimedlosses.notebook.Claims;
import io.github.claimedlosses.notebook.Figure;
import io.github.claimedlosses.notebook.Preloading;
import io.github.claimedlosses.notebook.display.Display;
import io.github.claimedlosses.notebook.display.MimeBundle;
import io.github.claimedlosses.stats.StatTable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * table, a statistic, the claims of documents or a chart displays as {@link Display} renders it. Only the library's
 * own types and the types it displays (Tablesaw tables, JFreeChart drawables) are registered: how the session shows a
 * {@code List} or any other JDK type is left to the kernel. Only a JJava kernel loads this class; the rest of the
 * library never refers to it.
 */
public final class ClaimedLossesExtension implements Extension {
    @Override
    public void install(BaseKernel kernel) {
        register(kernel.getRenderer());
        Preloading.start(Warmup::run);
    }

    /**
     * Registers the library's types with a JJava {@code renderer} (the kernel's, or any other): tables, statistics and
     * claims as HTML, charts as PNG (SVG when asked for, as by {@code display(chart, "image/svg+xml")}), each also as
     * plain text.
     */
    public static void register(Renderer renderer) {
        register(renderer, Table.class);
        register(renderer, StatTable.class);
        register(renderer, Claims.class);
        register(renderer, Drawable.class);
        register(renderer, Figure.class);
    }

    private static <T> void register(Renderer renderer, Class<T> type) {
        List<String> types = Display.types(type);
        renderer.createRegistration(type)
                .preferring(types.get(0))
                .supporting(types.toArray(String[]::new))
                .register(ClaimedLossesExtension::render);
    }

    /** Renders the types the context asks for, and only those. */
    private static void render(Object value, RenderContext context) {
        Set<String> requested = new HashSet<>();
        for (String type : Display.types(value)) {
            if (context.wantsDataRenderedAs(MIMEType.parse(type))) {
                requested.add(type);
            }
        }
        MimeBundle bundle = Display.of(value, requested);
        bundle.data().forEach((type, content) -> context.renderIfRequested(MIMEType.parse(type), () -> content));
    }
}
