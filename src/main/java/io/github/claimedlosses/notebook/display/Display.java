package io.github.claimedlosses.notebook.display;

import io.github.claimedlosses.export.chart.ChartStyle;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.notebook.Figure;
import io.github.claimedlosses.stats.StatTable;
import io.github.claimedlosses.table.ClaimTable;
import java.util.List;
import org.jfree.chart.ui.Drawable;
import tech.tablesaw.api.Table;

/**
 * What a notebook shows for a value of this library, as a pure function of the value: a Tablesaw {@link Table} or a
 * {@link StatTable} as an HTML table (first and last rows, numbers formatted, text escaped) with a plain-text form,
 * a chart (a {@code JFreeChart} or any other {@link Drawable}, or a {@link Figure}) as SVG and PNG, and a list of
 * claims as their tidy table with its provenance columns. Anything else is its {@code toString()}.
 *
 * <p>The JJava extension ({@code io.github.claimedlosses.notebook.jjava}) hands the kernel these bundles; the
 * notebook test writes them into the notebooks' outputs.
 */
public final class Display {
    private Display() {
    }

    /** The bundle of {@code value}. */
    public static MimeBundle of(Object value) {
        if (value instanceof StatTable) {
            return TableDisplay.of((StatTable) value);
        }
        if (value instanceof Table) {
            return TableDisplay.of((Table) value);
        }
        if (value instanceof Figure) {
            Figure figure = (Figure) value;
            return ChartDisplay.of(figure.drawable(), figure.width(), figure.height());
        }
        if (value instanceof Drawable) {
            return ChartDisplay.of((Drawable) value, ChartStyle.WIDTH, ChartStyle.HEIGHT);
        }
        if (isClaims(value)) {
            @SuppressWarnings("unchecked")
            List<Claim> claims = (List<Claim>) value;
            return TableDisplay.of(ClaimTable.of(claims));
        }
        return MimeBundle.text(String.valueOf(value));
    }

    /** True for a non-empty list whose every element is a {@link Claim}. */
    static boolean isClaims(Object value) {
        return value instanceof List && !((List<?>) value).isEmpty()
                && ((List<?>) value).stream().allMatch(Claim.class::isInstance);
    }
}
