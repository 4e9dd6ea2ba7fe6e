package io.github.claimedlosses.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds numbers among tokens, in every form the data file {@code numbers.json} describes: numerals with or
 * without thousands separators ({@code 17,500}, {@code 17 500}, {@code 17500}), decimals with a scale
 * ({@code 1.2 million}), suffixed numerals ({@code 70k}), numbers in words ({@code seven},
 * {@code twenty-five}, {@code a dozen}), ranges ({@code 50-60}, {@code between 50 and 60}) and multiples of the
 * previous figure ({@code thrice that number}). Immutable.
 */
final class NumberReader {
    static final String FILE = "numbers.json";
    /**
     * The bit in {@link Openers} of the words a number in words can start with: every language's number words, the
     * tens as starts of words, and the data's articles, range openers and multipliers.
     */
    static final long WORDS = Openers.newBit();
    /** The fields of a language's numbers that are its own, not merged with other languages' (see {@link OwnWords}). */
    private static final String RANGE_OPENERS = "rangeOpeners";
    private static final String RANGE_CLOSERS = "rangeClosers";
    private static final String CASE_SUFFIXES = "caseSuffixes";

    private final Map<String, Double> scales;
    private final Map<String, Double> suffixes;
    private final Set<String> articles;
    /** Words after an article that make it no count of one ("a number of", "a further"). */
    private final Set<String> articleStops;
    /** Scale words that stand for one of their scale at the start of a number ("тисячу двісті", "понад мільйон"). */
    private final Set<String> loneScales;
    /**
     * Scale words in the genitive that count one of their scale after a word of comparing ("более тысячи",
     * "близько тисячі": about a thousand), and those words ({@code genitiveScaleOpeners}).
     */
    private final Set<String> genitiveScales;
    private final Set<String> genitiveScaleOpeners;
    /** Fractions of a scale written before it, with or without an article ("half a million", "пів мільйона"). */
    private final Map<String, Double> fractions;
    private final Set<String> joiners;
    /** Category nouns that count one as an item of a list of counts ("до 260 военнослужащих, танк и ..."). */
    private final Set<String> listedNouns;
    /** Words that join the items of a list ("и", "та"), where a listed noun may follow. */
    private final Set<String> listJoiners;
    private final Map<String, Double> multipliers;
    private final PhraseIndex<Boolean> times;
    private final PhraseIndex<Boolean> references;
    /**
     * How many times its low end a range's high end can be: "2,000 to 4,000" is a range, "since February 2022 to
     * 427,580" is a year and a figure.
     */
    private static final double MAX_RANGE_RATIO = 10;
    private final PhraseIndex<Boolean> rangeConnectors;
    /** The words of each language's own by its code, with the data's language-neutral ones. */
    private final Map<String, OwnWords> own = new HashMap<>();
    private final OwnWords neutral;
    private final PhraseIndex<Boolean> halves;
    /** The generation of {@link Openers} that knows the data's words under {@link #WORDS}. */
    private final int generation;

    private NumberReader(DataFile file) {
        this.scales = file.map("scales", node -> node.asDouble());
        this.suffixes = file.map("suffixes", node -> node.asDouble());
        this.articles = new HashSet<>(file.strings("articles"));
        this.articleStops = new HashSet<>(file.strings("articleStops"));
        this.loneScales = new HashSet<>(file.strings("loneScales"));
        this.genitiveScales = new HashSet<>(file.strings("genitiveScales"));
        this.genitiveScaleOpeners = new HashSet<>(file.strings("genitiveScaleOpeners"));
        this.fractions = file.map("fractions", node -> node.asDouble());
        this.joiners = new HashSet<>(file.strings("joiners"));
        this.listedNouns = new HashSet<>();
        file.strings("listedNouns").forEach(noun -> listedNouns.add(Tokenizer.tokenize(noun).get(0).norm()));
        this.listJoiners = new HashSet<>(file.strings("listJoiners"));
        this.multipliers = file.map("multipliers", node -> node.asDouble());
        this.times = PhraseIndex.of(file.strings("times"), true, FILE + " times");
        this.references = PhraseIndex.of(file.strings("references"), true, FILE + " references");
        this.rangeConnectors = PhraseIndex.of(file.strings("rangeConnectors"), true, FILE + " rangeConnectors");
        this.neutral = new OwnWords(file.map(RANGE_OPENERS, JsonNode::asText),
                file.map(RANGE_CLOSERS, JsonNode::asText), Set.copyOf(file.strings(CASE_SUFFIXES)));
        this.halves = PhraseIndex.of(file.strings("halves"), true, FILE + " halves");
        Set<String> starters = new HashSet<>(articles);
        starters.addAll(loneScales);
        starters.addAll(genitiveScales);
        starters.addAll(fractions.keySet());
        for (Language language : Languages.standard().all()) {
            OwnWords words = neutral.with(language.words().path("numbers"));
            own.put(language.code(), words);
            starters.addAll(words.rangeOpeners().keySet());
        }
        starters.addAll(multipliers.keySet());
        this.generation = Openers.register(WORDS, starters, Set.of());
    }

