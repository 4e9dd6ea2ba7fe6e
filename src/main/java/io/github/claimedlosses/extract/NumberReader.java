package io.github.claimedlosses.extract;

import java.util.ArrayList;
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

    private final Map<String, Double> units;
    private final Map<String, Double> scales;
    private final Map<String, Double> suffixes;
    private final Set<String> articles;
    private final Set<String> joiners;
    private final Map<String, Double> multipliers;
    private final PhraseIndex<Boolean> times;
    private final PhraseIndex<Boolean> references;
    private final PhraseIndex<Boolean> rangeConnectors;
    private final Map<String, String> rangeOpeners;

    private NumberReader(DataFile file) {
        this.units = file.map("units", node -> node.asDouble());
        units.putAll(file.map("tens", node -> node.asDouble()));
        this.scales = file.map("scales", node -> node.asDouble());
        this.suffixes = file.map("suffixes", node -> node.asDouble());
        this.articles = new HashSet<>(file.strings("articles"));
        this.joiners = new HashSet<>(file.strings("joiners"));
        this.multipliers = file.map("multipliers", node -> node.asDouble());
        this.times = PhraseIndex.of(file.strings("times"), true, FILE + " times");
        this.references = PhraseIndex.of(file.strings("references"), true, FILE + " references");
        this.rangeConnectors = PhraseIndex.of(file.strings("rangeConnectors"), true, FILE + " rangeConnectors");
        this.rangeOpeners = file.map("rangeOpeners", node -> node.asText());
    }

    /** The reader described by the data file. */
    static NumberReader load() {
        return new NumberReader(DataFile.load(FILE));
    }

    /** Every number among {@code tokens}, left to right, none overlapping. */
    List<Mention> mentions(List<Token> tokens) {
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Mention mention = mentionAt(tokens, i);
            if (mention == null) {
                i++;
            } else {
                mentions.add(mention);
                i = mention.end();
            }
        }
        return mentions;
    }

    private Mention mentionAt(List<Token> tokens, int i) {
        Mention between = openedRange(tokens, i);
        if (between != null) {
            return between;
        }
        Double factor = multipliers.get(tokens.get(i).norm());
        if (factor != null) {
            PhraseIndex.Match<Boolean> reference = references.longestAt(tokens, i + 1, tokens.size());
            return reference == null ? null : new Mention(Mention.Type.MULTIPLE, i, reference.end(), factor, null, null);
        }
        Quantity quantity = quantityAt(tokens, i);
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
            Quantity high = quantityAt(tokens, connector.end());
            if (high != null && high.value > quantity.value) {
                return range(i, high.end, quantity.value, high.value);
            }
        }
        return new Mention(Mention.Type.COUNT, i, quantity.end, quantity.value, null, null);
    }

    /** {@code between 50 and 60}: the mention starts at the first number. */
    private Mention openedRange(List<Token> tokens, int i) {
        String closer = rangeOpeners.get(tokens.get(i).norm());
        if (closer == null || i + 1 >= tokens.size()) {
            return null;
        }
        Quantity low = quantityAt(tokens, i + 1);
        if (low == null || low.end >= tokens.size() || !tokens.get(low.end).norm().equals(closer)) {
            return null;
        }
        Quantity high = quantityAt(tokens, low.end + 1);
        return high == null || high.value <= low.value ? null : range(i + 1, high.end, low.value, high.value);
    }

    private static Mention range(int start, int end, double low, double high) {
        return new Mention(Mention.Type.COUNT, start, end, (low + high) / 2, low, high);
    }

    /** A number written as a numeral or in words at token {@code i}, with any scale words after it; or null. */
    Quantity quantityAt(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return null;
        }
        Token token = tokens.get(i);
        Quantity quantity;
        if (token.type() == Token.Type.NUMERAL
                || (token.type() == Token.Type.WORD && Character.isDigit(token.norm().charAt(0)))) {
            double value = numeral(token.norm());
            quantity = Double.isNaN(value) ? null : new Quantity(value, i + 1);
        } else {
            quantity = inWords(tokens, i);
        }
        if (quantity == null) {
            return null;
        }
        double value = quantity.value;
        int end = quantity.end;
        while (end < tokens.size() && scales.containsKey(tokens.get(end).norm())) {
            value *= scales.get(tokens.get(end).norm());
            end++;
        }
        return Double.isFinite(value) ? new Quantity(value, end) : null;
    }

    /**
     * The value of a numeral token: digits, optionally grouped by thousands with commas or spaces (every group after
     * the first exactly three digits), optionally with a decimal part, optionally with a suffix ({@code 70k}).
     * NaN when the token is no such numeral ({@code 575th}, {@code 1,23}) or too large for a double.
     */
    double numeral(String norm) {
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
        double value = Double.parseDouble(fraction.isEmpty() ? ungrouped : ungrouped + "." + fraction) * scale;
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
    private Quantity inWords(List<Token> tokens, int i) {
        int j = i;
        double total = 0;
        double current = 0;
        boolean any = false;
        if (articles.contains(tokens.get(j).norm()) && j + 1 < tokens.size()
                && scales.containsKey(tokens.get(j + 1).norm())) {
            current = 1;
            any = true;
            j++;
        }
        while (j < tokens.size()) {
            String word = tokens.get(j).norm();
            Double small = compound(word);
            Double scale = scales.get(word);
            if (small != null) {
                current += small;
            } else if (scale != null && any) {
                if (scale < 1000) {
                    current = Math.max(current, 1) * scale;
                } else {
                    total += Math.max(current, 1) * scale;
                    current = 0;
                }
            } else if (any && joiners.contains(word) && j + 1 < tokens.size() && compound(tokens.get(j + 1).norm()) != null) {
                j++;
                continue;
            } else {
                break;
            }
            any = true;
            j++;
        }
        return any && j > i ? new Quantity(total + current, j) : null;
    }

    /** A units or tens word, or a hyphenated compound of them ({@code twenty-five}); else null. */
    private Double compound(String word) {
        Double value = units.get(word);
        if (value != null || word.indexOf('-') <= 0 || word.endsWith("-")) {
            return value;
        }
        double sum = 0;
        for (String part : word.split("-")) {
            Double partValue = units.get(part);
            if (partValue == null) {
                return null;
            }
            sum += partValue;
        }
        return sum;
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return !text.isEmpty();
    }

    /** A number and the index of the token after it. */
    record Quantity(double value, int end) {
    }
}
