package io.github.claimedlosses.extract;

import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.model.Taxonomy;
import java.util.Map;

/**
 * The vocabularies that bulletins and prose share: category names (the taxonomy's aliases, matched as token
 * sequences), the qualifier words of {@code qualifiers.json}, and the number reader. Immutable.
 *
 * @param categories every alias of the taxonomy, with its category
 * @param qualifiers every qualifier phrase, with its qualifier
 * @param numbers    the number reader
 */
record Lexicon(PhraseIndex<Category> categories, PhraseIndex<Qualifier> qualifiers, NumberReader numbers) {
    static final String QUALIFIERS_FILE = "qualifiers.json";

    /** The lexicon of {@code taxonomy} and the data files. */
    static Lexicon load(Taxonomy taxonomy) {
        Map<String, Qualifier> qualifiers = DataFile.load(QUALIFIERS_FILE).phrasesByValue("qualifiers", Qualifier::fromId);
        return new Lexicon(PhraseIndex.of(taxonomy.aliasIndex(), "taxonomy.json aliases"),
                PhraseIndex.of(qualifiers, QUALIFIERS_FILE), NumberReader.load());
    }
}
