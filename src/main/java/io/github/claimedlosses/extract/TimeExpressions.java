package io.github.claimedlosses.extract;

import io.github.claimedlosses.model.InvasionCalendar;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds expressions of time in text with patterns built once from the data file {@code calendar.json}: dates in
 * English and Ukrainian ({@code March 31, 2022}, {@code 31 березня 2022}, {@code 31.03.2022}, {@code 2022-03-31}),
 * days of the invasion, weekdays, relative days and years. Also recognises the timestamp line of a reader comment.
 * Immutable.
 */
final class TimeExpressions {
    static final String FILE = "calendar.json";

    /** White space, including no-break and thin spaces. */
    private static final String SPACE = "[\\s\\h]+";
    private static final Pattern SPACES = Pattern.compile(SPACE);
    private static final String LEFT = "(?<![\\p{L}\\p{N}])";
    private static final String RIGHT = "(?![\\p{L}\\p{N}])";
    private static final String ORDINAL = "(?:st|nd|rd|th)";
    /**
     * Guards put before groups of alternatives, so that the matcher skips a whole group at once when the first
     * character cannot start any of them.
     */
    private static final String DIGIT_FIRST = "(?=\\d)";
    private static final String LETTER_FIRST = "(?=\\p{L})";
    private static final String CLOCK = "\\d{1,2}:\\d{2}(?:[\\s\\h]*[ap]\\.?[\\s\\h]?m\\.?)?";
    /**
     * Case is ignored for ASCII only, which is several times faster than Unicode case folding; words in other
     * scripts match in lower case or with a capital first letter (see {@link #alternation}).
     */
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final int TWO_DIGIT_CENTURY = 2000;
    /** The longest word between a period's start marker and its date ("seit dem", "since the"). */
    private static final int ARTICLE_LENGTH = 3;

    private final Map<String, Integer> months;
    private final Map<String, Integer> weekdays;
    private final Map<String, Integer> relativeDays;
    private final Set<String> startMarkers;
    /** The words a time expression can start with, as token texts; numerals can start one too. */
    private final Set<String> starters = new HashSet<>();
    /** The one-word year markers ("in", "в"), which start an expression only before a year. */
    private final Set<String> yearMarkers = new HashSet<>();
    /** The bit of the starter words and year markers in {@link Openers}, and the generation that knows them. */
    private final long starterBit = Openers.newBit();
    private final int starterGeneration;
    /** Any time expression. */
    private final Pattern expression;
    /** A line that is only a date and a clock time: a reader comment's timestamp. */
    private final Pattern timestampLine;
    /**
     * A matcher of each pattern per thread, reset for each text: the patterns have many groups, and a new matcher
     * for every sentence and line was a good part of what the extractor allocated. A call leaves the text behind in
     * its matcher until the thread's next call.
     */
    private final ThreadLocal<Matcher> expressionMatchers;
    private final ThreadLocal<Matcher> timestampMatchers;
    /** The words a "day N of the invasion" is written with, as token texts (their first words). */
    private final Set<String> dayWords = new HashSet<>();

