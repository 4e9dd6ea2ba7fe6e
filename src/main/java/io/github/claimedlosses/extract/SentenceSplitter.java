package io.github.claimedlosses.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences and paragraphs. A blank line ends a paragraph. A sentence ends at {@code .}, {@code !},
 * {@code ?} or {@code …} (and any closing quotes) followed by white space and a capital, a digit or an opening quote,
 * unless the word before the full stop is a known abbreviation ({@code Mr.}, {@code U.S.}) or an initial
 * ({@code John F. Kirby}); and at a line break after such punctuation or a colon, before a list item or heading, or
 * after a title (a whole short line followed by one that starts with a capital).
 * Immutable.
 */
final class SentenceSplitter {
    private static final String TERMINALS = ".!?…";
    private static final String CLOSERS = "\"'”’»)]";
    private static final String OPENERS = "\"'“‘«([";
    private static final String LINE_END_TERMINALS = ".!?…:;\"”»";
    private static final String LIST_MARKERS = "-*•#‒–—";

    /**
     * The longest stretch read as one sentence: a longer one (a text without punctuation, say) is cut at a space
     * near this length, which keeps the work per figure bounded and the whole linear in the text's length.
     */
    static final int MAX_SENTENCE = 4000;
    /** The longest line taken for a title when no punctuation ends it. */
    private static final int MAX_TITLE = 160;

    private final Set<String> abbreviations;
    private final Set<String> months;

    SentenceSplitter(List<String> abbreviations) {
        this(abbreviations, Set.of());
    }

    /**
     * A splitter that takes a full stop after a day's number and before a month ({@code 3. Februar},
     * {@code 3. februára}) for an ordinal, not a sentence's end.
     *
     * @param months the month names in lower case
     */
    SentenceSplitter(List<String> abbreviations, Set<String> months) {
        this.abbreviations = new HashSet<>();
        abbreviations.forEach(word -> this.abbreviations.add(word.toLowerCase(Locale.ROOT)));
        this.months = Set.copyOf(months);
    }

