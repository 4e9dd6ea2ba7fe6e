package io.github.claimedlosses.notebook;

import java.util.Objects;
import org.jfree.chart.ui.Drawable;

/**
 * Something to draw, with the size a notebook shows it at: for drawings larger than a single chart, such as the
 * small multiples of {@link Charts#overview}. A bare {@code JFreeChart} is shown at 900×500 pixels.
 *
 * @param drawable what to draw
 * @param width    width in pixels
 * @param height   height in pixels
 */
public record Figure(Drawable drawable, int width, int height) {
    public Figure {
        Objects.requireNonNull(drawable, "drawable");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a figure needs a positive size, not " + width + "x" + height);
        }
    }
}
