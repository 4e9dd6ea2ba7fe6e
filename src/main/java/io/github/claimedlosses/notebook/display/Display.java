package io.github.claimedlosses.notebook.display;

import io.github.claimedlosses.export.chart.ChartStyle;
import io.github.claimedlosses.notebook.Claims;
import io.github.claimedlosses.notebook.Figure;
import io.github.claimedlosses.stats.StatTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.ui.Drawable;
import tech.tablesaw.api.Table;

/**
 * What a notebook shows for a value of this library, as a pure function of the value: a Tablesaw {@link Table}, a
 * {@link StatTable} or the {@link Claims} of documents as an HTML table (first and last rows, numbers formatted, text
 * escaped) with a plain-text form, a chart (a {@code JFreeChart} or any other {@link Drawable}, or a {@link Figure})
 * as PNG or SVG. Anything else, JDK types such as {@code List} included, is its {@code toString()}: the library
 * displays its own types only.
 *
 * <p>Each type is rendered only when asked for ({@link #of(Object, Set)}): a chart drawn as PNG is not also
 * serialised as SVG. The JJava extension ({@code io.github.claimedlosses.notebook.jjava}) hands the kernel these
 * renderings.
 */
public final class Display {
    /** The types of a table's display, in order of preference. */
    public static final List<String> TABLE_TYPES = List.of(MimeBundle.TEXT_HTML, MimeBundle.TEXT_PLAIN);
    /** The types of a chart's display, in order of preference: PNG, which every notebook viewer shows, then SVG. */
    public static final List<String> CHART_TYPES = List.of(MimeBundle.IMAGE_PNG, MimeBundle.IMAGE_SVG,
            MimeBundle.TEXT_PLAIN);

    private Display() {
    }

    /** The bundle of {@code value} in every type it has. */
    public static MimeBundle of(Object value) {
        return of(value, Set.copyOf(types(value)));
    }

    /** The types {@code value} displays in, in order of preference; {@code text/plain} for anything not ours. */
    public static List<String> types(Object value) {
        return value == null ? List.of(MimeBundle.TEXT_PLAIN) : types(value.getClass());
    }

    /** The types a value of class {@code type} displays in, in order of preference. */
    public static List<String> types(Class<?> type) {
        if (StatTable.class.isAssignableFrom(type) || Table.class.isAssignableFrom(type)
                || Claims.class.isAssignableFrom(type)) {
            return TABLE_TYPES;
        }
        if (Figure.class.isAssignableFrom(type) || Drawable.class.isAssignableFrom(type)) {
            return CHART_TYPES;
        }
        return List.of(MimeBundle.TEXT_PLAIN);
    }

    /**
     * The bundle of {@code value} in the {@code requested} types it has, and always {@code text/plain}; nothing is
     * rendered that was not requested.
     */
    public static MimeBundle of(Object value, Set<String> requested) {
        if (value instanceof StatTable) {
            return TableDisplay.of((StatTable) value, requested);
        }
        if (value instanceof Table) {
            return TableDisplay.of((Table) value, requested);
        }
        if (value instanceof Claims) {
            Claims claims = (Claims) value;
            return TableDisplay.of(claims.table(), claims.warnings(), requested);
        }
        if (value instanceof Figure) {
            Figure figure = (Figure) value;
            return ChartDisplay.of(figure.drawable(), figure.width(), figure.height(), requested);
        }
        if (value instanceof Drawable) {
            return ChartDisplay.of((Drawable) value, ChartStyle.WIDTH, ChartStyle.HEIGHT, requested);
        }
        Map<String, String> text = new LinkedHashMap<>();
        text.put(MimeBundle.TEXT_PLAIN, String.valueOf(value));
        return new MimeBundle(text);
    }
}
