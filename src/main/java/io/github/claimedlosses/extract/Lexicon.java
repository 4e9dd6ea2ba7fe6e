package io.github.claimedlosses.extract;

import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.model.Taxonomy;
import java.util.AbstractList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The vocabularies that bulletins and prose share: category names (the taxonomy's aliases and every language's
 * {@code categories} in {@code words.json}, matched as token sequences, and, by their Lucene stems, in any
 * inflection of the language; {@code localCategories} only in text of their language), the qualifier words, and
 * the number reader. Immutable.
 */
final class Lexicon {
    static final String QUALIFIERS_FILE = "qualifiers.json";

    private final PhraseIndex<Category> categories;
    /** Each language's own names, by stem: built when a text of the language is first read. */
    private final Map<Language, PhraseIndex<Category>> stemmed = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Language, Map<String, Category>> own;
    private final PhraseIndex<Qualifier> qualifiers;
    private final PhraseIndex<Qualifier> following;
    private final NumberReader numbers;

    private Lexicon(PhraseIndex<Category> categories, Map<Language, Map<String, Category>> own,
                    PhraseIndex<Qualifier> qualifiers, PhraseIndex<Qualifier> following, NumberReader numbers) {
        this.categories = categories;
        this.own = own;
        this.qualifiers = qualifiers;
        this.following = following;
        this.numbers = numbers;
    }

    /** The lexicon of {@code taxonomy} and the data files. */
    static Lexicon load(Taxonomy taxonomy) {
        DataFile qualifierFile = DataFile.withLanguages(QUALIFIERS_FILE, "qualifiers");
        Map<String, Qualifier> qualifiers = qualifierFile.phrasesByValue("qualifiers", Qualifier::fromId);
        Map<String, Qualifier> following = qualifierFile.phrasesByValue("following", Qualifier::fromId);
        Map<String, Category> all = new LinkedHashMap<>(taxonomy.aliasIndex());
        Map<Language, Map<String, Category>> byLanguage = new HashMap<>();
        for (Language language : Languages.standard().all()) {
            Map<String, Category> own = new LinkedHashMap<>();
            language.words().path("categories").properties().forEach(entry -> {
                Category category = taxonomy.category(entry.getKey());
                DataFile.strings(entry.getValue()).forEach(phrase -> own.put(phrase, category));
            });
            String what = "lang/" + language.code() + "/words.json categories";
            for (Map.Entry<String, Category> entry : own.entrySet()) {
                Category previous = all.putIfAbsent(entry.getKey().toLowerCase(java.util.Locale.ROOT), entry.getValue());
                if (previous != null && previous != entry.getValue()) {
                    throw new IllegalStateException(what + ": \"" + entry.getKey() + "\" names both " + previous
                            + " and " + entry.getValue());
                }
            }
            // names read only in text of this language, as they mean something else in others (Turkish "top")
            language.words().path("localCategories").properties().forEach(entry -> {
                Category category = taxonomy.category(entry.getKey());
                DataFile.strings(entry.getValue()).forEach(phrase -> own.putIfAbsent(phrase, category));
            });
            byLanguage.put(language, own);
        }
        return new Lexicon(PhraseIndex.of(all, "taxonomy.json aliases and lang/*/words.json categories"), byLanguage,
                PhraseIndex.of(qualifiers, QUALIFIERS_FILE), PhraseIndex.of(following, QUALIFIERS_FILE + " following"),
                NumberReader.load());
    }

    /** The index of {@code language}'s names by their stems, built on first use. */
    private PhraseIndex<Category> stemmed(Language language) {
        Map<String, Category> names = own.get(language);
        if (names == null) {
            return null;
        }
        return stemmed.computeIfAbsent(language, key -> {
            Map<String, Category> stems = new LinkedHashMap<>();
            for (Map.Entry<String, Category> entry : names.entrySet()) {
                stems.putIfAbsent(stemPhrase(entry.getKey(), key), entry.getValue());
            }
            return PhraseIndex.of(stems, "lang/" + key.code() + "/words.json categories (stems)");
        });
    }

