package io.github.claimedlosses.export.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the SVG that JFreeSVG writes smaller without changing what it shows, in three steps over its own, regular
 * output: runs of adjacent bars, or of lines such as ticks and grid lines, of one style become one path each; points of a polyline that lie within
 * {@link #TOLERANCE} pixels of the straight line through their neighbours are left out; and every distinct style
 * (with its clip path) is written once, as a CSS class. Deterministic: the same input gives the same text.
 */
final class SvgCompaction {
    /** How far, in pixels, a left-out point may lie from the line that replaces it. */
    static final double TOLERANCE = 0.1;
    /** Polylines with fewer points are kept as they are. */
    private static final int MIN_POINTS = 8;
    /** Longest run of points tested against one replacing segment (keeps the work linear). */
    private static final int MAX_RUN = 256;

    private static final String NUMBER = "-?[0-9]+(?:\\.[0-9]+)?(?:E-?[0-9]+)?";
    private static final Pattern RECT = Pattern.compile("<rect x='(" + NUMBER + ")' y='(" + NUMBER + ")' width='("
            + NUMBER + ")' height='(" + NUMBER + ")'((?: style='[^']*')?(?: clip-path='[^']*')?)/>");
    private static final Pattern LINE = Pattern.compile("<line x1='(" + NUMBER + ")' y1='(" + NUMBER + ")' x2='("
            + NUMBER + ")' y2='(" + NUMBER + ")'((?: style='[^']*')?(?: clip-path='[^']*')?)/>");
    private static final Pattern PATH_DATA = Pattern.compile("d='([^']*)'");
    private static final Pattern POINT = Pattern.compile("(" + NUMBER + "),(" + NUMBER + ")");
    private static final Pattern STYLED = Pattern.compile(" style='([^']*)'(?: clip-path='([^']*)')?");

    private SvgCompaction() {
    }

    /**
     * The compacted form of {@code svg}, a document written by JFreeSVG's {@code SVGGraphics2D}. Class names start
     * with a short code made from the document's content, so that documents inlined in one page keep their styles
     * apart.
     */
    static String of(String svg) {
        String compact = simplifiedPolylines(mergedLines(mergedBars(svg)));
        return sharedStyles(compact, String.format(Locale.ROOT, "k%08x-", compact.hashCode()));
    }

    /** Consecutive {@code <rect>} elements of identical style and clip path, as one {@code <path>} each run. */
    static String mergedBars(String svg) {
        return merged(svg, RECT, "", rect -> "M" + rect.group(1) + "," + rect.group(2) + "h" + rect.group(3) + "v"
                + rect.group(4) + "h" + negated(rect.group(3)) + "Z");
    }

    /** Consecutive {@code <line>} elements (ticks, grid lines) of identical style, as one unfilled path each run. */
    static String mergedLines(String svg) {
        return merged(svg, LINE, " fill='none'", line -> "M" + line.group(1) + "," + line.group(2)
                + (line.group(1).equals(line.group(3)) ? "V" + line.group(4)
                : line.group(2).equals(line.group(4)) ? "H" + line.group(3)
                : "L" + line.group(3) + "," + line.group(4)));
    }

    /**
     * Runs of adjacent elements matched by {@code element} whose group 5 (style and clip path) is the same, each run
     * of two or more as one path of the subpaths {@code subpath} gives.
     */
    private static String merged(String svg, Pattern element, String extra, Function<Matcher, String> subpath) {
        Matcher match = element.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length());
        int copied = 0;
        int runStart = -1;
        int runEnd = -1;
        int runLength = 0;
        String runAttributes = null;
        StringBuilder path = new StringBuilder();
        while (match.find()) {
            boolean continues = runLength > 0 && match.start() == runEnd && match.group(5).equals(runAttributes);
            if (!continues) {
                copied = closeRun(svg, out, copied, runStart, runEnd, runLength, runAttributes + extra, path);
                runStart = match.start();
                runLength = 0;
                runAttributes = match.group(5);
                path.setLength(0);
            }
            path.append(subpath.apply(match));
            runLength++;
            runEnd = match.end();
        }
        copied = closeRun(svg, out, copied, runStart, runEnd, runLength, runAttributes + extra, path);
        out.append(svg, copied, svg.length());
        return out.toString();
    }

    /** Writes a run of two or more elements as one path; returns how far {@code svg} is now copied. */
    private static int closeRun(String svg, StringBuilder out, int copied, int start, int end, int length,
                                String attributes, CharSequence path) {
        if (length < 2) {
            return copied;
        }
        out.append(svg, copied, start).append("<path d='").append(path).append('\'').append(attributes).append("/>");
        return end;
    }

    private static String negated(String number) {
        return number.startsWith("-") ? number.substring(1) : "-" + number;
    }

    /** Every {@code M…L…} path with its nearly collinear points left out. */
    static String simplifiedPolylines(String svg) {
        Matcher data = PATH_DATA.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length());
        while (data.find()) {
            String d = data.group(1);
            String replaced = isPolyline(d) ? simplified(d) : d;
            data.appendReplacement(out, Matcher.quoteReplacement("d='" + replaced + "'"));
        }
        data.appendTail(out);
        return out.toString();
    }

    /** Whether path data is one {@code M} and then {@code L} commands only, with plain numbers. */
    private static boolean isPolyline(String d) {
        if (d.isEmpty() || d.charAt(0) != 'M') {
            return false;
        }
        for (int i = 1; i < d.length(); i++) {
            char c = d.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == ',' || c == '-' || c == 'L' || c == 'E')) {
                return false;
            }
        }
        return true;
    }

    private static String simplified(String data) {
        List<String[]> tokens = new ArrayList<>();
        Matcher point = POINT.matcher(data);
        while (point.find()) {
            tokens.add(new String[] {point.group(1), point.group(2)});
        }
        int n = tokens.size();
        if (n < MIN_POINTS) {
            return data;
        }
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Double.parseDouble(tokens.get(i)[0]);
            y[i] = Double.parseDouble(tokens.get(i)[1]);
        }
        StringBuilder out = new StringBuilder(data.length() / 2);
        out.append('M').append(tokens.get(0)[0]).append(',').append(tokens.get(0)[1]);
        int anchor = 0;
        for (int i = 2; i <= n; i++) {
            boolean keepPrevious = i == n || i - anchor > MAX_RUN || !within(x, y, anchor, i);
            if (keepPrevious) {
                int kept = i - 1;
                out.append('L').append(tokens.get(kept)[0]).append(',').append(tokens.get(kept)[1]);
                anchor = kept;
            }
        }
        return out.toString();
    }

    /** Whether every point strictly between {@code from} and {@code to} lies within the tolerance of that segment. */
    private static boolean within(double[] x, double[] y, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (distanceToSegment(x[k], y[k], x[from], y[from], x[to], y[to]) > TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    private static double distanceToSegment(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double length2 = dx * dx + dy * dy;
        double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }

    /** Every distinct style and clip path written once, in a style sheet, and referred to by class. */
    static String sharedStyles(String svg, String classPrefix) {
        int body = svg.indexOf("</defs>");
        int svgOpen = svg.indexOf("<svg");
        if (svgOpen < 0) {
            return svg;
        }
        int from = body >= 0 ? body : svg.indexOf('>', svgOpen) + 1;
        Map<String, String> classes = new LinkedHashMap<>();
        Matcher styled = STYLED.matcher(svg);
        styled.region(from, svg.length());
        StringBuilder out = new StringBuilder(svg.length());
        out.append(svg, 0, from);
        int copied = from;
        while (styled.find()) {
            String rule = styled.group(1).strip();
            if (styled.group(2) != null) {
                rule = (rule.isEmpty() || rule.endsWith(";") ? rule : rule + ";") + "clip-path:" + styled.group(2);
            }
            String name = classes.computeIfAbsent(rule, r -> classPrefix + "s" + classes.size());
            out.append(svg, copied, styled.start()).append(" class='").append(name).append('\'');
            copied = styled.end();
        }
        out.append(svg, copied, svg.length());
        if (classes.isEmpty()) {
            return svg;
        }
        StringBuilder sheet = new StringBuilder("<style type='text/css'>");
        classes.forEach((rule, name) -> sheet.append('.').append(name).append('{').append(rule).append('}'));
        sheet.append("</style>");
        String result = out.toString();
        int defs = result.indexOf("<defs>");
        if (defs >= 0) {
            return result.substring(0, defs + 6) + sheet + result.substring(defs + 6);
        }
        int afterSvg = result.indexOf('>', result.indexOf("<svg")) + 1;
        return result.substring(0, afterSvg) + "<defs>" + sheet + "</defs>" + result.substring(afterSvg);
    }
}
