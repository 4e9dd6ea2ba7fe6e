package io.github.claimedlosses.notebook.display;

import io.github.claimedlosses.export.chart.ChartFiles;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.Drawable;

/**
 * A chart as a notebook shows it: a PNG, an SVG document for front ends that ask for it, and its title as plain
 * text. Only the requested types are drawn. The same chart always gives the same bytes; the SVG's internal references
 * carry a prefix made from its content, so that several charts inline in one page never take each other's clip paths.
 */
final class ChartDisplay {
    private static final String PLACEHOLDER = "claimedlossesplaceholder";

    private ChartDisplay() {
    }

    static MimeBundle of(Drawable drawable, int width, int height, Set<String> requested) {
        Map<String, String> data = new LinkedHashMap<>();
        if (requested.contains(MimeBundle.IMAGE_PNG)) {
            data.put(MimeBundle.IMAGE_PNG, Base64.getEncoder().encodeToString(ChartFiles.png(drawable, width, height)));
        }
        if (requested.contains(MimeBundle.IMAGE_SVG)) {
            String svg = ChartFiles.svg(drawable, width, height, PLACEHOLDER);
            data.put(MimeBundle.IMAGE_SVG, svg.replace(PLACEHOLDER + "-", "c" + digest(svg) + "-"));
        }
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