    private TimeExpressions(DataFile file) {
        this.months = lowerKeys(file.map("months", node -> node.asInt()));
        this.weekdays = lowerKeys(file.map("weekdays", node -> node.asInt()));
        this.relativeDays = lowerKeys(file.map("relativeDays", node -> node.asInt()));
        this.startMarkers = new HashSet<>(lower(file.strings("startMarkers")));
        starters.addAll(lower(file.strings("dayWords")));
        for (String marker : lower(file.strings("yearMarkers"))) {
            // a one-word marker ("in", "в") starts an expression only before a year; a longer one is tried always
            (marker.contains(" ") ? starters : yearMarkers).add(marker.split(" ")[0]);
        }
        for (Collection<String> words : List.of(months.keySet(), weekdays.keySet(), relativeDays.keySet())) {
            words.forEach(word -> starters.add(word.split(" ")[0]));
        }
        Set<String> openers = new HashSet<>(starters);
        openers.addAll(yearMarkers);
        this.starterGeneration = Openers.register(starterBit, openers, List.of());
        String month = alternation(months.keySet());
        String numericDate = "(?<isoY>\\d{4})-(?<isoM>\\d{1,2})-(?<isoD>\\d{1,2})"
                + "|(?<numD>\\d{1,2})\\.(?<numM>\\d{1,2})\\.(?<numY>\\d{4}|\\d{2})"
                + "|(?<dmyD>\\d{1,2})(?:" + ORDINAL + "|\\.)?" + SPACE + "(?:of" + SPACE + ")?(?<dmyM>" + month + ")\\.?"
                + "(?:,?" + SPACE + "(?<dmyY>\\d{4}))?";
        String wordDate = "(?<mdyM>" + month + ")\\.?" + SPACE + "(?<mdyD>\\d{1,2})" + ORDINAL + "?"
                + "(?:,?" + SPACE + "(?<mdyY>\\d{4}))?";
        String date = DIGIT_FIRST + "(?:" + numericDate + ")|" + LETTER_FIRST + "(?:" + wordDate + ")";
        String invasion = SPACE + "(?:[\\p{L}'’-]+" + SPACE + "){0,3}?(?:" + alternation(file.strings("invasionWords"))
                + ")";
        String dayWord = alternation(file.strings("dayWords"));
        lower(file.strings("dayWords")).forEach(word -> dayWords.add(word.split(" ")[0]));
        // a day number may have its thousands set off ("day 1,000", "the 1,000th day")
        String dayNumber = "(?:\\d{1,3}[,.\\h]\\d{3}|\\d{1,4})";
        String invasionDay = LETTER_FIRST + "(?:" + dayWord + ")" + SPACE + "(?<invN>" + dayNumber + ")" + SPACE + "of"
                + invasion + "|" + DIGIT_FIRST + "(?<invO>" + dayNumber + ")" + ORDINAL + SPACE + "(?:" + dayWord + ")"
                + SPACE + "of" + invasion;
        String other = LETTER_FIRST + "(?:(?<wd>" + alternation(weekdays.keySet()) + ")"
                + "|(?<rel>" + alternation(relativeDays.keySet()) + ")"
                + "|(?:" + alternation(file.strings("yearMarkers")) + ")" + SPACE + "(?<year>(?:19|20)\\d{2})(?![-./]\\d)"
                + "|(?<myM>" + month + ")\\.?" + SPACE + "(?<myY>(?:19|20)\\d{2})(?![-./]\\d)"
                + "|(?:" + alternation(file.strings("yearMarkers")) + ")" + SPACE + "(?<moM>" + month
                + ")(?![\\p{L}\\p{N}])(?![\\s\\h]*\\d))";
        this.expression = Pattern.compile(LEFT + "(?:" + date + "|" + invasionDay + "|" + other + ")" + RIGHT, FLAGS);
        this.timestampLine = Pattern.compile("[\\s\\h]*(?:" + date + ")(?:,?" + SPACE + "(?:"
                + alternation(file.strings("timestampJoiners")) + "))?,?" + SPACE + CLOCK + "[\\s\\h]*", FLAGS);
        Pattern any = expression;
        Pattern stamp = timestampLine;
        this.expressionMatchers = ThreadLocal.withInitial(() -> any.matcher(""));
        this.timestampMatchers = ThreadLocal.withInitial(() -> stamp.matcher(""));
    }

    /** The expressions described by the data file. */
    static TimeExpressions load() {
        return new TimeExpressions(DataFile.withLanguages(FILE, "calendar"));
    }

    /**
     * The first "day N of the invasion" in {@code text} between {@code from} and {@code to}, or null; quick when the
     * text has none of the words it is written with.
     */
    TimeMention firstInvasionDay(TokenizedText doc, int from, int to) {
        if (!hasDayWord(doc.tokens(from, to))) {
            return null;
        }
        for (TimeMention mention : find(doc, from, to)) {
            if (mention.type() == TimeMention.Type.INVASION_DAY) {
                return mention;
            }
        }
        return null;
    }

    /**
     * The first full calendar date of the document's title (its first line, when at most {@code maxLength}
     * characters: "Сводка Минобороны России (по состоянию на 12 марта 2024 г.)") other than the invasion's first
     * day; null when there is none.
     */
    LocalDate titleDate(TokenizedText doc, int maxLength) {
        int[] title = DocumentLayout.title(doc.text(), maxLength);
        if (title == null) {
            return null;
        }
        int start = title[0];
        int end = title[1];
        for (TimeMention mention : find(doc, start, end)) {
            if (mention.type() == TimeMention.Type.DATE && mention.dates()
                    && !InvasionCalendar.DAY_ONE.equals(mention.date())) {
                return mention.date();
            }
        }
        return null;
    }

