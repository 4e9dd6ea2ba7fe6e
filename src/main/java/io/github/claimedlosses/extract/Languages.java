package io.github.claimedlosses.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;

/**
 * The languages the extractor reads, one folder each under {@code lang/} beside this class, listed in
 * {@code lang/languages.json}; and the detection of a stretch's language from its letters and stop words. Adding a
 * language is adding its folder and its code to that list. Immutable.
 */
final class Languages {
    private static final String DIRECTORY = "lang/";

    private final List<Language> all;
    private final Language fallback;

    private Languages(List<Language> all, Language fallback) {
        this.all = List.copyOf(all);
        this.fallback = fallback;
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
            if (Character.UnicodeBlock.of(first) == Character.UnicodeBlock.CYRILLIC) {
                cyrillic++;
            } else if (first < 0x250 && Character.isLetter(first)) {
                latin++;
            }
            for (int k = 0; k < score.length; k++) {
                Language language = all.get(k);
                if (language.stopWords().contains(norm)) {
                    score[k]++;
                }
                String letters = language.letters();
                for (int c = 0; c < norm.length() && !letters.isEmpty(); c++) {
                    if (letters.indexOf(norm.charAt(c)) >= 0) {
                        score[k] += 3;
                        break;
                    }
                }
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
