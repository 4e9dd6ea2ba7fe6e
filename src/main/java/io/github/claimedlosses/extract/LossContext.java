package io.github.claimedlosses.extract;

import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.model.Taxonomy;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The context rules of the data file {@code context.json}, applied to a sentence's tokens: whether a number is a
 * count, how far its noun phrase and clause reach, whether the clause speaks of losses, which side's, and which
 * personnel category a cue makes it. Token ranges are half-open index ranges {@code [from, to)}. Immutable.
 */
final class LossContext {
    static final String FILE = "context.json";

    /** Symbols a noun phrase runs through: "135 fighter, attack, and transport jets". */
    private static final Set<String> PHRASE_SYMBOLS = Set.of(",", "/", "-", "&", "'");
    /** Symbols that end a clause. */
    private static final Set<String> CLAUSE_SYMBOLS = Set.of(",", ";", ":", "(", ")", "\"", "“", "”", "—", "–");
    /** How many tokens after a party's name an agent verb may come ("Ukrainian forces have destroyed"). */
    private static final int AGENT_REACH = 3;
    /** What a cue before a number's clause adds to its distance ({@link #cueDistance}). */
    private static final int OTHER_CLAUSE = 1_000;
    /** Tokens between a cue and a number it is set off right before (a comma, and a qualifier). */
    private static final int ADJACENT = 2;
    /** How many words an as-of marker may have ("по состоянию на"). */
    private static final int AS_OF_REACH = 3;
    /** How many words a launch verb may have ("attacked with"). */
    private static final int LAUNCH_REACH = 3;

    private final PhraseIndex<Boolean> lossCues;
    private final PhraseIndex<Boolean> nonLossCues;
    private final PhraseIndex<Boolean> civilianCues;
    private final PhraseIndex<Boolean> victimNouns;
    private final PhraseIndex<Boolean> rateWords;
    /** Words that name who counted a figure ("confirmed by", "documented by"). */
    private final PhraseIndex<Boolean> agentMarkers;
    /** Words that open a change in parentheses as a plus sign does ("(up 18)"). */
    private final PhraseIndex<Boolean> changeOpeners;
    /** Words that point back to a time the sentence named ("тоді", "then", "damals"). */
    private final PhraseIndex<Boolean> thenWords;
    /**
     * Nouns of losses that name a category when a verb of reaching follows them and no category is named ("Russia's
     * losses stood at 878,200": personnel), by that category.
     */
    private final PhraseIndex<Category> lossNouns;
    /** How many tokens long a side's name before a noun of losses may be ("Russia's", "the enemy's"). */
    private static final int SIDE_BEFORE_NOUN = 3;
    /** Adverbs of a rate ("щомісяця", "ежедневно", "every month"): anywhere in a figure's clause, it is a rate. */
    private final PhraseIndex<Boolean> rateAdverbs;
    private final PhraseIndex<Boolean> measureWords;
    private final Set<String> currencySymbols;
    private final PhraseIndex<Boolean> phraseBoundaries;
    private final PhraseIndex<Boolean> clauseBoundaries;
    private final int maxPhraseWords;
    private final int maxTrailingWords;
    private final Set<Category> refinable = new HashSet<>();
    private final PhraseIndex<Category> refinements;
    private final PhraseIndex<Side> sides;
    private final PhraseIndex<Side> speakingParties;
    private final PhraseIndex<Boolean> speakerVerbs;
    private final PhraseIndex<Boolean> asOfMarkers;
    private final PhraseIndex<Boolean> diedVerbs;
    private final PhraseIndex<Boolean> launchVerbs;
    private final PhraseIndex<Boolean> ownCues;
    private final PhraseIndex<Boolean> placeMarkers;
    private final PhraseIndex<Boolean> ownForces;
    private final PhraseIndex<Boolean> adversaryWords;
    private final PhraseIndex<Boolean> agentVerbs;
    private final PhraseIndex<Boolean> sufferVerbs;
    private final PhraseIndex<Boolean> backReferences;
    private final PhraseIndex<Boolean> incrementCues;
    /** Words of "another" that mark a change unless a running-total cue comes before them ("ще 1210"). */
    private final PhraseIndex<Boolean> weakIncrementCues;
    private final PhraseIndex<Boolean> totalCues;
    private final Set<String> conjunctions;
    private final PhraseIndex<Boolean> reachVerbs;
    private final PhraseIndex<Boolean> totalLinks;
    /**
     * Words that pair several numbers with several names in order ("portando il totale rispettivamente a 3.757 e
     * 7.319"): a number after a link to a total is then not the total of the figure right before it.
     */
    private final PhraseIndex<Boolean> respectively;
    /** Names of a kind of formation whose figures a report lists in turn ("Battlegroup South up to 260"). */
    private final PhraseIndex<Boolean> formations;
    /** Words that open a clause of an event ("since", "after"): a name right after them is who acted, not a source. */
    private final PhraseIndex<Boolean> eventOpeners;
    private final Set<String> totalLinkEnds;
    private final PhraseIndex<Boolean> subsetLinks;
    private final PhraseIndex<Boolean> partsAfter;
    private final PhraseIndex<Boolean> furtherWords;
    private final List<String> abbreviations;

