package io.github.claimedlosses.extract;

import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Side;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who states the figures of a text, from the data file {@code claimants.json}: the attribution phrases of each
 * claimant, whose losses it counts when the text does not say, what kind of figure its prose states, and the
 * claimants of bulletins, reader comments and unattributed figures. Immutable.
 */
final class ClaimantRules {
    static final String FILE = "claimants.json";

    /**
     * What is known of one claimant.
     *
     * @param claimant  the claimant
     * @param adversary whose losses it counts when the text does not say; null when that cannot be assumed
     * @param kind      what its prose figures are: running totals or estimates
     */
    record Rule(Claimant claimant, Side adversary, Kind kind) {
    }

    private final Map<Claimant, Rule> rules;
    private final PhraseIndex<Claimant> phrases;
    private final Claimant bulletin;
    private final Claimant comment;
    private final Claimant unattributed;
    private final Map<Side, Claimant> speakers = new EnumMap<>(Side.class);

    private ClaimantRules(DataFile file, DataFile languages) {
        Map<Claimant, Rule> byClaimant = new EnumMap<>(Claimant.class);
        Map<String, Claimant> byPhrase = new LinkedHashMap<>();
        for (var node : file.node("claimants")) {
            Claimant claimant = Claimant.fromId(node.path("id").asText());
            String adversary = node.path("adversary").asText("");
            byClaimant.put(claimant, new Rule(claimant, adversary.isEmpty() ? null : Side.fromId(adversary),
                    Kind.fromId(node.path("kind").asText())));
            for (String phrase : DataFile.strings(languages.node("phrases").path(claimant.id()))) {
                Claimant previous = byPhrase.put(phrase, claimant);
                if (previous != null && previous != claimant) {
                    throw new IllegalStateException(FILE + ": \"" + phrase + "\" names both " + previous + " and " + claimant);
                }
            }
        }
        for (String ending : DataFile.strings(file.node("possessiveEndings"))) {
            for (Map.Entry<String, Claimant> entry : List.copyOf(byPhrase.entrySet())) {
                String phrase = entry.getKey();
                if (Character.isLetter(phrase.charAt(phrase.length() - 1))) {
                    byPhrase.putIfAbsent(phrase + ending, entry.getValue());
                }
            }
        }
        this.rules = byClaimant;
        this.phrases = PhraseIndex.of(byPhrase, FILE + " phrases");
        this.bulletin = role(file, "bulletin");
        this.comment = role(file, "comment");
        this.unattributed = role(file, "unattributed");
        for (Side side : Side.values()) {
            speakers.put(side, role(file, "speakers." + side.id()));
        }
    }

    /** The rules of the data file. */
    static ClaimantRules load() {
        return new ClaimantRules(DataFile.load(FILE), DataFile.withLanguages(FILE, "claimants"));
    }

    private Claimant role(DataFile file, String role) {
        Claimant claimant = Claimant.fromId(file.node("roles." + role).asText());
        if (!rules.containsKey(claimant)) {
            throw new IllegalStateException(FILE + ": the " + role + " claimant " + claimant + " has no entry");
        }
        return claimant;
    }

    /** The rule of {@code claimant}. */
    Rule rule(Claimant claimant) {
        Rule rule = rules.get(claimant);
        if (rule == null) {
            throw new IllegalStateException(FILE + " has no entry for claimant " + claimant);
        }
        return rule;
    }

    /** Every attribution phrase among {@code tokens}, left to right. */
    List<PhraseIndex.Match<Claimant>> attributions(List<Token> tokens) {
        return phrases.all(tokens, 0, tokens.size());
    }

    /** The claimant of a General Staff bulletin. */
    Claimant bulletin() {
        return bulletin;
    }

    /** The claimant of a figure in a reader comment. */
    Claimant comment() {
        return comment;
    }

    /** The claimant of a country that speaks for itself ("Russia said", "Україна заявила"). */
    Claimant speaker(Side side) {
        return speakers.get(side);
    }

    /** The claimant of a figure no phrase attributes. */
    Claimant unattributed() {
        return unattributed;
    }
}
