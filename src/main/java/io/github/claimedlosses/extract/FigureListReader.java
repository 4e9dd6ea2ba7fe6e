package io.github.claimedlosses.extract;

import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.model.Side;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Reads lists of loss figures as news sites repost the General Staff's bulletin, in any language of {@code lang/}:
 * items {@code name — [qualifier] total [unit] [(+change [words])]}, one a line with any bullet, dash or emoji, or
 * run together in one paragraph with commas or semicolons, or one a line with the total first ({@code * 8,940 tanks},
 * {@code • 1 546 (+2) РСЗВ}); the name a category in any of its inflections. A run of
 * at least {@link #MIN_ITEMS} consecutive items is a list (fewer is left to prose). The claimant is the one the text
 * before the list attributes it to (the bulletin claimant when none), the side the claimant's adversary, the date
 * the last date of the header before the list ({@code станом на 15 березня 2025}, {@code Stand: 15. Januar 2024},
 * the end of {@code с 24.02.22 по 30.05.24}), else the document's. Immutable.
 */
final class FigureListReader {
    /** The fewest consecutive items that make a list. */
    static final int MIN_ITEMS = 3;
    /** The most words a name has. */
    private static final int MAX_NAME_WORDS = 7;
    /** How far before the first item the header (its claimant and date) may begin. */
    private static final int HEADER_REACH = 400;
    /** The most tokens inside the parentheses of a change: {@code (+4 за минулу добу)}. */
    private static final int MAX_CHANGE_TOKENS = 8;

    private final Lexicon lexicon;
    private final ClaimantRules claimants;
    private final TimeExpressions times;
    private final PhraseIndex<Boolean> units;
    private final LossContext context;

    /** What besides the bulletins' dashes may end an item's name: "tanks: 6,747", "tanks = 6747". */
    private static final String OTHER_SEPARATORS = ":=";
    /**
     * The characters that end an item's name: the bulletins' dashes and {@link #OTHER_SEPARATORS} (a set of bits, as
     * every character of a paragraph is tested).
     */
    private final BitSet separators = new BitSet();

    FigureListReader(Lexicon lexicon, ClaimantRules claimants, TimeExpressions times, List<String> units,
                     List<String> dashes, LossContext context) {
        this.context = context;
        (String.join("", dashes) + OTHER_SEPARATORS).chars().forEach(separators::set);
        this.lexicon = lexicon;
        this.claimants = claimants;
        this.times = times;
        this.units = PhraseIndex.of(units, true, "bulletins.json units");
    }

    /** One item: its category, total and change, and where its name starts and it ends (token indexes). */
    private record Item(int nameStart, int end, Category category, int totalToken, double total, Qualifier qualifier,
                        int changeIndex, Double change, boolean totalFirst) {
    }

    /**
     * Adds the figures of every list in the paragraphs of {@code [from, to)} to {@code findings}; returns the
     * stretches the lists cover.
     */
    List<int[]> extract(TokenizedText doc, int from, int to, LocalDate documentDate, Language documentLanguage,
                        Findings findings) {
        String text = doc.text();
        List<int[]> covered = new ArrayList<>();
        int start = from;
        while (start < to) {
            int end = paragraphEnd(text, start, to);
            if (mayHoldList(text, start, end)) {
                block(doc, start, end, documentDate, documentLanguage, findings, covered);
            }
            start = end + 1;
        }
        return covered;
    }

    /** The end of the paragraph starting at {@code start}: the next blank line, or {@code to}. */
    private static int paragraphEnd(String text, int start, int to) {
        int i = start;
        while (i < to) {
            int nl = text.indexOf('\n', i);
            if (nl < 0 || nl >= to) {
                return to;
            }
            int j = nl + 1;
            while (j < to && text.charAt(j) != '\n' && Tokenizer.isSpace(text.charAt(j))) {
                j++;
            }
            if (j >= to || text.charAt(j) == '\n') {
                return nl;
            }
            i = j;
        }
        return to;
    }

    /**
     * A cheap test: at least {@link #MIN_ITEMS} digits right after a dash or colon (and spaces), or lines that open
     * with a digit after their bullet.
     */
    private boolean mayHoldList(String text, int from, int to) {
        return separatedDigits(text, from, to) >= MIN_ITEMS || linesOpeningWithDigits(text, from, to) >= MIN_ITEMS;
    }

    /** How many lines of {@code [from, to)} have a digit as their first letter or digit (after bullets and spaces). */
    private static int linesOpeningWithDigits(String text, int from, int to) {
        int count = 0;
        int line = from;
        while (line < to) {
            int j = line;
            while (j < to && text.charAt(j) != '\n' && !Character.isLetterOrDigit(text.charAt(j))) {
                j++;
            }
            if (j < to && Tokenizer.isDigit(text.charAt(j))) {
                count++;
            }
            int next = text.indexOf('\n', line);
            line = next < 0 || next >= to ? to : next + 1;
        }
        return count;
    }

    private int separatedDigits(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (separators.get(c)) {
                int j = i + 1;
                while (j < to && Tokenizer.isSpace(text.charAt(j))) {
                    j++;
                }
                while (j < to && Character.isLetter(text.charAt(j)) && j - i < 12) {
                    j++;
                }
                while (j < to && (Tokenizer.isSpace(text.charAt(j)) || text.charAt(j) == '.')) {
                    j++;
                }
                if (j < to && Tokenizer.isDigit(text.charAt(j)) && ++count >= MIN_ITEMS) {
                    return count;
                }
            }
        }
        return count;
    }

    private void block(TokenizedText doc, int from, int to, LocalDate documentDate, Language documentLanguage,
                       Findings findings, List<int[]> covered) {
        String text = doc.text();
        List<Token> tokens = doc.tokens(from, to);
        Language language = Languages.standard().detect(tokens, 0, tokens.size(), documentLanguage);
        List<Item> run = new ArrayList<>();
        boolean[] listSeen = {false};
        int i = 0;
        while (i < tokens.size()) {
            Item item = tokens.get(i).type() != Token.Type.NUMERAL ? null : opensLine(text, tokens, i)
                    ? totalFirstItemAt(text, tokens, i, language) : itemAt(text, tokens, i, language);
            if (item != null && (run.isEmpty() || adjacent(text, tokens, run.get(run.size() - 1), item))) {
                run.add(item);
                i = item.end();
                continue;
            }
            if (item != null) {
                flush(text, tokens, run, documentDate, from, listSeen, findings, covered);
                run.clear();
                run.add(item);
                i = item.end();
                continue;
            }
            i++;
        }
        flush(text, tokens, run, documentDate, from, listSeen, findings, covered);
    }

    /** Whether only separators stand between two items. */
    private static boolean adjacent(String text, List<Token> tokens, Item previous, Item next) {
        for (int k = previous.end(); k < next.nameStart(); k++) {
            if (tokens.get(k).type() != Token.Type.SYMBOL) {
                return false;
            }
        }
        return true;
    }

    /** The item whose total is the numeral at token {@code at}, or null. */
    private Item itemAt(String text, List<Token> tokens, int at, Language language) {
        int before = at;
        PhraseIndex.Match<Qualifier> qualifier = lexicon.qualifiers().endingAt(tokens, Math.max(0, at - 4), at);
        if (qualifier != null) {
            before = qualifier.start();
        }
        if (before == 0) {
            return null;
        }
        Token separator = tokens.get(before - 1);
        int nameEnd;
        if (separator.type() == Token.Type.SYMBOL && isSeparator(separator.norm())) {
            nameEnd = before - 1;
        } else if (separator.type() == Token.Type.WORD && !lineBreakBetween(text, separator, tokens.get(before))) {
            nameEnd = before;
        } else {
            return null;
        }
        if (nameEnd == 0 || tokens.get(nameEnd - 1).type() != Token.Type.WORD) {
            return null;
        }
        int nameStart = nameEnd;
        int words = 0;
        while (nameStart > 0 && words < MAX_NAME_WORDS) {
            Token previous = tokens.get(nameStart - 1);
            boolean joins = previous.type() == Token.Type.WORD
                    || (previous.isSymbol("/") && nameStart - 1 > 0 && tokens.get(nameStart - 2).type() == Token.Type.WORD);
            if (!joins || lineBreakBetween(text, previous, tokens.get(nameStart))) {
                break;
            }
            words += previous.type() == Token.Type.WORD ? 1 : 0;
            nameStart--;
        }
        PhraseIndex.Match<Category> category = null;
        for (int s = nameStart; s < nameEnd && category == null; s++) {
            if (tokens.get(s).type() != Token.Type.WORD) {
                continue;
            }
            PhraseIndex.Match<Category> match = lexicon.categoryAt(tokens, s, nameEnd, language);
            if (match != null && match.end() == nameEnd) {
                category = match;
            }
        }
        if (category == null) {
            return null;
        }
        NumberReader.Quantity total = lexicon.numbers().quantityAt(tokens, at, language);
        if (total == null || total.value() != Math.rint(total.value()) || total.value() < 0) {
            return null;
        }
        int end = skipUnits(tokens, total.end());
        Change change = changeAt(tokens, end, language);
        if (change != null) {
            end = skipUnits(tokens, change.end());
        }
        return new Item(category.start(), end, category.value(), at, total.value(),
                qualifier == null ? Qualifier.EXACT : qualifier.value(), change == null ? -1 : change.index(),
                change == null ? null : change.value(), false);
    }

    /** Whether the numeral at token {@code at} is the first word or number of its line (after its bullet). */
    private static boolean opensLine(String text, List<Token> tokens, int at) {
        int k = at - 1;
        while (k >= 0 && tokens.get(k).type() == Token.Type.SYMBOL && !lineBreakBetween(text, tokens.get(k),
                tokens.get(k + 1))) {
            k--;
        }
        return k < 0 || lineBreakBetween(text, tokens.get(k), tokens.get(k + 1));
    }

    /**
     * The item of a line that states its total first, at token {@code at}: {@code total [(+change)] name}, the name
     * a category that ends the line (or its item, before a comma or semicolon); null when the line is not one.
     */
    private Item totalFirstItemAt(String text, List<Token> tokens, int at, Language language) {
        NumberReader.Quantity total = lexicon.numbers().quantityAt(tokens, at, language);
        if (total == null || total.value() != Math.rint(total.value()) || total.value() < 0) {
            return null;
        }
        int nameStart = total.end();
        Change change = changeAt(tokens, nameStart, language);
        if (change != null) {
            nameStart = change.end();
        }
        if (nameStart >= tokens.size() || lineBreakBetween(text, tokens.get(nameStart - 1), tokens.get(nameStart))) {
            return null;
        }
        PhraseIndex.Match<Category> category = lexicon.categoryAt(tokens, nameStart, tokens.size(), language);
        if (category == null) {
            return null;
        }
        int end = category.end();
        if (change == null) {
            change = changeAt(tokens, end, language);
            end = change != null ? change.end() : end;
        }
        boolean endsItem = end == tokens.size() || lineBreakBetween(text, tokens.get(end - 1), tokens.get(end))
                || tokens.get(end).isSymbol(",") || tokens.get(end).isSymbol(";") || tokens.get(end).isSymbol(".");
        if (!endsItem) {
            return null;
        }
        return new Item(at, end, category.value(), at, total.value(), Qualifier.EXACT,
                change == null ? -1 : change.index(), change == null ? null : change.value(), true);
    }

    /**
     * The parentheses of a change: its value and the character index of its number (null and -1 when they hold
     * none, as in {@code (+)}), and the token after them.
     */
    private record Change(Double value, int index, int end) {
    }

    /**
     * The change written in parentheses at token {@code at} ({@code (+23)}, {@code (+4 за минулу добу)}, an empty
     * {@code (+)}), or null when no closed parentheses start there.
     */
    private Change changeAt(List<Token> tokens, int at, Language language) {
        if (at >= tokens.size() || !tokens.get(at).isSymbol("(")) {
            return null;
        }
        int close = at + 1;
        while (close < tokens.size() && close - at <= MAX_CHANGE_TOKENS && !tokens.get(close).isSymbol(")")) {
            close++;
        }
        if (close >= tokens.size() || !tokens.get(close).isSymbol(")")) {
            return null;
        }
        int k = at + 1;
        int sign = 1;
        if (k < close && tokens.get(k).type() == Token.Type.SYMBOL && "+-−–".contains(tokens.get(k).norm())) {
            sign = tokens.get(k).norm().equals("+") ? 1 : -1;
            k++;
        }
        if (k < close && tokens.get(k).type() == Token.Type.NUMERAL) {
            NumberReader.Quantity amount = lexicon.numbers().quantityAt(tokens, k, language);
            if (amount != null && amount.value() == Math.rint(amount.value())) {
                return new Change(sign * amount.value(), tokens.get(k).start(), close + 1);
            }
        }
        return new Change(null, -1, close + 1);
    }

    private int skipUnits(List<Token> tokens, int from) {
        int end = from;
        PhraseIndex.Match<Boolean> unit;
        while (end < tokens.size() && (unit = units.longestAt(tokens, end, tokens.size())) != null) {
            end = unit.end();
        }
        return end;
    }

    private boolean isSeparator(String symbol) {
        return symbol.length() == 1 && separators.get(symbol.charAt(0));
    }

    private static boolean lineBreakBetween(String text, Token a, Token b) {
        for (int i = a.end(); i < b.start(); i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** Adds the run's figures when it is long enough to be a list. */
    private void flush(String text, List<Token> tokens, List<Item> run, LocalDate documentDate, int blockStart,
                       boolean[] listSeen, Findings findings, List<int[]> covered) {
        // after a list in the same paragraph, fewer items go on with it (a line between them was not understood)
        if (run.isEmpty() || (run.size() < MIN_ITEMS && !listSeen[0])) {
            return;
        }
        listSeen[0] = true;
        int listStart = tokens.get(run.get(0).nameStart()).start();
        int headerStart = Math.max(0, listStart - HEADER_REACH);
        List<Token> header = Tokenizer.tokenize(text, headerStart, listStart);
        if (run.get(0).totalFirst() && !speaksOfLosses(run, header)) {
            return; // "The package includes:\n- 60 tanks\n- 100 armoured vehicles" counts no losses
        }
        List<PhraseIndex.Match<Claimant>> attributions = claimants.attributions(header);
        Claimant claimant = attributions.isEmpty() ? claimants.bulletin()
                : attributions.get(attributions.size() - 1).value();
        Side side = claimants.rule(claimant).adversary();
        if (side == null) {
            findings.warn(tokens.get(run.get(0).totalToken()).start(), "whose losses the list of figures counts is not"
                    + " stated; it is skipped");
            return;
        }
        LocalDate date = headerDate(text, header, headerStart, listStart, documentDate);
        Kind totalKind = claimants.rule(claimant).kind() == Kind.ESTIMATE ? Kind.ESTIMATE : Kind.CUMULATIVE;
        int listEnd = tokens.get(run.get(run.size() - 1).end() - 1).end();
        for (Item item : run) {
            int index = tokens.get(item.totalToken()).start();
            if (date == null) {
                findings.warn(index, "nothing in the text dates this figure; its date is left empty");
            }
            int lineStart = Math.max(text.lastIndexOf('\n', index) + 1, listStart);
            int lineEnd = text.indexOf('\n', index);
            String quote = findings.quote(lineStart, lineEnd < 0 || lineEnd > listEnd ? listEnd : lineEnd, index);
            findings.claim(index, new Claim(date, null, claimant, side, item.category(), item.total(), item.qualifier(),
                    null, null, totalKind, findings.provenance(index, quote)));
            if (item.change() != null) {
                findings.claim(item.changeIndex(), new Claim(date, null, claimant, side, item.category(), item.change(),
                        Qualifier.EXACT, null, null, Kind.INCREMENT, findings.provenance(item.changeIndex(), quote)));
            }
        }
        covered.add(new int[] {Math.max(blockStart, text.lastIndexOf('\n', listStart) + 1), listEnd});
    }

    /**
     * Whether a list of totals written first speaks of losses, as a bulletin's name-first list always does: an item
     * states a change, or the header has a loss cue and no cue that denies a loss (deliveries, stocks).
     */
    private boolean speaksOfLosses(List<Item> run, List<Token> header) {
        return run.stream().anyMatch(item -> item.change() != null)
                || context.speaksOfLosses(header) && !context.deniesLoss(header, 0, header.size());
    }

    /**
     * The last date of the header, resolved against the document's date; else that date. Neither a period's start,
     * the invasion's first day ("since February 24, 2022") nor the day a change is counted for ("за минулу добу, 26
     * жовтня") dates the totals of the list: the bulletin gives them as of its own date.
     */
    private LocalDate headerDate(String text, List<Token> header, int from, int to, LocalDate documentDate) {
        TimeMention last = null;
        int t = 0;
        for (TimeMention mention : times.find(text, header, from, to)) {
            while (t < header.size() && header.get(t).start() < mention.start()) {
                t++;
            }
            if (mention.dates() && !context.followsIncrementCue(header, t)
                    && !mention.namesInvasionsFirstDay(documentDate)) {
                last = mention;
            }
        }
        LocalDate date = last == null ? null : last.resolve(documentDate);
        return date != null ? date : documentDate;
    }
}