    private static String stemPhrase(String phrase, Language language) {
        StringBuilder out = new StringBuilder();
        for (Token token : Tokenizer.tokenize(phrase)) {
            if (out.length() > 0 && !token.isSymbol("*")) {
                out.append(' ');
            }
            out.append(token.type() == Token.Type.WORD ? language.stem(token.norm()) : token.norm());
        }
        return out.toString();
    }

    /** Every category name as written (the taxonomy's aliases and the languages' names), with its category. */
    PhraseIndex<Category> categories() {
        return categories;
    }

    /** Every qualifier phrase, with its qualifier. */
    PhraseIndex<Qualifier> qualifiers() {
        return qualifiers;
    }

    /**
     * The qualifier that follows the number ending before token {@code end}, after its case ending if one is
     * written on ("1.050'den fazla", "13 binden fazla"); null when there is none.
     */
    PhraseIndex.Match<Qualifier> qualifierAfter(List<Token> tokens, int end) {
        int at = end;
        if (at + 1 < tokens.size() && tokens.get(at).isSymbol("'") && tokens.get(at + 1).type() == Token.Type.WORD) {
            at += 2;
        }
        PhraseIndex.Match<Qualifier> match = following.longestAt(tokens, at, tokens.size());
        return match != null && match.start() == at ? match : null;
    }

    /** The number reader. */
    NumberReader numbers() {
        return numbers;
    }

    /**
     * The longest category name at token {@code from} (ending by {@code limit}): as written, else by the stems of
     * {@code language}'s words; null when there is none.
     */
    PhraseIndex.Match<Category> categoryAt(List<Token> tokens, int from, int limit, Language language) {
        PhraseIndex.Match<Category> exact = categories.longestAt(tokens, from, limit);
        if (tokens.get(from).type() != Token.Type.WORD) {
            return exact;
        }
        PhraseIndex<Category> byStem = stemmed(language);
        if (byStem == null) {
            return exact;
        }
        PhraseIndex.Match<Category> stem = byStem.longestAt(stems(tokens, language), from, limit);
        return stem != null && (exact == null || stem.end() > exact.end()) ? stem : exact;
    }

    /** The first category name in {@code [from, to)}, as {@link #categoryAt} finds them; null when there is none. */
    PhraseIndex.Match<Category> firstCategory(List<Token> tokens, int from, int to, Language language) {
        return firstCategory(tokens, from, to, to, language);
    }

    /**
     * The first category name that starts in {@code [from, to)} and ends by {@code reach}, as {@link #categoryAt}
     * finds them: a name may run past the end of a noun phrase when it spells out the word that ended it ("3,373
     * units of special equipment"); null when there is none.
     */
    PhraseIndex.Match<Category> firstCategory(List<Token> tokens, int from, int to, int reach, Language language) {
        List<Token> stems = null;
        PhraseIndex<Category> byStem = stemmed(language);
        for (int i = from; i < to; i++) {
            PhraseIndex.Match<Category> exact = categories.longestAt(tokens, i, reach);
            PhraseIndex.Match<Category> stem = null;
            if (byStem != null && tokens.get(i).type() == Token.Type.WORD) {
                stems = stems == null ? stems(tokens, language) : stems;
                stem = byStem.longestAt(stems, i, reach);
            }
            if (exact != null || stem != null) {
                return stem != null && (exact == null || stem.end() > exact.end()) ? stem : exact;
            }
        }
        return null;
    }

    /** {@code tokens} with each word's text replaced by its stem, computed when first asked for. */
    private static List<Token> stems(List<Token> tokens, Language language) {
        return new AbstractList<>() {
            private final Token[] cache = new Token[tokens.size()];

            @Override
            public Token get(int index) {
                Token stem = cache[index];
                if (stem == null) {
                    Token token = tokens.get(index);
                    stem = token.type() == Token.Type.WORD
                            ? Token.of(token.type(), token.start(), token.end(), language.stem(token.norm())) : token;
                    cache[index] = stem;
                }
                return stem;
            }

            @Override
            public int size() {
                return tokens.size();
            }
        };
    }
}
