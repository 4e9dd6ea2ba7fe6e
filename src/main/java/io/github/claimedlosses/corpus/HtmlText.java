package io.github.claimedlosses.corpus;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML page reduced to the text a reader sees, with jsoup: the body's text, one line per block element (so that
 * a bulletin's lines stay lines), scripts, styles and templates left out, runs of spaces collapsed.
 */
public final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
            "h6", "tr", "table", "section", "article", "header", "footer", "blockquote", "pre", "hr", "dd", "dt",
            "figcaption", "main", "aside", "address");
    private static final Set<String> HIDDEN = Set.of("script", "style", "noscript", "template", "svg", "head");

    private final String text;
    private final String title;
    private final LocalDate published;

    private HtmlText(String text, String title, LocalDate published) {
        this.text = text;
        this.title = title;
        this.published = published;
    }

    /** Parses {@code html}. */
    public static HtmlText of(String html) {
        Document document = Jsoup.parse(html);
        StringBuilder out = new StringBuilder(html.length() / 2);
        NodeTraversor.traverse(new Lines(out), document.body());
        String title = document.title().isBlank() ? null : document.title().strip();
        return new HtmlText(tidy(out), title, published(document));
    }

    /** The page's text, lines separated by {@code \n}. */
    public String text() {
        return text;
    }

    /** The page's {@code <title>}, or null. */
    public String title() {
        return title;
    }

    /** The date of its {@code article:published_time} meta element, or null when it has none or no valid one. */
    public LocalDate published() {
        return published;
    }

    private static LocalDate published(Document document) {
        Element meta = document.selectFirst("meta[property=article:published_time]");
        if (meta == null || meta.attr("content").isBlank()) {
            return null;
        }
        try {
            return CorpusRecords.date("", "", "", meta.attr("content"));
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static final Pattern BLANKS = Pattern.compile("[ \\t\\u00A0]+");

    /** Strips each line, collapses inner runs of blanks and at most one empty line in a row. */
    private static String tidy(StringBuilder raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean emptyBefore = true;
        for (String line : raw.toString().split("\n", -1)) {
            String stripped = BLANKS.matcher(line).replaceAll(" ").strip();
            if (stripped.isEmpty()) {
                if (!emptyBefore) {
                    out.append('\n');
                }
                emptyBefore = true;
            } else {
                out.append(stripped).append('\n');
                emptyBefore = false;
            }
        }
        return out.toString().strip() + "\n";
    }

    private static final class Lines implements NodeVisitor {
        private final StringBuilder out;
        private int hiddenDepth;

        Lines(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element && HIDDEN.contains(((Element) node).normalName())) {
                hiddenDepth++;
            } else if (hiddenDepth == 0) {
                if (node instanceof TextNode) {
                    String words = ((TextNode) node).getWholeText();
                    boolean preformatted = node.parent() instanceof Element
                            && ((Element) node.parent()).normalName().equals("pre");
                    out.append(preformatted ? words : words.replace('\n', ' '));
                } else if (node instanceof Element && BLOCKS.contains(((Element) node).normalName())) {
                    out.append('\n');
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element) {
                String name = ((Element) node).normalName();
                if (HIDDEN.contains(name)) {
                    hiddenDepth--;
                } else if (hiddenDepth == 0 && BLOCKS.contains(name) && !name.equals("br")) {
                    out.append('\n');
                }
            }
        }
    }
}