    private LossContext(DataFile file, Taxonomy taxonomy) {
        // a verb of losing or of dying speaks of losses too ("Russland verlor ... 990 Soldaten")
        List<String> lossWords = new ArrayList<>(file.strings("lossCues"));
        lossWords.addAll(file.strings("sufferVerbs"));
        lossWords.addAll(file.strings("diedVerbs"));
        this.lossCues = PhraseIndex.of(new ArrayList<>(new LinkedHashSet<>(lossWords)), true, FILE + " lossCues");
        this.nonLossCues = cues(file, "nonLossCues");
        this.civilianCues = cues(file, "civilianCues");
        this.victimNouns = cues(file, "victimNouns");
        this.rateWords = cues(file, "rateWords");
        this.agentMarkers = cues(file, "agentMarkers");
        this.changeOpeners = cues(file, "changeOpeners");
        this.thenWords = cues(file, "thenWords");
        this.lossNouns = PhraseIndex.of(file.phrasesByValue("lossNouns", taxonomy::category), FILE + " lossNouns");
        this.rateAdverbs = cues(file, "rateAdverbs");
        this.measureWords = cues(file, "measureWords");
        this.currencySymbols = new HashSet<>(file.strings("currencySymbols"));
        this.phraseBoundaries = cues(file, "phraseBoundaries");
        this.clauseBoundaries = cues(file, "clauseBoundaries");
        this.maxPhraseWords = file.node("maxPhraseWords").asInt();
        this.maxTrailingWords = file.node("maxTrailingWords").asInt();
        file.strings("refinements.appliesTo").forEach(id -> refinable.add(taxonomy.category(id)));
        this.refinements = PhraseIndex.of(file.map("refinements.cues", node -> taxonomy.category(node.asText())),
                FILE + " refinements");
        this.sides = PhraseIndex.of(file.phrasesByValue("sides", Side::fromId), FILE + " sides");
        this.speakingParties = PhraseIndex.of(file.phrasesByValue("speakingParties", Side::fromId),
                FILE + " speakingParties");
        this.speakerVerbs = cues(file, "speakerVerbs");
        this.asOfMarkers = cues(file, "asOfMarkers");
        this.ownCues = cues(file, "ownCues");
        this.placeMarkers = cues(file, "placeMarkers");
        this.ownForces = cues(file, "ownForces");
        this.adversaryWords = cues(file, "adversaryWords");
        this.agentVerbs = cues(file, "agentVerbs");
        this.sufferVerbs = cues(file, "sufferVerbs");
        this.diedVerbs = cues(file, "diedVerbs");
        this.launchVerbs = cues(file, "launchVerbs");
        this.backReferences = cues(file, "backReferences");
        this.incrementCues = cues(file, "incrementCues");
        this.weakIncrementCues = cues(file, "weakIncrementCues");
        this.totalCues = cues(file, "totalCues");
        this.conjunctions = new HashSet<>(file.strings("conjunctions"));
        this.reachVerbs = cues(file, "reachVerbs");
        this.totalLinks = cues(file, "totalLinks");
        this.respectively = cues(file, "respectively");
        this.formations = cues(file, "formations");
        this.eventOpeners = cues(file, "eventOpeners");
        this.totalLinkEnds = new HashSet<>(file.strings("totalLinkEnds"));
        this.subsetLinks = cues(file, "subsetLinks");
        this.partsAfter = cues(file, "partsAfter");
        this.furtherWords = cues(file, "furtherWords");
        this.abbreviations = file.strings("abbreviations");
    }

    /** The rules of the data file, naming categories of {@code taxonomy}. */
    static LossContext load(Taxonomy taxonomy) {
        return new LossContext(DataFile.withLanguages(FILE, "context"), taxonomy);
    }

    private static PhraseIndex<Boolean> cues(DataFile file, String field) {
        return PhraseIndex.of(file.strings(field), true, FILE + " " + field);
    }

    /** Abbreviations after which a full stop does not end a sentence. */
    List<String> abbreviations() {
        return abbreviations;
    }

    /**
     * Whether the sentence speaks of military losses at all ("killed", "destroyed", "casualties"), and not of
     * civilians: a sentence that names civilian victims gives no figures.
     */
    boolean speaksOfLosses(List<Token> tokens) {
        return lossCues.first(tokens, 0, tokens.size()) != null && civilianCues.first(tokens, 0, tokens.size()) == null;
    }

