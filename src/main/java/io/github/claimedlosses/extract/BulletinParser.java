package io.github.claimedlosses.extract;

import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.InvasionCalendar;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Provenance;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.model.Side;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the General Staff's daily bulletin, in English or Ukrainian, wherever it appears in a document: a header
 * with the period ({@code from 24.02 to 31.03}, {@code з 24.02.22 по 14.09.23}), then one line per category,
 * {@code name ‒ total (+increment)}, with any dash, thousands written with spaces, commas or nothing, and units
 * ({@code осіб}, {@code од}). Each line gives a cumulative claim and, when stated, an increment claim, both dated
 * the period's end. Words come from the data file {@code bulletins.json}. Immutable.
 */
final class BulletinParser {
    static final String FILE = "bulletins.json";

    private static final String SPACE = "[\\s\\h]";
    private static final String DAY_MONTH = "(\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{4}|\\d{2}))?";
    /** ASCII case-insensitivity; Cyrillic words match as {@link TimeExpressions#alternation} writes them. */
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    /** The hyphen, which joins words ("anti-aircraft") unless spaced or followed by the total. */
    private static final String HYPHENS = "-‐";

    /**
     * The two dates of the period header and the word between them; groups 1-3 are its start (day, month, optional
     * year), 4-6 its end. The pattern starts with digits, which is fast to search for; the word before the first
     * date must be one of {@link #periodFrom}.
     */
    private final Pattern period;
    private final Set<String> periodFrom;
    /** The dashes that end a category line's name however spaced, and the hyphens that do when spaced or before the
     * figures; each one character. */
    private final String strongDashes;
    private final String hyphens;
    /** The increment in parentheses after the total: {@code (+12)}, {@code (−3)}. */
    private final Pattern increment = Pattern.compile("\\(" + SPACE + "*([+\\-−–])?" + SPACE
            + "*(\\d[\\d\\h,.]*?)" + SPACE + "*\\)");
    private final Lexicon lexicon;
    private final Claimant claimant;
    private final Side side;

    /** The parser of the data file's bulletin words, naming categories and qualifiers through {@code lexicon}. */
    static BulletinParser load(Lexicon lexicon, ClaimantRules claimants) {
        return new BulletinParser(DataFile.withLanguages(FILE, "bulletins"), lexicon, claimants);
    }

    private BulletinParser(DataFile file, Lexicon lexicon, ClaimantRules claimants) {
        this.period = Pattern.compile("(?<![\\p{L}\\p{N}.])" + DAY_MONTH + SPACE + "+(?:"
                + TimeExpressions.alternation(file.strings("periodTo")) + ")" + SPACE + "+" + DAY_MONTH
                + "(?![\\p{L}\\p{N}])", FLAGS);
        this.periodFrom = new HashSet<>();
        file.strings("periodFrom").forEach(word -> periodFrom.add(word.toLowerCase(Locale.ROOT)));
        List<String> dashes = file.strings("dashes");
        for (String dash : dashes) {
            if (dash.length() != 1) {
                throw new IllegalStateException(FILE + ": dashes: \"" + dash + "\" is not one character");
            }
        }
        this.strongDashes = dashes.stream().filter(dash -> !HYPHENS.contains(dash)).collect(Collectors.joining());
        this.hyphens = dashes.stream().filter(HYPHENS::contains).collect(Collectors.joining());
        this.lexicon = lexicon;
        this.claimant = claimants.bulletin();
        this.side = claimants.rule(claimant).adversary();
    }