    /** The sentences of {@code text} between {@code from} and {@code to}, in order. */
    List<Sentence> split(String text, int from, int to) {
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int start = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\n') {
                int next = nextLine(text, i + 1, to);
                if (next < 0) {
                    add(sentences, text, start, i, paragraph);
                    start = i + 1;
                    paragraph++;
                } else if (endsLine(text, start, i) || startsItem(text, next, to) || isHeading(text, start, i)
                        || isTitle(text, start, i, next)) {
                    add(sentences, text, start, i, paragraph);
                    start = i + 1;
                }
                i++;
            } else if (isTerminal(c)) {
                int after = i + 1;
                while (after < to && CLOSERS.indexOf(text.charAt(after)) >= 0) {
                    after++;
                }
                if (endsSentence(text, i, after, to)) {
                    add(sentences, text, start, after, paragraph);
                    start = after;
                }
                i = after;
            } else {
                i++;
            }
        }
        add(sentences, text, start, to, paragraph);
        return sentences;
    }

    /** Whether {@code c} is one of {@link #TERMINALS}: tested by comparison first, as nearly every character is not. */
    private static boolean isTerminal(char c) {
        return (c == '.' || c == '!' || c == '?' || c > '\u2000') && TERMINALS.indexOf(c) >= 0;
    }

    /** The start of the next line when it holds text, or -1 when it is blank (a paragraph break) or absent. */
    private static int nextLine(String text, int i, int to) {
        int j = i;
        while (j < to && text.charAt(j) != '\n' && Tokenizer.isSpace(text.charAt(j))) {
            j++;
        }
        return j >= to || text.charAt(j) == '\n' ? -1 : j;
    }

    private boolean endsSentence(String text, int dot, int after, int to) {
        if (after >= to) {
            return true;
        }
        if (!Tokenizer.isSpace(text.charAt(after))) {
            return false;
        }
        int next = after;
        while (next < to && Tokenizer.isSpace(text.charAt(next))) {
            next++;
        }
        if (next >= to) {
            return true;
        }
        char first = text.charAt(next);
        boolean opens = Character.isUpperCase(first) || Tokenizer.isDigit(first) || OPENERS.indexOf(first) >= 0;
        return opens && !(text.charAt(dot) == '.' && (abbreviationBefore(text, dot) || dayBeforeMonth(text, dot, next,
                to)));
    }

    /** Whether the full stop at {@code dot} follows a day's number and a month starts at {@code next}. */
    private boolean dayBeforeMonth(String text, int dot, int next, int to) {
        int digits = 0;
        while (dot - digits > 0 && Tokenizer.isDigit(text.charAt(dot - digits - 1))) {
            digits++;
        }
        if (digits == 0 || digits > 2 || months.isEmpty()) {
            return false;
        }
        int end = next;
        while (end < to && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return months.contains(text.substring(next, end).toLowerCase(Locale.ROOT));
    }

    /** Whether the word before the full stop at {@code dot} is an abbreviation or a single capital (an initial). */
    private boolean abbreviationBefore(String text, int dot) {
        int begin = dot;
        while (begin > 0 && (Character.isLetter(text.charAt(begin - 1)) || text.charAt(begin - 1) == '.')) {
            begin--;
        }
        String word = text.substring(begin, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return abbreviations.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the text before the line break at {@code end} ends with sentence punctuation. */
    private static boolean endsLine(String text, int start, int end) {
        int last = end - 1;
        while (last >= start && Tokenizer.isSpace(text.charAt(last))) {
            last--;
        }
        return last >= start && LINE_END_TERMINALS.indexOf(text.charAt(last)) >= 0;
    }

    /** Whether the line at {@code i} starts a list item or heading ({@code - }, {@code * }, {@code 1. }, {@code #}). */
    private static boolean startsItem(String text, int i, int to) {
        char first = text.charAt(i);
        if (LIST_MARKERS.indexOf(first) >= 0) {
            return true;
        }
        int j = i;
        while (j < to && Tokenizer.isDigit(text.charAt(j))) {
            j++;
        }
        return j > i && j + 1 < to && (text.charAt(j) == '.' || text.charAt(j) == ')') && text.charAt(j + 1) == ' ';
    }

    /** Whether the current line (from the last line break before {@code end}) is a heading ({@code # Title}). */
    /**
     * Whether the line {@code [start, end)} is a title: a whole short line, no list item, without closing punctuation,
     * followed by a line that starts with a capital ("Генштаб оновив втрати росії" above "За минулу добу ..."), as
     * titles and paragraphs are often written one per line without a blank line between them.
     */
    private static boolean isTitle(String text, int start, int end, int next) {
        int lineStart = text.lastIndexOf('\n', end - 1) + 1;
        int first = lineStart;
        while (first < end && Tokenizer.isSpace(text.charAt(first))) {
            first++;
        }
        return start <= lineStart && first < end && end - lineStart <= MAX_TITLE && !startsItem(text, first, end)
                && Character.isUpperCase(text.charAt(next));
    }

    private static boolean isHeading(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', end - 1) + 1;
        int i = Math.max(lineStart, start);
        while (i < end && Tokenizer.isSpace(text.charAt(i))) {
            i++;
        }
        return i < end && text.charAt(i) == '#';
    }

    private static void add(List<Sentence> sentences, String text, int start, int end, int paragraph) {
        int s = start;
        while (end - s > MAX_SENTENCE) {
            int cut = s + MAX_SENTENCE;
            int space = cut;
            while (space > s + MAX_SENTENCE / 2 && !Tokenizer.isSpace(text.charAt(space))) {
                space--;
            }
            cut = Tokenizer.isSpace(text.charAt(space)) ? space : cut;
            addTrimmed(sentences, text, s, cut, paragraph);
            s = cut;
        }
        addTrimmed(sentences, text, s, end, paragraph);
    }

    private static void addTrimmed(List<Sentence> sentences, String text, int start, int end, int paragraph) {
        int s = start;
        int e = end;
        while (s < e && Tokenizer.isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && Tokenizer.isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (s < e) {
            sentences.add(new Sentence(s, e, paragraph));
        }
    }
}
