package io.github.claimedlosses.extract;

import io.github.claimedlosses.model.InvasionCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a document: the body, and the reader comments under it, each starting with its author's line and a
 * timestamp line ({@code March 31, 2022 at 12:49 pm}) that dates it; and the dateline, a full date on one of the
 * document's first short lines.
 *
 * @param segments the body first (when it holds text), then the comments, in document order
 * @param dateline the date of the dateline, or null
 */
record DocumentLayout(List<Segment> segments, LocalDate dateline) {
    /** How many of the first non-blank lines may hold the dateline. */
    private static final int DATELINE_LINES = 3;
    /** The longest line that can be a dateline or a comment timestamp. */
    private static final int SHORT_LINE = 100;

    /**
     * A stretch of a document.
     *
     * @param start   index of its first character
     * @param end     index after its last character
     * @param comment true for a reader comment
     * @param date    the date of a comment's timestamp; null for the body
     */
    record Segment(int start, int end, boolean comment, LocalDate date) {
    }

    /**
     * The bounds {@code {start, end}} of the document's title: its first non-blank line, when at most
     * {@code maxLength} characters long; null otherwise.
     */
    static int[] title(String text, int maxLength) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        return end - start > maxLength ? null : new int[] {start, end};
    }

    /** The layout of {@code text}. */
    static DocumentLayout of(TokenizedText doc, TimeExpressions times) {
        String text = doc.text();
        List<int[]> lines = lines(text);
        List<Segment> segments = new ArrayList<>();
        int bodyEnd = text.length();
        int commentStart = -1;
        LocalDate commentDate = null;
        for (int n = 0; n < lines.size(); n++) {
            int[] line = lines.get(n);
            LocalDate stamp = line[1] - line[0] <= SHORT_LINE && hasColon(text, line[0], line[1])
                    ? times.timestamp(text, line[0], line[1]) : null;
            if (stamp == null) {
                continue;
            }
            int author = authorLine(text, lines, n);
            if (commentStart < 0) {
                bodyEnd = author;
            } else {
                segments.add(new Segment(commentStart, author, true, commentDate));
            }
            commentStart = line[1];
            commentDate = stamp;
        }
        if (commentStart >= 0) {
            segments.add(new Segment(commentStart, text.length(), true, commentDate));
        }
        segments.add(0, new Segment(0, bodyEnd, false, null));
        return new DocumentLayout(List.copyOf(segments), dateline(doc, lines, times));
    }

    /** The earliest comment date, or null when there are no comments. */
    LocalDate firstCommentDate() {
        return segments.stream().filter(Segment::comment).map(Segment::date).min(LocalDate::compareTo).orElse(null);
    }

    /** The start of the author line above the timestamp on line {@code n}: the last non-blank line before it. */
    private static int authorLine(String text, List<int[]> lines, int n) {
        for (int k = n - 1; k >= 0; k--) {
            int[] line = lines.get(k);
            if (!isBlank(text, line[0], line[1])) {
                return line[0];
            }
        }
        return lines.get(n)[0];
    }

    private static LocalDate dateline(TokenizedText doc, List<int[]> lines, TimeExpressions times) {
        String text = doc.text();
        int seen = 0;
        for (int[] line : lines) {
            if (seen == DATELINE_LINES) {
                break;
            }
            if (isBlank(text, line[0], line[1])) {
                continue;
            }
            seen++;
            if (line[1] - line[0] > SHORT_LINE) {
                continue;
            }
            for (TimeMention mention : times.find(doc, line[0], line[1])) {
                // not the day a count starts from ("... since February 24, 2022") nor the invasion's first day
                if (mention.type() == TimeMention.Type.DATE && mention.dates()
                        && !InvasionCalendar.DAY_ONE.equals(mention.date())) {
                    return mention.date();
                }
            }
        }
        return null;
    }

    private static boolean hasColon(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == ':') {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Tokenizer.isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Start and end (before the line break) of every line. */
    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                lines.add(new int[] {start, text.length()});
                break;
            }
            lines.add(new int[] {start, end});
            start = end + 1;
        }
        return lines;
    }
}