    /**
     * Adds the claims of every bulletin in {@code text} to {@code findings} and returns the stretches of text the
     * bulletins cover, as {@code [start, end)} pairs, so that prose extraction skips them.
     *
     * @param documentDate the document's date, which gives the year of a period written without one; or null
     */
    List<int[]> extract(TokenizedText doc, LocalDate documentDate, Language language, Findings findings) {
        String text = doc.text();
        List<int[]> covered = new ArrayList<>();
        Matcher header = period.matcher(text).useTransparentBounds(true);
        int from = 0;
        while ((from = nextDayMonth(text, from)) >= 0) {
            header.region(from, text.length());
            int headerStart = header.lookingAt() ? wordBefore(text, from) : -1;
            if (headerStart < 0) {
                from++;
                continue;
            }
            int headerLine = text.lastIndexOf('\n', headerStart) + 1;
            int headerEnd = lineEnd(text, header.end());
            LocalDate date = endDate(header, headerStart, text, documentDate, findings);
            int end = items(doc, headerEnd, date, language, findings);
            if (end == headerEnd) {
                // no category line follows: the figures, if any, run on in the header's own paragraph, which the
                // list reader reads
                from = header.end();
                continue;
            }
            covered.add(new int[] {headerLine, end});
            from = Math.max(end, header.end());
        }
        return covered;
    }

    /** What a line after the header is. */
    private enum Line {
        /** No category line: the bulletin has ended. */
        NONE,
        /** A line of a name and figures whose name is no category (skipped, with a warning). */
        UNKNOWN,
        /** A category line. */
        CATEGORY
    }