    /**
     * Whether one of the sentence's numbers counts people by a word no army counts its enemy's losses by (a
     * 'victimNouns' word right after it) and no party is said to have lost them: a toll of a strike ("Two people
     * were killed and 11 wounded in a Russian attack", "погибли два человека, еще 15 получили ранения"), whose
     * sentence gives no figures; not "українська армія втратила 340 людей", nor where a side's noun of losses is
     * named ("Celkové straty Ruska ... vzrástli na 886 320 ľudí").
     */
    boolean countsVictims(List<Token> tokens, List<Mention> mentions) {
        // "Celkové straty Ruska ... vzrástli na 886 320 ľudí": a side's losses, not a toll
        if (sufferVerbs.first(tokens, 0, tokens.size()) != null || lossNounIn(tokens, 0, tokens.size()) != null) {
            return false;
        }
        for (Mention mention : mentions) {
            if (mention.type() == Mention.Type.COUNT
                    && victimNouns.longestAt(tokens, mention.end(), tokens.size()) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence states a change over a period ("in the past 24 hours"). */
    boolean statesIncrement(List<Token> tokens) {
        if (incrementCues.first(tokens, 0, tokens.size()) != null) {
            return true;
        }
        for (var cue : weakIncrementCues.all(tokens, 0, tokens.size())) {
            if (!totalBefore(tokens, cue.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The kind the cue in {@code [from, to)} nearest to the number at {@code [start, end)} speaks of: {@link Kind#INCREMENT} for a
     * period's change ("over the past day"), {@link Kind#CUMULATIVE} for a running total ("since the start"); null
     * when the sentence has neither. A cue before the number wins a tie.
     */
    Kind nearestPeriod(List<Token> tokens, int from, int start, int end, int to) {
        return nearestPeriod(tokens, from, start, end, to, token -> false);
    }

    /** {@link #nearestPeriod(List, int, int, int, int)}, leaving out the cues that start at a {@code skipped} token. */
    Kind nearestPeriod(List<Token> tokens, int from, int start, int end, int to, IntPredicate skipped) {
        int clauseStart = clauseStart(tokens, from, start);
        int best = Integer.MAX_VALUE;
        Kind kind = null;
        for (var cue : incrementCues.all(tokens, from, to)) {
            if (skipped.test(cue.start())) {
                continue;
            }
            int distance = cueDistance(cue, start, end, clauseStart);
            if (distance >= 0 && distance < best) {
                best = distance;
                kind = Kind.INCREMENT;
            }
        }
        for (var cue : weakIncrementCues.all(tokens, from, to)) { // "ще 1210", not "з початку ..., ще 370 тисяч"
            int distance = cueDistance(cue, start, end, clauseStart);
            if (!skipped.test(cue.start()) && distance >= 0 && distance < best && !totalBefore(tokens, cue.start())) {
                best = distance;
                kind = Kind.INCREMENT;
            }
        }
        for (var cue : totalCues.all(tokens, from, to)) {
            if (skipped.test(cue.start())) {
                continue;
            }
            int distance = cueDistance(cue, start, end, clauseStart);
            if (distance >= 0 && distance < best) {
                best = distance;
                kind = Kind.CUMULATIVE;
            }
        }
        return kind;
    }

    /**
     * How far a cue is from the number at {@code [start, end)}, in tokens; a cue before the number's clause (which
     * starts at {@code clauseStart}) is farther than any in it or after it ("... tués dans les combats des dernières
     * 24 heures et que plus de 82 700 soldats russes sont morts depuis le début de l'invasion"), unless it is set off
     * right before the number ("rivendicano di aver ucciso, nelle ultime 24 ore, 960 militari").
     */
    private static int cueDistance(PhraseIndex.Match<Boolean> cue, int start, int end, int clauseStart) {
        if (cue.end() <= start) {
            boolean setOffBefore = start - cue.end() <= ADJACENT;
            return start - cue.end() + (cue.end() <= clauseStart && !setOffBefore ? OTHER_CLAUSE : 0);
        }
        return cue.start() - end + 1;
    }

    /** A verb of reaching ("reached", "сягнули", "zvýšil na") that ends right before token {@code end}; or null. */
    PhraseIndex.Match<Boolean> reachVerbEndingAt(List<Token> tokens, int from, int end) {
        return reachVerbs.endingAt(tokens, from, end);
    }

    /**
     * Whether a verb of reaching follows right after token {@code end} ("... 38 bin 300'e ulaştı"), a case ending
     * written after an apostrophe on the number skipped.
     */
    boolean reachVerbFollows(List<Token> tokens, int end) {
        int i = end;
        if (i + 1 < tokens.size() && tokens.get(i).norm().equals("'") && tokens.get(i + 1).type() == Token.Type.WORD) {
            i += 2;
        }
        return i < tokens.size() && reachVerbs.longestAt(tokens, i, tokens.size()) != null;
    }

    /**
     * Whether the number at {@code end} is the running total the words in {@code [from, end)} lead the figure before
     * to: a link phrase among them and a link word right before the number ("..., taking Moscow's total losses since
     * the start of the invasion to 154,830").
     */
    boolean linksToTotal(List<Token> tokens, int from, int end) {
        return end > from && tokens.get(end - 1).type() == Token.Type.WORD
                && totalLinkEnds.contains(tokens.get(end - 1).norm()) && totalLinks.first(tokens, from, end) != null
                && respectively.first(tokens, from, tokens.size()) == null;
    }

    /** Whether a formation is named in {@code [from, to)} ("and Battlegroup South up to 260"). */
    boolean namesFormation(List<Token> tokens, int from, int to) {
        return formations.first(tokens, from, to) != null;
    }

    /**
     * Whether a link to a running total follows token {@code from} in the sentence ("sei carri armati ... sono stati
     * distrutti, portando il totale a 3.757"): the figure before it is the change that led there.
     */
    boolean leadsToTotal(List<Token> tokens, int from) {
        return totalLinks.first(tokens, from, tokens.size()) != null;
    }

    /**
     * Whether the number at {@code [start, end)} is the day's part of the figure before it: a link phrase ending
     * right before it and a change cue in its clause ("..., w tym 1210 w ciągu ostatniej doby", "di cui 1.210 nelle
     * ultime 24 ore").
     */
    boolean isChangePart(List<Token> tokens, int start, int end) {
        int after = partAfter(tokens, end);
        return (after > end || start > 0 && subsetLinks.endingAt(tokens, Math.max(0, start - 4), start) != null)
                && startsWithin(incrementCues, tokens, after, clauseEnd(tokens, after, tokens.size()));
    }

    /** The end of a part word right after a number ending at {@code end} ("910 de ellos"), else {@code end}. */
    private int partAfter(List<Token> tokens, int end) {
        PhraseIndex.Match<Boolean> part = partsAfter.longestAt(tokens, end, tokens.size());
        return part == null ? end : part.end();
    }

    /**
     * Every token of the sentence where a part of a figure starts: a part word that a numeral follows, right after
     * it or after one word ("425 890 soldats, dont 910 au cours des dernières 24 heures": the day's cue is the
     * part's, not the total's; "w tym około 250"), or a
     * numeral that a part word follows ("910 de ellos").
     */
    int[] partStarts(List<Token> tokens) {
        int[] starts = new int[0];
        for (int i = 0; i < tokens.size(); i++) {
            if (startsPart(tokens, i, tokens.size())) {
                starts = java.util.Arrays.copyOf(starts, starts.length + 1);
                starts[starts.length - 1] = i;
            }
        }
        return starts;
    }

    private boolean startsPart(List<Token> tokens, int i, int to) {
        PhraseIndex.Match<Boolean> link = subsetLinks.longestAt(tokens, i, to);
        if (link != null) { // "w tym 250", or with a word of qualifying between them ("w tym około 250")
            int at = link.end();
            if (at + 1 < to && tokens.get(at).type() == Token.Type.WORD && !isNumber(tokens.get(at))) {
                at++;
            }
            if (at < to && isNumber(tokens.get(at))) {
                return true;
            }
        }
        return isNumber(tokens.get(i)) && partAfter(tokens, i + 1) > i + 1;
    }

    /** A numeral, or a number with a scale letter on it ("1.19k"). */
    private static boolean isNumber(Token token) {
        return token.type() == Token.Type.NUMERAL
                || token.type() == Token.Type.WORD && Tokenizer.isDigit(token.norm().charAt(0));
    }

    /** Whether a phrase of {@code index} starts in {@code [from, to)} (it may end after {@code to}). */
    private static boolean startsWithin(PhraseIndex<Boolean> index, List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (index.longestAt(tokens, i, tokens.size()) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the number at {@code [start, end)} is more of the figure before it: a word of "further" ending right
     * before it and a loss cue in its clause ("..., a ďalších až 140 000 bolo zranených").
     */
    boolean isFurtherPart(List<Token> tokens, int start, int end) {
        return start > 0 && furtherWords.endingAt(tokens, Math.max(0, start - 2), start) != null
                && lossCues.first(tokens, end, clauseEnd(tokens, end, tokens.size())) != null;
    }

    /**
     * Whether the sentence opens with a part word ("Darunter seien ...", "Davon ..."), and names no civilians: it
     * speaks of part of the losses the sentence before stated.
     */
    boolean opensWithSubsetLink(List<Token> tokens) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).type() == Token.Type.SYMBOL) {
            i++;
        }
        return i < tokens.size() && subsetLinks.longestAt(tokens, i, tokens.size()) != null
                && civilianCues.first(tokens, 0, tokens.size()) == null;
    }

    /** Whether {@code token} is a conjunction that joins two figures ("and", "и", "та"). */
    boolean isConjunction(Token token) {
        return token.type() == Token.Type.WORD && conjunctions.contains(token.norm());
    }

    /**
     * Whether a period's change is named right before token {@code at}, a comma between them allowed: the date at
     * {@code at} is then the day the change is counted for ("за минулу добу, 26 жовтня", "over the past day, 26 Oct").
     */
    boolean followsIncrementCue(List<Token> tokens, int at) {
        int end = at > 0 && tokens.get(at - 1).isSymbol(",") ? at - 1 : at;
        return end > 0 && incrementCues.endingAt(tokens, 0, end) != null;
    }

    /** Whether the sentence opens with a reference back to what came before it ("Про це", "Об этом", "This was"). */
    boolean opensWithBackReference(List<Token> tokens) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).type() == Token.Type.SYMBOL) {
            i++;
        }
        return i < tokens.size() && backReferences.longestAt(tokens, i, tokens.size()) != null;
    }

    /**
     * Whether a day (or month, or year) named at token {@code day} is the time the losses at token {@code figure}
     * happened in ("3 июня ВСУ потеряли до 1 720", "said Russia lost 418,000 troops in 2025"), not the day of a
     * running total ("станом на 12 березня", "as of March 12") or of the report ("reported on March 12 that ..."):
     * no as-of marker ends right before it, no verb of saying lies between it and the figure, nor before it when it
     * comes before the figure.
     */
    boolean isDayOfLoss(List<Token> tokens, int day, int figure) {
        return asOfMarkers.endingAt(tokens, Math.max(0, day - AS_OF_REACH), day) == null
                && speakerVerbs.first(tokens, Math.min(day, figure), Math.max(day, figure)) == null
                && (day > figure || speakerVerbs.last(tokens, 0, day) == null);
    }

    /**
     * Whether the name over tokens {@code [start, end)} is who acted in a clause of an event, not a source: an event
     * opener ends at most one word before it and no verb of saying follows it ("Since Vladimir Putin ordered the
     * invasion, Russia has lost 11,357 tanks, the General Staff said").
     */
    boolean actsInAnEvent(List<Token> tokens, int start, int end) {
        for (int at = Math.max(0, start - 1); at <= start; at++) {
            if (eventOpeners.endingAt(tokens, 0, at) != null) {
                return !saysAt(tokens, end);
            }
        }
        return false;
    }

    /**
     * The last noun of losses in {@code [from, to)} with a side named right before or after it ("Russia's losses",
     * "втрати росії", "потери ВСУ"; not "equipment losses"), with the category it names; or null.
     */
    PhraseIndex.Match<Category> lossNounIn(List<Token> tokens, int from, int to) {
        PhraseIndex.Match<Category> noun = lossNouns.last(tokens, from, to);
        if (noun == null) {
            return null;
        }
        boolean sideBefore = sides.endingAt(tokens, Math.max(0, noun.start() - SIDE_BEFORE_NOUN), noun.start()) != null;
        return sideBefore || sides.longestAt(tokens, noun.end(), tokens.size()) != null ? noun : null;
    }

    /** The first token of a change opener that ends right before token {@code end} ("up" in "(up 18)"), or -1. */
    int changeOpenerBefore(List<Token> tokens, int end) {
        PhraseIndex.Match<Boolean> opener = changeOpeners.endingAt(tokens, Math.max(0, end - 2), end);
        return opener == null ? -1 : opener.start();
    }

    /** Whether {@code [from, to)} names who counted the figure ("deaths confirmed by reporters"). */
    boolean namesAnAgent(List<Token> tokens, int from, int to) {
        return agentMarkers.first(tokens, from, to) != null;
    }

    /** Whether the sentence points back to a time it named ("тоді заявляли", "then", "damals"). */
    boolean speaksOfThen(List<Token> tokens) {
        return thenWords.first(tokens, 0, tokens.size()) != null;
    }

    /** Whether a verb of saying starts at token {@code at} ("said", "повідомив"). */
    boolean saysAt(List<Token> tokens, int at) {
        return speakerVerbs.longestAt(tokens, at, tokens.size()) != null;
    }

    /** Whether a running-total cue ends before token {@code at}. */
    private boolean totalBefore(List<Token> tokens, int at) {
        return totalCues.first(tokens, 0, at) != null;
    }

    /**
     * Whether the claimant's name over tokens {@code [start, end)} is a party that lost: it names a side, and a verb
     * of losing follows right after it that no other party follows ("while the Ukrainian military lost up to 2,700
     * soldiers, the Russian Defense Ministry said"). A source before the verb is no party ("Laut ukrainischem
     * Generalstab verlor Russland", "verlor die russische Armee"), nor is a name before anything else ("Według
     * Sztabu Generalnego Rosja straciła").
     */
    boolean losesAt(List<Token> tokens, int start, int end) {
        PhraseIndex.Match<Boolean> verb = sufferVerbs.longestAt(tokens, end, tokens.size());
        if (verb == null || sides.first(tokens, start, end) == null) {
            return false;
        }
        int after = verb.end();
        return sides.longestAt(tokens, after, tokens.size()) == null
                && sides.longestAt(tokens, after + 1, tokens.size()) == null;
    }

    /** Whether the sentence speaks of a running total ("since the start of the invasion", "всего"). */
    boolean statesTotal(List<Token> tokens) {
        return totalCues.first(tokens, 0, tokens.size()) != null;
    }

    /**
     * Whether a 'rateWords' phrase follows right after the figure's name at token {@code at}: a rate ("Russia is
     * losing about 1,000 soldiers a day", "потери составляют до 1 500 в сутки"), no count of losses.
     */
    boolean isRate(List<Token> tokens, int at) {
        return rateWords.longestAt(tokens, at, tokens.size()) != null;
    }

    /**
     * Whether an adverb of a rate stands in the clause {@code [from, to)} ("у ГУР заявляли, що росія щомісяця
     * втрачає близько 30 тисяч", "Russia loses about 30,000 troops every month"): its figure is a rate.
     */
    boolean ratedIn(List<Token> tokens, int from, int to) {
        return rateAdverbs.first(tokens, from, to) != null;
    }

    /** Whether the number ending before token {@code end} measures something else (percent, hours, money). */
    boolean isMeasure(List<Token> tokens, int start, int end) {
        boolean currency = start > 0 && currencySymbols.contains(tokens.get(start - 1).norm());
        return currency || measureWords.longestAt(tokens, end, tokens.size()) != null;
    }

    /** Whether {@code [from, to)} holds a cue that the number there is no loss (deployed, delivered, conscripts). */
    boolean deniesLoss(List<Token> tokens, int from, int to) {
        return nonLossCues.first(tokens, from, to) != null;
    }

    /**
     * The end of the noun phrase that starts at token {@code from}: at a phrase boundary ("such as", "of"), a
     * symbol other than a comma, slash or hyphen, {@code limit}, or after the longest phrase allowed.
     */
    int phraseEnd(List<Token> tokens, int from, int limit) {
        int words = 0;
        for (int i = from; i < limit; i++) {
            Token token = tokens.get(i);
            if (token.type() == Token.Type.SYMBOL ? !PHRASE_SYMBOLS.contains(token.norm())
                    : ++words > maxPhraseWords || phraseBoundaries.longestAt(tokens, i, limit) != null) {
                return i;
            }
        }
        return limit;
    }

    /** The start of the clause that holds token {@code at}, not before {@code floor}. */
    int clauseStart(List<Token> tokens, int floor, int at) {
        for (int i = at - 1; i >= floor; i--) {
            if (isClauseBoundary(tokens, i)) {
                return i + 1;
            }
        }
        return floor;
    }

    /** The end of the clause that continues at token {@code from}: a boundary, {@code limit}, or a few words on. */
    int clauseEnd(List<Token> tokens, int from, int limit) {
        int words = 0;
        for (int i = from; i < limit; i++) {
            if (isClauseBoundary(tokens, i) || (tokens.get(i).type() != Token.Type.SYMBOL && ++words > maxTrailingWords)) {
                return i;
            }
        }
        return limit;
    }

    private boolean isClauseBoundary(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        return token.type() == Token.Type.SYMBOL ? CLAUSE_SYMBOLS.contains(token.norm())
                : clauseBoundaries.longestAt(tokens, i, tokens.size()) != null;
    }

    /**
     * {@code category} made specific by a cue: one right after the number ("17,500 killed", "three times as many
     * wounded"), else the nearest before it ({@code [beforeFrom, beforeTo)}), else the first after it
     * ({@code [afterFrom, afterTo)}). A personnel figure that is "killed" is {@code personnel_killed}. Categories
     * that cannot be refined are returned as they are.
     */
    /**
     * The category a refinement of {@code category} starts from: itself when it can be refined, the refinable one
     * whose specific form it is ({@code personnel} for {@code personnel_killed}), else itself.
     */
    Category refinableBase(Category category) {
        for (Category base : refinable) {
            if (category == base || category.id().startsWith(base.id() + "_")) {
                return base;
            }
        }
        return category;
    }

    Category refine(Category category, List<Token> tokens, int beforeFrom, int beforeTo, int afterFrom, int afterTo) {
        if (!refinable.contains(category)) {
            return category;
        }
        // a cue after the number that starts in its clause is read whole, though the clause's reach cuts it
        // ("662.970 soldati in Ucraina tra morti e feriti" are all casualties, not the killed)
        // ... or after a dash right after the number ("з них близько 180 тисяч – загиблими")
        int right = afterFrom < tokens.size() && isDash(tokens.get(afterFrom)) ? afterFrom + 1 : afterFrom;
        PhraseIndex.Match<Category> cue = afterFrom < afterTo || right > afterFrom
                ? refinements.longestAt(tokens, right, tokens.size()) : null;
        if (cue == null) {
            cue = refinements.last(tokens, beforeFrom, beforeTo);
        }
        if (cue == null) {
            cue = refinements.firstStartingIn(tokens, afterFrom, afterTo);
        }
        return cue == null ? category : cue.value();
    }

    private static boolean isDash(Token token) {
        return token.type() == Token.Type.SYMBOL && "-–—‒".contains(token.norm());
    }

    /**
     * The side a noun phrase names ("17,500 Russian troops", "enemy tanks"), or null. An adversary word names
     * {@code adversary}, the claimant's adversary, and nothing when that is null.
     */
    Side namedSide(List<Token> tokens, int from, int to, Side adversary) {
        PhraseIndex.Match<Side> side = sides.first(tokens, from, to);
        if (side != null) {
            return side.value();
        }
        return adversary != null && adversaryWords.first(tokens, from, to) != null ? adversary : null;
    }

    /**
     * The country that speaks in the sentence: a speaking party followed within a few words, and no punctuation, by
     * a verb of saying ("Russia last reported", "Ukraine says", "Москва заявила"); the first such, or null.
     */
    PhraseIndex.Match<Side> speaker(List<Token> tokens) {
        int i = 0;
        while (i < tokens.size()) {
            PhraseIndex.Match<Side> party = speakingParties.longestAt(tokens, i, tokens.size());
            if (party == null) {
                i++;
                continue;
            }
            int reach = party.end();
            while (reach < Math.min(tokens.size(), party.end() + AGENT_REACH)
                    && tokens.get(reach).type() != Token.Type.SYMBOL) {
                reach++; // "Russia, he said": a verb beyond a comma has another subject
            }
            if (speakerVerbs.first(tokens, party.end(), reach) != null) {
                return party;
            }
            i = party.end();
        }
        return null;
    }

    /**
     * The side that suffers the losses the speaker's own forces inflict in the sentence (an own-forces phrase closely
     * followed by an agent verb: "Russia says its air defences shot down 30 drones"): the speaker's other side; null
     * when its forces inflict nothing.
     */
    Side struckByOwnForces(List<Token> tokens, Side speaker) {
        for (PhraseIndex.Match<Boolean> forces : ownForces.all(tokens, 0, tokens.size())) {
            if (agentVerbs.first(tokens, forces.end(), Math.min(tokens.size(), forces.end() + AGENT_REACH)) != null) {
                return other(speaker);
            }
        }
        return null;
    }

    /**
     * The side that suffers the losses a speaking country says it inflicted (its verb of saying soon followed by an
     * agent verb, no other party named between them: "Le forze di Kiev affermano inoltre di aver distrutto 3.002
     * carri armati", "Ukraine says it destroyed"): its other side; null otherwise.
     */
    Side struckBySpeaker(List<Token> tokens, PhraseIndex.Match<Side> speaker) {
        PhraseIndex.Match<Boolean> verb = speakerVerbs.first(tokens, speaker.end(),
                Math.min(tokens.size(), speaker.end() + AGENT_REACH));
        if (verb == null) {
            return null;
        }
        int reach = Math.min(tokens.size(), verb.end() + AGENT_REACH + 1);
        PhraseIndex.Match<Boolean> agent = agentVerbs.first(tokens, verb.end(), reach);
        return agent != null && sides.first(tokens, verb.end(), agent.start()) == null ? other(speaker.value()) : null;
    }

    /** Whether the sentence speaks of the speaker's own losses ("its own casualties", "свои потери"). */
    boolean speaksOfOwn(List<Token> tokens) {
        return ownCues.first(tokens, 0, tokens.size()) != null;
    }

    /**
     * The side whose losses a sentence speaks of, from every party it names outside {@code skip} (the attribution
     * phrases): a party followed closely by an agent verb inflicts the losses ("Ukrainian forces have destroyed"),
     * any other suffers them. Null unless all of the evidence points to one side.
     */
    Side sentenceSide(List<Token> tokens, List<? extends PhraseIndex.Match<?>> skip, Side adversary) {
        Set<Side> votes = EnumSet.noneOf(Side.class);
        int i = 0;
        while (i < tokens.size()) {
            int skipTo = skipEnd(skip, i);
            if (skipTo > i) {
                i = skipTo;
                continue;
            }
            PhraseIndex.Match<Side> side = sides.longestAt(tokens, i, tokens.size());
            if (side != null) {
                boolean agent = agentVerbs.first(tokens, side.end(), Math.min(tokens.size(), side.end() + AGENT_REACH))
                        != null;
                votes.add(agent ? other(side.value()) : side.value());
                i = side.end();
            } else {
                if (adversary != null && adversaryWords.longestAt(tokens, i, tokens.size()) != null) {
                    votes.add(adversary);
                }
                i++;
            }
        }
        return votes.size() == 1 ? votes.iterator().next() : null;
    }

    /**
     * The side that the sentence says suffered the losses before token {@code to}: the party named right before
     * (or right after) the last verb of suffering in {@code [from, to)} ("ВСУ потеряли до 1 300", "Russia has lost
     * 1,200"), outside {@code skip} (the attribution phrases); null when there is no such verb, no party beside it,
     * a verb of inflicting comes after it (other than a participle right after a number: "70,000 killed"), or
     * another side is named after it.
     */
    Side sufferingSide(List<Token> tokens, int from, int to, List<? extends PhraseIndex.Match<?>> skip) {
        List<PhraseIndex.Match<Boolean>> verbs = sufferVerbs.all(tokens, from, to);
        if (verbs.isEmpty()) {
            return null;
        }
        PhraseIndex.Match<Boolean> verb = verbs.get(verbs.size() - 1);
        for (PhraseIndex.Match<Boolean> agent : agentVerbs.all(tokens, verb.end(), to)) {
            // "suffered 70,000 killed and ...": a participle right after a number describes the count
            if (agent.start() == 0 || tokens.get(agent.start() - 1).type() == Token.Type.WORD) {
                return null;
            }
        }
        Side suffering = null;
        for (int i = verb.start() - 1; i >= Math.max(from, verb.start() - AGENT_REACH) && suffering == null; i--) {
            PhraseIndex.Match<Side> side = sides.longestAt(tokens, i, verb.start());
            // "Russia's forces in Ukraine have lost": a side named as the place is not the one that lost
            if (side != null && skipEnd(skip, side.start()) == side.start() && !isPlace(tokens, side.start())) {
                suffering = side.value();
            }
        }
        if (suffering == null) {
            PhraseIndex.Match<Side> after = sides.longestAt(tokens, verb.end(), to);
            suffering = after != null && skipEnd(skip, after.start()) == after.start() ? after.value() : null;
        }
        for (PhraseIndex.Match<Side> later : sides.all(tokens, verb.end(), to)) {
            if (later.value() != suffering && skipEnd(skip, later.start()) == later.start()) {
                return null; // "Ukraine has suffered ..., while Russian military deaths have reached ...": not its
            }
        }
        return suffering;
    }

    /**
     * The side named last in {@code [from, to)} outside {@code skip} (the attribution phrases) and not as a place
     * ("Russian military casualties in Ukraine", "las bajas rusas en Ucrania"), or null; the other side when an
     * agent verb follows the name ("Ukrainian forces destroyed").
     */
    /** The side whose name starts at token {@code at}, an adjective after its noun ("soldats russes"), or null. */
    Side sideRightAfter(List<Token> tokens, int at) {
        PhraseIndex.Match<Side> side = sides.longestAt(tokens, at, tokens.size());
        return side == null ? null : side.value();
    }

    /** Whether the side named at token {@code at} is named as a place ("in Ukraine", "en Ucrania"). */
    private boolean isPlace(List<Token> tokens, int at) {
        return at > 0 && tokens.get(at - 1).type() == Token.Type.WORD
                && placeMarkers.longestAt(tokens, at - 1, at) != null;
    }

    Side sideNamedBefore(List<Token> tokens, int from, int to, List<? extends PhraseIndex.Match<?>> skip) {
        Side named = null;
        for (PhraseIndex.Match<Side> side : sides.all(tokens, from, to)) {
            int at = side.start();
            if (!isPlace(tokens, at) && skipEnd(skip, at) == at) {
                boolean agent = agentVerbs.first(tokens, side.end(), Math.min(tokens.size(), side.end() + AGENT_REACH))
                        != null;
                named = agent ? other(side.value()) : side.value(); // "Ukrainian forces destroyed 20 tanks"
            }
        }
        return named;
    }

    private static int skipEnd(List<? extends PhraseIndex.Match<?>> skip, int i) {
        for (PhraseIndex.Match<?> match : skip) {
            if (match.start() <= i && i < match.end()) {
                return match.end();
            }
        }
        return i;
    }

    /**
     * Whether the number starting at token {@code before} (after its qualifier, if any) counts what was launched
     * or fired: a launch verb ends right before it ("Russia launched 85 drones", "запустили до 85 дронів").
     */
    boolean isLaunched(List<Token> tokens, int from, int before) {
        return launchVerbs.endingAt(tokens, Math.max(from, before - LAUNCH_REACH), before) != null;
    }

    /**
     * The side whose losses a figure of a claimant that counts {@code adversary}'s counts when nothing names it: the
     * claimant's own when {@code [from, to)} says they died and names no party at all ("По данным Минобороны
     * России ... погибли 5 937 военнослужащих", not "4480 солдат ВСУ погибли"), else the adversary.
     */
    Side unnamedSide(List<Token> tokens, int from, int to, Side adversary, List<? extends PhraseIndex.Match<?>> skip) {
        return saysDied(tokens, from, to, skip) ? other(adversary) : adversary;
    }

    /**
     * Whether {@code [from, to)} says they died and names no party at all outside the claimants' names in
     * {@code skip} ("Міноборони РФ заявило про загибель 5 937 військових": its own dead), as {@link #unnamedSide}
     * reads it.
     */
    boolean saysDied(List<Token> tokens, int from, int to, List<? extends PhraseIndex.Match<?>> skip) {
        if (diedVerbs.first(tokens, from, to) == null) {
            return false;
        }
        for (PhraseIndex.Match<Side> side : sides.all(tokens, from, to)) {
            if (skipEnd(skip, side.start()) == side.start()) {
                return false;
            }
        }
        return true;
    }

    private static Side other(Side side) {
        return side == Side.RUSSIA ? Side.UKRAINE : Side.RUSSIA;
    }
}