    private boolean hasDayWord(List<Token> tokens) {
        if (dayWords.isEmpty()) {
            return false;
        }
        for (Token token : tokens) {
            if (token.type() == Token.Type.WORD && dayWords.contains(token.norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an expression among {@code tokens} can start a period: a start marker ("since", "seit") or a dash
     * between two expressions ("Monday – Friday") is among them. A quick test for text without numbers.
     */
    boolean mayStartPeriod(List<Token> tokens) {
        for (Token token : tokens) {
            if (token.type() == Token.Type.SYMBOL ? "-–—".contains(token.norm())
                    : token.type() == Token.Type.WORD && startMarkers.contains(token.norm())) {
                return true;
            }
        }
        return false;
    }

    /** Every time expression in {@code text} between {@code from} and {@code to}, in order. */
    List<TimeMention> find(String text, int from, int to) {
        return find(text, Tokenizer.tokenize(text, from, to), from, to);
    }

    /** Every time expression in the document's text between {@code from} and {@code to}, in order. */
    List<TimeMention> find(TokenizedText doc, int from, int to) {
        return find(doc.text(), doc.tokens(from, to), from, to);
    }

    /**
     * Every time expression in {@code text} between {@code from} and {@code to}, whose {@code tokens} are given, in
     * order. The patterns are tried only where a token can start an expression (a numeral, a month, a weekday ...),
     * which is much faster than searching every character.
     */
    List<TimeMention> find(String text, List<Token> tokens, int from, int to) {
        List<TimeMention> found = new ArrayList<>();
        Matcher matcher = null;
        int after = from;
        for (int t = 0; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            if (token.start() < after || !canStart(text, tokens, t)) {
                continue;
            }
            if (matcher == null) {
                matcher = expressionMatchers.get().reset(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            matcher.region(token.start(), to);
            if (!matcher.lookingAt()) {
                continue;
            }
            TimeMention mention = mention(matcher);
            if (mention != null) {
                found.add(startsPeriod(text, mention.start(), from) ? mention.startingPeriod() : mention);
                after = matcher.end();
                // "24 Şubat-12 Mayıs": a second date right after a dash, which is no token start of its own
                int next = after + 1;
                if (next < to && "-–—".indexOf(text.charAt(after)) >= 0 && Tokenizer.isDigit(text.charAt(next))) {
                    matcher.region(next, to);
                    TimeMention second = matcher.lookingAt() ? mention(matcher) : null;
                    if (second != null) {
                        found.add(second);
                        after = matcher.end();
                    }
                }
            }
        }
        // "24 Şubat-12 Mayıs", "24.02–11.06": the first date of a range starts a period
        for (int k = 0; k + 1 < found.size(); k++) {
            TimeMention first = found.get(k);
            TimeMention second = found.get(k + 1);
            if (first.dates() && isRangeDash(text, first.end(), second.start())) {
                found.set(k, first.startingPeriod());
            }
        }
        return found;
    }

    private static boolean isRangeDash(String text, int from, int to) {
        if (to - from > 3 || to <= from) {
            return false;
        }
        String between = text.substring(from, to).strip();
        return between.equals("-") || between.equals("–") || between.equals("—");
    }

    /**
     * Whether an expression can start at token {@code t}: a starter word, a year marker before a year, or a number
     * that is a whole date ({@code 31.03.2022}), the year of an ISO date (a dash right after it), an ordinal
     * ({@code 100th}), or that a starter word or "of" follows ({@code 31 березня}, {@code 3. Februar}).
     */
    private boolean canStart(String text, List<Token> tokens, int t) {
        Token token = tokens.get(t);
        String norm = token.norm();
        if (!Tokenizer.isDigit(norm.charAt(0))) {
            if (!token.mayOpen(starterBit, starterGeneration)) {
                return false;
            }
            return starters.contains(norm) || yearMarkers.contains(norm) && t + 1 < tokens.size()
                    && (isYear(tokens.get(t + 1).norm()) || months.containsKey(tokens.get(t + 1).norm()));
        }
        if (token.type() == Token.Type.WORD || norm.indexOf('.') >= 0) {
            return true;
        }
        if (token.end() < text.length() && "-–—".indexOf(text.charAt(token.end())) >= 0) {
            return true;
        }
        int next = t + 1 < tokens.size() && tokens.get(t + 1).isSymbol(".") ? t + 2 : t + 1; // "3. Februar"
        if (next < tokens.size()) {
            Token word = tokens.get(next);
            return word.norm().equals("of")
                    || word.mayOpen(starterBit, starterGeneration) && starters.contains(word.norm());
        }
        return false;
    }

    /** The month names, in lower case (their first words). */
    Set<String> monthWords() {
        Set<String> words = new HashSet<>();
        months.keySet().forEach(month -> words.add(month.split(" ")[0]));
        return words;
    }

    /** Whether a token text is a year of four digits ({@code 1991}, {@code 2024}). */
    private static boolean isYear(String norm) {
        return norm.length() == 4 && (norm.startsWith("19") || norm.startsWith("20"))
                && Tokenizer.isDigit(norm.charAt(2)) && Tokenizer.isDigit(norm.charAt(3));
    }

    /** The date of a reader comment's timestamp line ({@code March 31, 2022 at 12:49 pm}), or null. */
    LocalDate timestamp(String text, int lineStart, int lineEnd) {
        Matcher matcher = timestampMatchers.get().reset(text).region(lineStart, lineEnd);
        if (!matcher.matches()) {
            return null;
        }
        TimeMention mention = calendarDate(matcher);
        return mention != null && mention.type() == TimeMention.Type.DATE ? mention.date() : null;
    }

    private TimeMention mention(Matcher m) {
        TimeMention date = calendarDate(m);
        if (date != null) {
            return date;
        }
        String invasionDay = m.group("invN") != null ? m.group("invN") : m.group("invO");
        if (invasionDay != null) {
            int day = Integer.parseInt(invasionDay.replaceAll("\\D", ""));
            return day < 1 ? null : TimeMention.date(TimeMention.Type.INVASION_DAY, m.start(), m.end(),
                    InvasionCalendar.dateOf(day));
        }
        if (m.group("wd") != null) {
            return new TimeMention(TimeMention.Type.WEEKDAY, m.start(), m.end(), null, null,
                    DayOfWeek.of(weekdays.get(key(m.group("wd")))), 0, false);
        }
        if (m.group("rel") != null) {
            return new TimeMention(TimeMention.Type.RELATIVE, m.start(), m.end(), null, null, null,
                    relativeDays.get(key(m.group("rel"))), false);
        }
        if (m.group("year") != null) {
            return TimeMention.year(m.start("year"), m.end("year"), Integer.parseInt(m.group("year")));
        }
        if (m.group("myY") != null) {
            return TimeMention.yearMonth(m.start(), m.end(), Integer.parseInt(m.group("myY")),
                    months.get(key(m.group("myM"))));
        }
        if (m.group("moM") != null) { // "in September", "в сентябре": the month alone
            return TimeMention.month(m.start("moM"), m.end("moM"), months.get(key(m.group("moM"))));
        }
        return null;
    }

    /** A calendar date matched by the date alternatives, or null when they did not match or the date is invalid. */
    private TimeMention calendarDate(Matcher m) {
        try {
            if (m.group("isoY") != null) {
                return fullDate(m, Integer.parseInt(m.group("isoY")), number(m, "isoM"), number(m, "isoD"));
            }
            if (m.group("numY") != null) {
                return fullDate(m, year(m.group("numY")), number(m, "numM"), number(m, "numD"));
            }
            if (m.group("mdyM") != null) {
                return monthDate(m, m.group("mdyY"), months.get(key(m.group("mdyM"))), number(m, "mdyD"));
            }
            if (m.group("dmyM") != null) {
                return monthDate(m, m.group("dmyY"), months.get(key(m.group("dmyM"))), number(m, "dmyD"));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static TimeMention fullDate(Matcher m, int year, int month, int day) {
        return TimeMention.date(TimeMention.Type.DATE, m.start(), m.end(), LocalDate.of(year, month, day));
    }

    private static TimeMention monthDate(Matcher m, String year, int month, int day) {
        if (year != null) {
            return fullDate(m, Integer.parseInt(year), month, day);
        }
        return new TimeMention(TimeMention.Type.MONTH_DAY, m.start(), m.end(), null, MonthDay.of(month, day), null, 0,
                false);
    }

    /** A year written with four digits or two ({@code 22} is 2022). */
    static int year(String digits) {
        int year = Integer.parseInt(digits);
        return digits.length() == 2 ? TWO_DIGIT_CENTURY + year : year;
    }

    private static int number(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    /**
     * Whether the word before {@code start} (not before {@code from}) starts a period: "since", "from"; or the one
     * before it, when a short word such as an article sits between ("seit dem 3. Februar", "since the 3rd").
     */
    private boolean startsPeriod(String text, int start, int from) {
        int[] word = wordBefore(text, start, from);
        if (word == null) {
            return false;
        }
        if (startMarkers.contains(text.substring(word[0], word[1]).toLowerCase(Locale.ROOT))) {
            return true;
        }
        int[] earlier = word[1] - word[0] <= ARTICLE_LENGTH ? wordBefore(text, word[0], from) : null;
        return earlier != null && startMarkers.contains(text.substring(earlier[0], earlier[1]).toLowerCase(Locale.ROOT));
    }

    /** The start and end of the word right before {@code start} (not before {@code from}), or null. */
    private static int[] wordBefore(String text, int start, int from) {
        int end = start;
        while (end > from && Tokenizer.isSpace(text.charAt(end - 1))) {
            end--;
        }
        int begin = end;
        while (begin > from && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return begin < end ? new int[] {begin, end} : null;
    }

    /** The lookup key of a matched word: lower case, plain apostrophes, single spaces. */
    private static String key(String matched) {
        String plain = matched.toLowerCase(Locale.ROOT).replace('’', '\'').replace('ʼ', '\'');
        return SPACES.matcher(plain).replaceAll(" ");
    }

    private static <V> Map<String, V> lowerKeys(Map<String, V> map) {
        return map.entrySet().stream().collect(Collectors.toMap(e -> key(e.getKey()), Map.Entry::getValue));
    }

    private static List<String> lower(List<String> words) {
        return words.stream().map(TimeExpressions::key).collect(Collectors.toList());
    }

    /**
     * A regular expression that matches any of {@code words}, apostrophes and spaces matched loosely, trying longer
     * words before the words they start with (as an alternation of the words sorted longest first would), but
     * written as a tree of their common starts ({@code (?:січ(?:ня|ень)|...)}), so that the matcher does not try
     * every word in turn. A word that starts with a letter outside ASCII also matches with that letter capitalised
     * ({@code Березня}), as the patterns ignore case for ASCII only.
     */
    static String alternation(Collection<String> words) {
        Branches root = new Branches();
        for (String word : words) {
            Branches node = root;
            for (String atom : atoms(word)) {
                node = node.children.computeIfAbsent(atom, key -> new Branches());
            }
            node.end = true;
        }
        return root.pattern();
    }

    /** A node of the tree of words: the next pieces of pattern, and whether a word ends here. */
    private static final class Branches {
        private final Map<String, Branches> children = new java.util.TreeMap<>();
        private boolean end;

        String pattern() {
            if (children.isEmpty()) {
                return "";
            }
            String choices = children.entrySet().stream().map(entry -> entry.getKey() + entry.getValue().pattern())
                    .collect(Collectors.joining("|"));
            if (children.size() == 1 && !end) {
                return choices;
            }
            return "(?:" + choices + ")" + (end ? "?" : "");
        }
    }

    /**
     * The pieces of pattern a word is matched by, one per character: an apostrophe matches any apostrophe, a space
     * any run of white space, a first letter outside ASCII also its capital; ASCII letters in lower case (the patterns
     * ignore their case).
     */
    private static List<String> atoms(String word) {
        List<String> atoms = new ArrayList<>(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '\'') {
                atoms.add("['’ʼ]");
            } else if (c == ' ') {
                atoms.add(SPACE);
            } else if (i == 0 && c >= 128 && Character.isLetter(c) && Character.toUpperCase(c) != c) {
                atoms.add("[" + c + Character.toUpperCase(c) + "]");
            } else if (c < 128 && Character.isLetterOrDigit(c)) {
                atoms.add(String.valueOf(Character.toLowerCase(c)));
            } else if (c < 128) {
                atoms.add("\\" + c);
            } else {
                atoms.add(String.valueOf(c));
            }
        }
        return atoms;
    }
}