    /**
     * Reads the category lines after the header; returns the end of the last one, or of the header line when no
     * line names a category (then "– 62" after a sentence is no bulletin, and what it said is left to the other
     * readers, with no warning).
     */
    private int items(TokenizedText doc, int headerEnd, LocalDate date, Language language, Findings findings) {
        String text = doc.text();
        int end = headerEnd;
        int lineStart = headerEnd + 1;
        Findings lines = findings.scratch();
        boolean named = false;
        while (lineStart < text.length()) {
            int lineEnd = lineEnd(text, lineStart);
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                Line line = item(doc, lineStart, lineEnd, date, language, lines);
                if (line == Line.NONE) {
                    break;
                }
                named |= line == Line.CATEGORY;
                end = lineEnd;
            }
            lineStart = lineEnd + 1;
        }
        if (!named) {
            return headerEnd;
        }
        findings.addAll(lines);
        return end;
    }

    /** Reads one category line. */
    private Line item(TokenizedText doc, int lineStart, int lineEnd, LocalDate date, Language language,
                      Findings findings) {
        String text = doc.text();
        ItemLine line = ItemLine.of(text, lineStart, lineEnd, strongDashes, hyphens);
        if (line == null) {
            return Line.NONE;
        }
        List<Token> rest = doc.tokens(line.restStart(), lineEnd);
        PhraseIndex.Match<Qualifier> qualifier = lexicon.qualifiers().longestAt(rest, 0, rest.size());
        int at = qualifier == null ? 0 : qualifier.end();
        NumberReader.Quantity total = at < rest.size() && rest.get(at).type() == Token.Type.NUMERAL
                ? lexicon.numbers().quantityAt(rest, at, language) : null;
        if (total == null) {
            return Line.NONE;
        }
        String name = text.substring(line.nameStart(), line.nameEnd());
        List<Token> nameTokens = doc.tokens(line.nameStart(), line.nameEnd());
        PhraseIndex.Match<Category> category = lexicon.categoryAt(nameTokens, 0, nameTokens.size(), language);
        int totalIndex = rest.get(at).start();
        if (category == null || category.end() != nameTokens.size()) {
            findings.warn(totalIndex, "bulletin line \"" + findings.quote(lineStart, lineEnd, totalIndex) + "\": \""
                    + Findings.shorten(name.strip()) + "\" is no category or alias in taxonomy.json; the line is skipped");
            return Line.UNKNOWN;
        }
        if (date == null) {
            return Line.CATEGORY;
        }
        String quote = findings.quote(lineStart, lineEnd, totalIndex);
        findings.claim(totalIndex, claim(date, category.value(), total.value(),
                qualifier == null ? Qualifier.EXACT : qualifier.value(), Kind.CUMULATIVE,
                findings.provenance(totalIndex, quote)));
        Matcher change = increment.matcher(text).region(rest.get(total.end() - 1).end(), lineEnd);
        if (change.find()) {
            List<Token> digits = doc.tokens(change.start(2), change.end(2));
            NumberReader.Quantity amount = lexicon.numbers().quantityAt(digits, 0, language);
            if (amount != null && amount.end() == digits.size()) {
                boolean negative = change.group(1) != null && !change.group(1).equals("+");
                findings.claim(change.start(2), claim(date, category.value(), negative ? -amount.value() : amount.value(),
                        Qualifier.EXACT, Kind.INCREMENT, findings.provenance(change.start(2), quote)));
            }
        }
        return Line.CATEGORY;
    }

    private Claim claim(LocalDate date, Category category, double value, Qualifier qualifier, Kind kind,
                        Provenance provenance) {
        return new Claim(date, null, claimant, side, category, value, qualifier, null, null, kind, provenance);
    }

    /**
     * The period's end, the bulletin's date. A period written without years starts on the invasion's first 24.02
     * and ends on the last such day-month on or before the document's date, or, when the document is undated, on
     * the first after the start (the General Staff wrote years from 2023 on), with a warning. Null, with a warning,
     * when the period is no real pair of dates.
     */
    private LocalDate endDate(Matcher header, int headerStart, String text, LocalDate documentDate,
                              Findings findings) {
        String written = findings.quote(headerStart, header.end());
        try {
            LocalDate start = header.group(3) != null
                    ? LocalDate.of(TimeExpressions.year(header.group(3)), number(header, 2), number(header, 1))
                    : TimeMention.firstOnOrAfter(MonthDay.of(number(header, 2), number(header, 1)),
                            InvasionCalendar.DAY_ONE);
            MonthDay endDay = MonthDay.of(number(header, 5), number(header, 4));
            LocalDate end;
            if (header.group(6) != null) {
                end = LocalDate.of(TimeExpressions.year(header.group(6)), endDay.getMonthValue(), endDay.getDayOfMonth());
            } else if (documentDate != null && !TimeMention.lastOnOrBefore(endDay, documentDate).isBefore(start)) {
                end = TimeMention.lastOnOrBefore(endDay, documentDate);
            } else {
                end = TimeMention.firstOnOrAfter(endDay, start);
                findings.warn(headerStart, "bulletin period \"" + written + "\" gives no year; read as ending "
                        + end + ", the first such date after its start " + start);
            }
            if (end.isBefore(start)) {
                findings.warn(headerStart, "bulletin period \"" + written + "\" ends before it starts; its lines "
                        + "are skipped");
                return null;
            }
            return end;
        } catch (DateTimeException e) {
            findings.warn(headerStart, "bulletin period \"" + written + "\" is no real pair of dates; its lines "
                    + "are skipped");
            return null;
        }
    }

    /**
     * The index, at or after {@code from}, of the next run of one or two digits followed by a full stop and a digit
     * ({@code 24.02}): where a period header can start. -1 when there is none. Much faster than a pattern search.
     */
    private static int nextDayMonth(String text, int from) {
        for (int i = Math.max(from, 0); i + 2 < text.length(); i++) {
            if (!Tokenizer.isDigit(text.charAt(i)) || (i > 0 && Tokenizer.isDigit(text.charAt(i - 1)))) {
                continue;
            }
            int dot = Tokenizer.isDigit(text.charAt(i + 1)) ? i + 2 : i + 1;
            if (dot + 1 < text.length() && text.charAt(dot) == '.' && Tokenizer.isDigit(text.charAt(dot + 1))) {
                return i;
            }
        }
        return -1;
    }

    /** The start of the period word ("from", "з") right before {@code at}, or -1 when there is none. */
    private int wordBefore(String text, int at) {
        int end = at;
        while (end > 0 && Tokenizer.isSpace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        boolean word = start < end && end < at && periodFrom.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
        return word ? start : -1;
    }

    private static int number(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }
}
