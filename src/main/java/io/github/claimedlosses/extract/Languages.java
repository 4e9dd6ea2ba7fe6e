package io.github.claimedlosses.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The languages the extractor reads, one folder each under {@code lang/} beside this class, listed in
 * {@code lang/languages.json}; and the detection of a stretch's language from its letters and stop words. Adding a
 * language is adding its folder and its code to that list. Immutable.
 */
final class Languages {
    private static final String DIRECTORY = "lang/";

    /** The Cyrillic block, whose letters make a word Cyrillic. */
    private static final char CYRILLIC_FIRST = '\u0400';
    private static final char CYRILLIC_LAST = '\u04FF';
    /** Characters below this have their language bits in an array; the few above it in a map. */
    private static final int LETTER_TABLE = 0x500;
    /** Detection keeps one bit per language, and so do token masks ({@link Openers#languageBit}). */
    private static final int MAX_LANGUAGES = Openers.LANGUAGES;

    private final List<Language> all;
    private final Language fallback;
    /** For each stop word, the bits of the languages it is a stop word of (bit k for the k-th language). */
    private final Map<String, Integer> stopWords = new HashMap<>();
    /** For each character below {@link #LETTER_TABLE}, the bits of the languages that alone write it. */
    private final int[] letterTable = new int[LETTER_TABLE];
    private final Map<Character, Integer> otherLetters = new HashMap<>();
    /** The generation of {@link Openers} from which tokens know the stop words. */
    private final int stopGeneration;

    private Languages(List<Language> all, Language fallback) {
        if (all.size() > MAX_LANGUAGES) {
            throw new IllegalStateException(DIRECTORY + "languages.json lists more than " + MAX_LANGUAGES
                    + " languages");
        }
        this.all = List.copyOf(all);
        this.fallback = fallback;
        for (int k = 0; k < all.size(); k++) {
            int bit = 1 << k;
            for (String word : all.get(k).stopWords()) {
                stopWords.merge(word, bit, (a, b) -> a | b);
            }
            String letters = all.get(k).letters();
            for (int c = 0; c < letters.length(); c++) {
                char letter = letters.charAt(c);
                if (letter < LETTER_TABLE) {
                    letterTable[letter] |= bit;
                } else {
                    otherLetters.merge(letter, bit, (a, b) -> a | b);
                }
            }
        }
        int generation = 0;
        for (int k = 0; k < all.size(); k++) {
            generation = Openers.register(Openers.languageBit(k), all.get(k).stopWords(), List.of());
        }
        this.stopGeneration = generation;
    }

    /** The bits of the languages that {@code token}'s text is a stop word of. */
    private int stopLanguages(Token token) {
        if (token.generation() >= stopGeneration) {
            return (int) (token.opens() >>> Openers.LANGUAGE_BITS);
        }
        return stopWords.getOrDefault(token.norm(), 0);
    }

    private int letterMask(char c) {
        if (c < LETTER_TABLE) {
            return letterTable[c];
        }
        return otherLetters.isEmpty() ? 0 : otherLetters.getOrDefault(c, 0);
    }

    /** The library's languages, read once. */
    static Languages standard() {
        return Holder.INSTANCE;
    }

    private static Languages load() {
        List<Language> languages = new ArrayList<>();
        var list = DataFile.read(DIRECTORY + "languages.json");
        for (String code : DataFile.strings(list.path("languages"))) {
            languages.add(new Language(code, DataFile.read(DIRECTORY + code + "/language.json"),
                    DataFile.read(DIRECTORY + code + "/words.json")));
        }
        checkUnique(languages);
        String fallbackCode = list.path("fallback").asText();
        Language fallback = languages.stream().filter(l -> l.code().equals(fallbackCode)).findFirst()
                .orElseThrow(() -> new IllegalStateException(DIRECTORY + "languages.json: the fallback language "
                        + fallbackCode + " is not listed"));
        return new Languages(languages, fallback);
    }

    /** Every language, in the list's order. */
    List<Language> all() {
        return all;
    }

    /** The language read when nothing detects one (English). */
    Language fallback() {
        return fallback;
    }

    /**
     * The language of {@code tokens}: the script of most letters (Cyrillic or Latin) narrows the candidates, letters
     * only one language writes count three, and each stop word one; ties and no evidence give {@code otherwise}
     * (or the fallback when that is null or of the other script).
     */
    Language detect(List<Token> tokens, int from, int to, Language otherwise) {
        int cyrillic = 0;
        int latin = 0;
        int[] score = new int[all.size()];
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            if (token.type() != Token.Type.WORD) {
                continue;
            }
            String norm = token.norm();
            char first = norm.charAt(0);
            if (first >= CYRILLIC_FIRST && first <= CYRILLIC_LAST) {
                cyrillic++;
            } else if (first < 0x250 && Tokenizer.isLetter(first)) {
                latin++;
            }
            int stop = stopLanguages(token);
            int letters = 0;
            for (int c = 0; c < norm.length(); c++) {
                letters |= letterMask(norm.charAt(c));
            }
            for (int k = 0; (stop | letters) >>> k != 0; k++) {
                score[k] += ((stop >>> k) & 1) + 3 * ((letters >>> k) & 1);
            }
        }
        if (cyrillic == 0 && latin == 0) {
            return otherwise == null ? fallback : otherwise;
        }
        boolean script = cyrillic > latin;
        Language best = null;
        int bestScore = 0;
        boolean tie = false;
        for (int k = 0; k < score.length; k++) {
            Language language = all.get(k);
            if (language.cyrillic() != script) {
                continue;
            }
            if (score[k] > bestScore) {
                best = language;
                bestScore = score[k];
                tie = false;
            } else if (score[k] == bestScore && bestScore > 0) {
                tie = true;
            }
        }
        if (best != null && !tie) {
            return best;
        }
        if (otherwise != null && otherwise.cyrillic() == script) {
            return otherwise;
        }
        return all.stream().filter(l -> l.cyrillic() == script).findFirst().orElse(fallback);
    }

    /** Fails when a code is listed twice. */
    private static void checkUnique(List<Language> languages) {
        Set<String> seen = new HashSet<>();
        for (Language language : languages) {
            if (!seen.add(language.code())) {
                throw new IllegalStateException(DIRECTORY + "languages.json lists " + language.code() + " twice");
            }
        }
    }

    private static final class Holder {
        static final Languages INSTANCE = load();
    }

    @Override
    public String toString() {
        return all.toString();
    }
}
