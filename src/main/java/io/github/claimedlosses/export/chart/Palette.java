package io.github.claimedlosses.export.chart;

import java.awt.Color;
import java.util.List;

/** The Okabe–Ito colour-blind-safe palette, in the order series are given colours. */
public final class Palette {
    /** Blue: the main claimed series. */
    public static final Color BLUE = new Color(0, 114, 178);
    /** Vermilion: the contrasting series (confirmed counts, or the other side). */
    public static final Color VERMILION = new Color(213, 94, 0);
    /** Bluish green. */
    public static final Color GREEN = new Color(0, 158, 115);
    /** Orange. */
    public static final Color ORANGE = new Color(230, 159, 0);
    /** Sky blue: light fills such as daily bars and bands. */
    public static final Color SKY = new Color(86, 180, 233);
    /** Reddish purple. */
    public static final Color PURPLE = new Color(204, 121, 167);
    /** Yellow. */
    public static final Color YELLOW = new Color(240, 228, 66);
    /** Near-black for text and reference lines. */
    public static final Color INK = new Color(34, 34, 34);
    /** Grey for grid lines and secondary text. */
    public static final Color GREY = new Color(120, 120, 120);

    private static final List<Color> CYCLE = List.of(BLUE, VERMILION, GREEN, ORANGE, PURPLE, SKY, YELLOW, INK);

    private Palette() {
    }

    /** The colour of the {@code index}-th series (cycling after eight). */
    public static Color series(int index) {
        return CYCLE.get(index % CYCLE.size());
    }

    /** {@code colour} with the given opacity (0–255). */
    public static Color translucent(Color colour, int alpha) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
    }
}
