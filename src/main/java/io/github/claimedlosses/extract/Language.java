package io.github.claimedlosses.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * One language the extractor reads, from its folder {@code lang/<code>/}: {@code language.json} (the ICU locale,
 * the letters and stop words that detect it, the Lucene token filter that stems its words) and {@code words.json}
 * (its vocabularies, merged into the rules by {@link DataFile#withLanguages}). Numbers follow the locale's decimal
 * separator (ICU's symbols, unless the file overrides it); numbers written in words are the words ICU4J's spell-out
 * rules write for the locale. Immutable and safe to share between threads (stems are cached).
 */
final class Language {
    /** Cached stems per language at most; the cache is cleared when it is full, which keeps memory bounded. */
    private static final int STEM_CACHE = 100_000;

    private final String code;
    private final ULocale locale;
    private final String letters;
    private final Set<String> stopWords;
    private final boolean cyrillic;
    private final String decimalOverride;
    private volatile char decimalSeparator;
    private final JsonNode stemmer;
    private final boolean spellout;
    private final Map<String, String> stems = new ConcurrentHashMap<>();
    private final JsonNode words;
    /** Built on first use, so that a run pays only for the languages its texts are in. */
    private volatile Analyzer analyzer;
    private volatile Map<String, Double> numberWords;
    /** The generation of {@link Openers} that knows the number words; set before {@link #numberWords} is. */
    private volatile int numberWordsGeneration;

    Language(String code, JsonNode settings, JsonNode words) {
        this.code = code;
        this.locale = new ULocale(settings.path("locale").asText(code));
        this.letters = settings.path("letters").asText("");
        this.stopWords = new HashSet<>(DataFile.strings(settings.path("stopWords")));
        this.cyrillic = "Cyrillic".equals(settings.path("script").asText("Latin"));
        this.decimalOverride = settings.path("decimalSeparator").asText("");
        this.stemmer = settings.path("stemmer");
        this.spellout = settings.path("spellout").asBoolean(true);
        this.words = words;
    }

    /** The language's code, its folder's name ({@code uk}). */
    String code() {
        return code;
    }

    /** Letters that only this language of its script writes ({@code іїєґ} for Ukrainian). */
    String letters() {
        return letters;
    }

    /** Frequent short words of the language, which detect it. */
    Set<String> stopWords() {
        return stopWords;
    }

    /** Whether the language is written in Cyrillic. */
    boolean cyrillic() {
        return cyrillic;
    }

    /** The decimal separator of numbers ({@code ,} in Ukrainian and German, {@code .} in English). */
    char decimalSeparator() {
        char separator = decimalSeparator;
        if (separator == 0) {
            separator = decimalOverride.isEmpty() ? DecimalFormatSymbols.getInstance(locale).getDecimalSeparator()
                    : decimalOverride.charAt(0);
            decimalSeparator = separator;
        }
        return separator;
    }

    /** The language's {@code words.json}. */
    JsonNode words() {
        return words;
    }

    /** The value of a number word of the language ({@code сім}, {@code тисяч}); null when it is none. */
    Double numberWord(String word) {
        return numberWords().get(word);
    }

    /**
     * The generation of {@link Openers} from which token masks know this language's number words under
     * {@link NumberReader#WORDS}: the words themselves, and the tens as the starts of words ({@code huszonkét}).
     */
    int numberWordsGeneration() {
        numberWords();
        return numberWordsGeneration;
    }

    private Map<String, Double> numberWords() {
        Map<String, Double> built = numberWords;
        if (built == null) {
            synchronized (this) {
                if (numberWords == null) {
                    Map<String, Double> map = new HashMap<>(numberWords(locale, spellout,
                            words.path("numbers").path("words")));
                    // forms the spell-out rules write that text uses otherwise (German "eines Tages": of a day)
                    DataFile.strings(words.path("numbers").path("notNumbers")).forEach(map::remove);
                    map = Map.copyOf(map);
                    Set<String> tens = new HashSet<>();
                    map.forEach((word, value) -> {
                        if (value >= 20 && value < 100 && value % 10 == 0) {
                            tens.add(word);
                        }
                    });
                    numberWordsGeneration = Openers.register(NumberReader.WORDS, map.keySet(), tens);
                    numberWords = map;
                }
                built = numberWords;
            }
        }
        return built;
    }

    /** The stem of a lower-case word by the language's Lucene filter; the word itself when it has none. */
    String stem(String word) {
        if (stemmer.isMissingNode() || stemmer.isNull()) {
            return word;
        }
        String stem = stems.get(word);
        if (stem == null) {
            stem = analyze(word);
            if (stems.size() >= STEM_CACHE) {
                stems.clear();
            }
            stems.put(word, stem);
        }
        return stem;
    }

    private String analyze(String word) {
        Analyzer built = analyzer;
        if (built == null) {
            synchronized (this) {
                if (analyzer == null) {
                    analyzer = analyzer(code, stemmer);
                }
                built = analyzer;
            }
        }
        try (TokenStream stream = built.tokenStream("word", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String first = stream.incrementToken() ? term.toString() : word;
            stream.end();
            return first.isEmpty() ? word : first.toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A keyword tokenizer, lower case, then the filter the data names ({@code {"filter": "...", ...params}}). */
    private static Analyzer analyzer(String code, JsonNode stemmer) {
        if (stemmer.isMissingNode() || stemmer.isNull()) {
            return null;
        }
        try {
            CustomAnalyzer.Builder builder = CustomAnalyzer.builder().withTokenizer("keyword")
                    .addTokenFilter("lowercase");
            Map<String, String> params = new HashMap<>();
            stemmer.properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
            String filter = params.remove("filter");
            builder.addTokenFilter(filter, params);
            return builder.build();
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("lang/" + code + "/language.json: stemmer " + stemmer + " cannot be built: "
                    + e.getMessage(), e);
        }
    }

    /**
     * The words ICU4J's spell-out rules write for the locale's numbers, in every rule set (genders, cases), each
     * with its value: units, tens and hundreds, and the scale words of thousands and millions; plus the forms the
     * language's {@code numbers.words} adds that ICU does not write (the Hungarian attributive {@code két}).
     */
    private static Map<String, Double> numberWords(ULocale locale, boolean enabled, JsonNode extra) {
        Map<String, Double> words = new HashMap<>();
        extra.properties().forEach(entry -> words.put(entry.getKey(), entry.getValue().asDouble()));
        if (!enabled) {
            return Map.copyOf(words);
        }
        RuleBasedNumberFormat format = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        for (String ruleSet : format.getRuleSetNames()) {
            if (!ruleSet.startsWith("%spellout-cardinal") && !ruleSet.startsWith("%spellout-numbering")) {
                continue;
            }
            for (long n = 1; n < 1000; n = n < 100 ? n + 1 : n + 100) {
                single(words, format.format(n, ruleSet), n);
            }
            for (long n = 21; n < 100; n++) {
                combiningTens(words, format.format(n, ruleSet), n);
            }
            for (long scale : new long[] {1_000, 1_000_000, 1_000_000_000}) {
                for (long k = 2; k <= 9; k++) {
                    String[] parts = split(format.format(k * scale, ruleSet));
                    if (parts.length == 2 && words.containsKey(parts[0])) {
                        words.putIfAbsent(parts[1], (double) scale);
                    }
                }
                String[] one = split(format.format(scale, ruleSet));
                words.putIfAbsent(one[one.length - 1], (double) scale);
            }
        }
        return Map.copyOf(words);
    }

    /**
     * The form a tens word takes before a unit, where the rules write the two as parts of one word ({@code huszon} of
     * {@code huszon-egy}, 21): the first part, worth {@code n} less its unit.
     */
    private static void combiningTens(Map<String, Double> words, String spelled, long n) {
        String[] parts = split(spelled);
        Double unit = parts.length == 2 ? words.get(parts[1]) : null;
        if (unit != null && unit == n % 10) {
            words.putIfAbsent(parts[0], (double) (n - n % 10));
        }
    }

    private static void single(Map<String, Double> words, String spelled, long n) {
        String[] parts = split(spelled);
        if (parts.length == 1) {
            words.putIfAbsent(parts[0], (double) n);
        }
    }

    private static String[] split(String spelled) {
        return spelled.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u02BC', '\'').replace('\u00AD', ' ')
                .strip().split("[\\s\\h]+");
    }

    @Override
    public String toString() {
        return code;
    }
}
