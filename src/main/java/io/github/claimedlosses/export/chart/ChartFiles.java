package io.github.claimedlosses.export.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.function.DoubleFunction;
import org.jfree.chart.ui.Drawable;
import org.jfree.svg.SVGGraphics2D;

/**
 * Renders a chart (or any {@link Drawable}, such as {@link SmallMultiples}) to PNG bytes or SVG text. Output is
 * deterministic: the same chart gives the same bytes. SVG coordinates are rounded to one decimal and the document is
 * compacted ({@link SvgCompaction}: bars merged into one path, nearly collinear points left out, styles shared), which
 * keeps a 1,600-point line chart under 100 KB.
 */
public final class ChartFiles {
    /** Rounds SVG coordinates to one decimal, written without a trailing ".0". */
    private static final DoubleFunction<String> ONE_DECIMAL = value -> {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : Double.toString(tenths / 10.0);
    };

    private ChartFiles() {
    }

    /** PNG bytes of {@code chart} at {@code width}×{@code height} pixels. */
    public static byte[] png(Drawable chart, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setColor(Color.WHITE);
            g2.fillRect(0, 0, width, height);
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        return PngEncoder.encode(image);
    }

    /**
     * SVG document of {@code chart} at {@code width}×{@code height}.
     *
     * @param id a stable identifier used to prefix the SVG's internal references (for example the file name)
     */
    public static String svg(Drawable chart, int width, int height, String id) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        String prefix = id.replaceAll("[^A-Za-z0-9_-]", "_") + "-";
        g2.setDefsKeyPrefix(prefix);
        g2.setGeomDoubleConverter(ONE_DECIMAL);
        g2.setTransformDoubleConverter(ONE_DECIMAL);
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        return SvgCompaction.of(xmlChars(g2.getSVGDocument()));
    }

    /**
     * {@code text} with every character that XML 1.0 forbids (control characters other than tab and line breaks,
     * lone surrogates, U+FFFE, U+FFFF) replaced by U+FFFD, so that a title made from a document's name or words
     * cannot make the SVG malformed.
     */
    static String xmlChars(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD) {
                out.append(c);
            } else {
                out.append('\uFFFD');
            }
        }
        return out.toString();
    }
}