    /** The reader described by the data file. */
    static NumberReader load() {
        return new NumberReader(DataFile.withLanguages(FILE, "numbers", Set.of(RANGE_OPENERS, RANGE_CLOSERS,
                CASE_SUFFIXES)));
    }

    /** Every number among {@code tokens} read as English, left to right, none overlapping. */
    List<Mention> mentions(List<Token> tokens) {
        return mentions(tokens, Languages.standard().fallback());
    }

    /** A number at token {@code i} read as English (see {@link #quantityAt(List, int, Language)}). */
    Quantity quantityAt(List<Token> tokens, int i) {
        return quantityAt(tokens, i, Languages.standard().fallback());
    }

    /** Every number among {@code tokens}, left to right, none overlapping. */
    List<Mention> mentions(List<Token> tokens, Language language) {
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Mention mention = mentionAt(tokens, i, language);
            if (mention == null && !mentions.isEmpty()) {
                mention = listedArticle(tokens, i);
            }
            if (mention == null) {
                i++;
            } else {
                mentions.add(mention);
                i = mention.end();
            }
        }
        return mentions;
    }

    /**
     * An article in a list after a count ("..., a tank and three motor vehicles", "and an armored personnel
     * carrier"): after a comma or a joiner, not before a number or a word that makes it no one ({@code
     * articleStops}: "a number of", "a further 20"); else null.
     */
    private Mention listedArticle(List<Token> tokens, int i) {
        if (i > 0 && listedNouns.contains(tokens.get(i).norm())) {
            Token before = tokens.get(i - 1);
            return before.isSymbol(",") || listJoiners.contains(before.norm())
                    ? new Mention(Mention.Type.LISTED_NOUN, i, i + 1, 1, null, null) : null;
        }
        if (i == 0 || i + 1 >= tokens.size() || !articles.contains(tokens.get(i).norm())) {
            return null;
        }
        Token before = tokens.get(i - 1);
        Token next = tokens.get(i + 1);
        boolean listed = before.isSymbol(",") || joiners.contains(before.norm());
        return listed && next.type() == Token.Type.WORD && !Tokenizer.isDigit(next.norm().charAt(0))
                && !articleStops.contains(next.norm()) ? new Mention(Mention.Type.LISTED_ARTICLE, i, i + 1, 1, null, null)
                : null;
    }

    private Mention mentionAt(List<Token> tokens, int i, Language language) {
        if (!mayStart(tokens.get(i), language)) {
            return null;
        }
        Mention between = openedRange(tokens, i, language);
        if (between != null) {
            return between;
        }
        Double factor = multipliers.get(tokens.get(i).norm());
        if (factor != null) {
            PhraseIndex.Match<Boolean> reference = references.longestAt(tokens, i + 1, tokens.size());
            if (reference != null) {
                return new Mention(Mention.Type.MULTIPLE, i, reference.end(), factor, null, null);
            }
            if (!fractions.containsKey(tokens.get(i).norm())) {
                return null; // "half a million" goes on as a number
            }
        }
        Quantity quantity = quantityAt(tokens, i, language);
        if (quantity == null) {
            return null;
        }
        PhraseIndex.Match<Boolean> timesWord = times.longestAt(tokens, quantity.end, tokens.size());
        if (timesWord != null) {
            PhraseIndex.Match<Boolean> reference = references.longestAt(tokens, timesWord.end(), tokens.size());
            if (reference != null) {
                return new Mention(Mention.Type.MULTIPLE, i, reference.end(), quantity.value, null, null);
            }
        }
        PhraseIndex.Match<Boolean> connector = rangeConnectors.longestAt(tokens, quantity.end, tokens.size());
        if (connector != null) {
            Quantity high = quantityAt(tokens, connector.end(), language);
            double low = high == null ? quantity.value : lowEnd(quantity, high);
            if (high != null && isRange(low, high.value)) {
                return range(i, high.end, low, high.value);
            }
        }
        Mention closed = closedRange(tokens, i, quantity, language);
        if (closed != null) {
            return closed;
        }
        return new Mention(Mention.Type.COUNT, i, quantity.end, quantity.value, null, null);
    }

    /**
     * Whether a number may start at {@code token}: a numeral, or a word that {@link #WORDS} knows (a hyphenated
     * word by its first part, {@code twenty-five}); a quick test that passes over most words.
     */
    private boolean mayStart(Token token, Language language) {
        String norm = token.norm();
        if (token.type() == Token.Type.NUMERAL || Tokenizer.isDigit(norm.charAt(0))
                || token.mayOpen(WORDS, Math.max(generation, language.numberWordsGeneration()))) {
            return true;
        }
        int dash = norm.indexOf('-');
        return dash > 0 && Openers.mayOpen(norm.substring(0, dash), WORDS);
    }

    /** {@code between 50 and 60}: the mention starts at the first number. */
    private Mention openedRange(List<Token> tokens, int i, Language language) {
        String closer = own(language).rangeOpeners().get(tokens.get(i).norm());
        if (closer == null || i + 1 >= tokens.size()) {
            return null;
        }
        Quantity low = quantityAt(tokens, i + 1, language);
        if (low == null || low.end >= tokens.size() || !tokens.get(low.end).norm().equals(closer)) {
            return null;
        }
        Quantity high = quantityAt(tokens, low.end + 1, language);
        double lowEnd = high == null ? low.value : lowEnd(low, high);
        return high == null || !isRange(lowEnd, high.value) ? null : range(i + 1, high.end, lowEnd, high.value);
    }

    /**
     * {@code 180 bin ile 220 bin arasında}: {@code low} at token {@code i}, a joiner, the high end and the joiner's
     * closer, which the mention spans; null when they are not there.
     */
    private Mention closedRange(List<Token> tokens, int i, Quantity low, Language language) {
        String closer = low.end < tokens.size() ? own(language).rangeClosers().get(tokens.get(low.end).norm()) : null;
        Quantity high = closer == null ? null : quantityAt(tokens, low.end + 1, language);
        if (high == null || high.end >= tokens.size() || !tokens.get(high.end).norm().equals(closer)) {
            return null;
        }
        double lowEnd = lowEnd(low, high);
        return isRange(lowEnd, high.value) ? range(i, high.end + 1, lowEnd, high.value) : null;
    }

    /** Whether {@code low} and {@code high} can be a range's ends: ascending, and less than ten times apart. */
    private static boolean isRange(double low, double high) {
        return high > low && high <= MAX_RANGE_RATIO * low;
    }

    /** The words {@code language} has of its own. */
    private OwnWords own(Language language) {
        return own.getOrDefault(language.code(), neutral);
    }

    /** The value of a range's low end: "175—200 тисяч", "1 to 2 million" write the scale once, after the high end. */
    private static double lowEnd(Quantity low, Quantity high) {
        double scaled = low.value * high.scale;
        return low.scale == 1 && high.scale > 1 && scaled <= high.value ? scaled : low.value;
    }

    private static Mention range(int start, int end, double low, double high) {
        return new Mention(Mention.Type.COUNT, start, end, (low + high) / 2, low, high);
    }

    /** A number written as a numeral or in words at token {@code i}, with any scale words after it; or null. */
    Quantity quantityAt(List<Token> tokens, int i, Language language) {
        if (i >= tokens.size()) {
            return null;
        }
        Token token = tokens.get(i);
        Quantity quantity;
        if (token.type() == Token.Type.NUMERAL
                || (token.type() == Token.Type.WORD && Tokenizer.isDigit(token.norm().charAt(0)))) {
            double value = numeral(withoutCaseSuffix(token, language), language.decimalSeparator());
            quantity = Double.isNaN(value) ? null : new Quantity(value, i + 1);
        } else {
            quantity = mayStart(token, language) ? inWords(tokens, i, language) : null;
        }
        if (quantity == null) {
            return null;
        }
        double value = quantity.value;
        int end = quantity.end;
        PhraseIndex.Match<Boolean> half = value == Math.rint(value) ? halves.longestAt(tokens, end, tokens.size())
                : null;
        if (half != null) { // "семь с половиной тысяч"
            value += 0.5;
            end = half.end();
        }
        Double scale;
        boolean scaled = false;
        double applied = 1;
        while (end < tokens.size() && (scale = scale(tokens.get(end).norm(), language)) != null) {
            value *= scale;
            applied *= scale;
            end++;
            scaled = true;
            if (end < tokens.size() && tokens.get(end).isSymbol(".") && end + 1 < tokens.size()
                    && tokens.get(end).start() == tokens.get(end - 1).end()) {
                end++;
            }
            // "23 bin 400": the rest of the number after its scale word
            if (end < tokens.size() && tokens.get(end).type() == Token.Type.NUMERAL) {
                double rest = numeral(tokens.get(end).norm(), language.decimalSeparator());
                if (rest == Math.rint(rest) && rest > 0 && rest < scale && rest >= scale / 1000
                        && value == Math.rint(value)) {
                    value += rest;
                    end++;
                }
            }
        }
        if (!scaled && value != Math.rint(value) && !isFollowedByTimes(tokens, end)) {
            return null;
        }
        return Double.isFinite(value) ? new Quantity(value, end, applied) : null;
    }

    /**
     * The text of a numeral token without a case suffix of {@code language} after a hyphen ({@code 1210} of
     * {@code 1210-zel}); its text when it has none.
     */
    private String withoutCaseSuffix(Token token, Language language) {
        String norm = token.norm();
        int hyphen = token.type() == Token.Type.WORD ? norm.lastIndexOf('-') : -1;
        return hyphen > 0 && Tokenizer.isDigit(norm.charAt(hyphen - 1))
                && own(language).caseSuffixes().contains(norm.substring(hyphen + 1)) ? norm.substring(0, hyphen) : norm;
    }

    /**
     * The value of a numeral token: digits, optionally grouped by thousands with commas or spaces (every group after
     * the first exactly three digits), optionally with a decimal part, optionally with a suffix ({@code 70k}).
     * NaN when the token is no such numeral ({@code 575th}, {@code 1,23}) or too large for a double.
     */
    double numeral(String norm) {
        return numeral(norm, '.');
    }

    /**
     * The value of a numeral token whose decimal separator is {@code decimal}: with a full stop, commas or spaces
     * group thousands ({@code 1,130}, {@code 12 345}); with a comma, full stops or spaces do ({@code 12.345}) and
     * the comma starts a fraction ({@code 31,4}), except before exactly three digits, where it groups thousands as
     * well ({@code 409,010}: counts are whole numbers).
     */
    double numeral(String norm, char decimal) {
        if (decimal != ',') {
            return dotDecimal(norm);
        }
        int comma = norm.indexOf(',');
        if (comma >= 0 && norm.indexOf(',', comma + 1) < 0) {
            int digits = 0;
            for (int k = comma + 1; k < norm.length() && Tokenizer.isDigit(norm.charAt(k)); k++) {
                digits++;
            }
            if (digits != 3) {
                String whole = norm.substring(0, comma).replace('.', ' ');
                return whole.indexOf(',') >= 0 ? Double.NaN : dotDecimal(whole + "." + norm.substring(comma + 1));
            }
        }
        return dotDecimal(comma >= 0 ? norm : norm.replace('.', ' '));
    }

    private double dotDecimal(String norm) {
        if (isShortAsciiDigits(norm)) {
            return Long.parseLong(norm); // the common case, read as the general path below reads it
        }
        int digitsEnd = norm.length();
        while (digitsEnd > 0 && Character.isLetter(norm.charAt(digitsEnd - 1))) {
            digitsEnd--;
        }
        double scale = 1;
        if (digitsEnd < norm.length()) {
            Double suffix = suffixes.get(norm.substring(digitsEnd));
            if (suffix == null) {
                return Double.NaN;
            }
            scale = suffix;
        }
        String digits = norm.substring(0, digitsEnd);
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        String fraction = dot < 0 ? "" : digits.substring(dot + 1);
        if (whole.isEmpty() || (dot >= 0 && (fraction.isEmpty() || !allDigits(fraction)))) {
            return Double.NaN;
        }
        String ungrouped = ungroup(whole);
        if (ungrouped == null) {
            return Double.NaN;
        }
        double value;
        try {
            value = Double.parseDouble(fraction.isEmpty() ? ungrouped : ungrouped + "." + fraction) * scale;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
        return Double.isFinite(value) ? value : Double.NaN;
    }

    /** The digits of {@code whole} without thousands separators, or null when it is not grouped by thousands. */
    private static String ungroup(String whole) {
        char separator = whole.indexOf(',') >= 0 ? ',' : whole.indexOf(' ') >= 0 ? ' ' : 0;
        if (separator == 0) {
            return allDigits(whole) ? whole : null;
        }
        String[] groups = whole.split(separator == ',' ? "," : " ", -1);
        if (groups[0].isEmpty() || groups[0].length() > 3 || !allDigits(groups[0])) {
            return null;
        }
        for (int g = 1; g < groups.length; g++) {
            if (groups[g].length() != 3 || !allDigits(groups[g])) {
                return null;
            }
        }
        return String.join("", groups);
    }

    /** A number in words ({@code seven}, {@code twenty-five}, {@code one hundred and twenty}, {@code a dozen}). */
    private Quantity inWords(List<Token> tokens, int i, Language language) {
        Quantity fraction = fractionOfScale(tokens, i, language);
        if (fraction != null) {
            return fraction;
        }
        int j = i;
        double total = 0;
        double current = 0;
        boolean any = false;
        if (articles.contains(tokens.get(j).norm()) && j + 1 < tokens.size()
                && scale(tokens.get(j + 1).norm(), language) != null) {
            current = 1;
            any = true;
            j++;
        } else if (loneScales.contains(tokens.get(j).norm())) {
            any = true; // "тисячу двісті десять": the scale word counts once
        } else if (j > 0 && genitiveScales.contains(tokens.get(j).norm())
                && genitiveScaleOpeners.contains(tokens.get(j - 1).norm())) {
            any = true; // "более тысячи военнослужащих": more than one thousand
        }
        while (j < tokens.size()) {
            String word = tokens.get(j).norm();
            Double small = compound(word, language);
            Double scale = scale(word, language);
            if (small != null) {
                current += small;
            } else if (scale != null && any) {
                if (scale < 1000) {
                    current = Math.max(current, 1) * scale;
                } else {
                    total += Math.max(current, 1) * scale;
                    current = 0;
                }
            } else if (any && joiners.contains(word) && j + 1 < tokens.size() && compound(tokens.get(j + 1).norm(), language) != null) {
                j++;
                continue;
            } else {
                break;
            }
            any = true;
            j++;
        }
        // "one" alone is also the indefinite article in many languages: never a count by itself
        boolean lone = j == i + 1 && total + current == 1 && articles.contains(tokens.get(i).norm());
        return any && j > i && !lone ? new Quantity(total + current, j) : null;
    }

    /** "half a million", "пів мільйона": a fraction word, an optional article, then a scale word; else null. */
    private Quantity fractionOfScale(List<Token> tokens, int i, Language language) {
        Double fraction = fractions.get(tokens.get(i).norm());
        if (fraction == null) {
            return null;
        }
        int j = i + 1;
        if (j < tokens.size() && articles.contains(tokens.get(j).norm())) {
            j++;
        }
        Double scale = j < tokens.size() ? scale(tokens.get(j).norm(), language) : null;
        return scale == null || scale < 1000 ? null : new Quantity(fraction * scale, j + 1);
    }

    /** Whether a "times" word follows at {@code end} (a multiple may be a fraction: "2.5 times as many"). */
    private boolean isFollowedByTimes(List<Token> tokens, int end) {
        return times.longestAt(tokens, end, tokens.size()) != null;
    }

    /** The value of a number word below a thousand in {@code language} (ICU's spell-out words); else null. */
    private static Double unit(String word, Language language) {
        Double value = language.numberWord(word);
        return value != null && value < 1000 ? value : null;
    }

    /** The value of a scale word: the data's ({@code тис}, {@code million}) or ICU's thousands and millions. */
    private Double scale(String word, Language language) {
        Double value = scales.get(word);
        if (value != null) {
            return value;
        }
        value = language.numberWord(word);
        return value != null && value >= 100 && value == 100 * Math.pow(10, Math.round(Math.log10(value / 100)))
                ? value : null;
    }

    /**
     * A tens word and a units word written as one ({@code huszonkét}, {@code dvadsaťpäť}): the value of the only split
     * into a multiple of ten from twenty and a unit below ten; else null.
     */
    private static Double joinedTensAndUnit(String word, Language language) {
        for (int cut = 2; cut <= word.length() - 2; cut++) {
            Double tens = unit(word.substring(0, cut), language);
            if (tens == null || tens < 20 || tens % 10 != 0 || tens >= 100) {
                continue;
            }
            Double units = unit(word.substring(cut), language);
            if (units != null && units >= 1 && units < 10) {
                return tens + units;
            }
        }
        return null;
    }

    /** A units or tens word, or a hyphenated compound of them ({@code twenty-five}); else null. */
    private Double compound(String word, Language language) {
        Double value = unit(word, language);
        if (value == null && word.indexOf('-') < 0) {
            return joinedTensAndUnit(word, language);
        }
        if (value != null || word.indexOf('-') <= 0 || word.endsWith("-")) {
            return value;
        }
        double sum = 0;
        for (String part : word.split("-")) {
            Double partValue = unit(part, language);
            if (partValue == null) {
                return null;
            }
            sum += partValue;
        }
        return sum;
    }

    /** Whether {@code text} is 1 to 15 ASCII digits, a whole number a double holds exactly. */
    private static boolean isShortAsciiDigits(String text) {
        if (text.isEmpty() || text.length() > 15) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Tokenizer.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return !text.isEmpty();
    }

    /**
     * The number words of one language that are its own, as the same word means another thing in another language
     * (Spanish "entre 50 y 60", French "entre 50 et 60"): range openers before the low end, each with the joiner
     * between the ends ({@code between ... and}); range closers after the high end, each under the joiner before it
     * ({@code 180 bin ile 220 bin arasında}); case suffixes written after a hyphen onto a numeral ({@code 1210-zel}).
     */
    private record OwnWords(Map<String, String> rangeOpeners, Map<String, String> rangeClosers,
                            Set<String> caseSuffixes) {
        /** These words and those of a language's {@code numbers} section. */
        OwnWords with(JsonNode numbers) {
            Set<String> suffixes = new HashSet<>(caseSuffixes);
            suffixes.addAll(DataFile.strings(numbers.path(CASE_SUFFIXES)));
            return new OwnWords(plus(rangeOpeners, numbers.path(RANGE_OPENERS)),
                    plus(rangeClosers, numbers.path(RANGE_CLOSERS)), Set.copyOf(suffixes));
        }

        private static Map<String, String> plus(Map<String, String> words, JsonNode more) {
            Map<String, String> all = new HashMap<>(words);
            more.properties().forEach(entry -> all.put(entry.getKey(), entry.getValue().asText()));
            return Map.copyOf(all);
        }
    }

    /**
     * A number, the index of the token after it, and the scale its scale words multiplied it by (1 when none:
     * {@code 1000} for {@code 200 тисяч}).
     */
    record Quantity(double value, int end, double scale) {
        Quantity(double value, int end) {
            this(value, end, 1);
        }
    }
}
