package io.github.claimedlosses.export.chart;

/** Escaping of text placed in HTML or SVG, so that words from documents and data never become markup. */
public final class Html {
    private Html() {
    }

    /** {@code text} with {@code & < > " '} replaced by character references. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
