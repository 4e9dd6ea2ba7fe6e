package io.github.claimedlosses.notebook.display;

import io.github.claimedlosses.export.chart.ChartFiles;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.Drawable;

/**
 * A chart as a notebook shows it: an SVG document, a PNG for front ends without SVG, and its title as plain text.
 * The same chart always gives the same bytes; the SVG's internal references carry a prefix made from its content, so
 * that several charts inline in one page never take each other's clip paths.
 */
final class ChartDisplay {
    private static final String PLACEHOLDER = "claimedlossesplaceholder";

    private ChartDisplay() {
    }

    static MimeBundle of(Drawable drawable, int width, int height) {
        String svg = ChartFiles.svg(drawable, width, height, PLACEHOLDER);
        svg = svg.replace(PLACEHOLDER + "-", "c" + digest(svg) + "-");
        String png = Base64.getEncoder().encodeToString(ChartFiles.png(drawable, width, height));
        Map<String, String> data = new LinkedHashMap<>();
        data.put(MimeBundle.IMAGE_SVG, svg);
        data.put(MimeBundle.IMAGE_PNG, png);
        data.put(MimeBundle.TEXT_PLAIN, describe(drawable, width, height));
        return new MimeBundle(data);
    }

    private static String describe(Drawable drawable, int width, int height) {
        String what = drawable instanceof JFreeChart && ((JFreeChart) drawable).getTitle() != null
                ? ((JFreeChart) drawable).getTitle().getText() : drawable.getClass().getSimpleName();
        return "Chart (" + width + "×" + height + "): " + what;
    }

    /** The first 12 hexadecimal digits of the SHA-256 of {@code text}. */
    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
