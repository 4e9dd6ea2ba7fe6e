package io.github.claimedlosses.extract;

import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.InvasionCalendar;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Provenance;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.model.Side;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Finds loss figures in English prose, sentence by sentence. A number is a loss figure when a category names what
 * it counts (the first taxonomy alias in the noun phrase after it), its sentence speaks of losses and its clause
 * does not speak of force sizes, deployments or deliveries. The claimant is the nearest attribution phrase in the
 * sentence, or the one after the quotation the sentence belongs to, or the last one earlier in the paragraph; in a
 * reader comment it is always the comment's writer. Immutable.
 */
final class ProseExtractor {
    private final Lexicon lexicon;
    private final LossContext context;
    private final ClaimantRules claimants;
    private final TimeExpressions times;
    private final SentenceSplitter splitter;
    /** How far after a category's adjective ("tote") its noun ("russische Soldaten") may end, in tokens. */
    private static final int NOUN_AFTER_ADJECTIVE = 3;
    /** Above these a figure is no change over a period merely because an earlier sentence spoke of one. */
    private final PlausibleMaxima carriedIncrements;
    /** How many words may stand between a listed article and the category it counts one of. */
    private static final int LISTED_ARTICLE_REACH = 3;
    /**
     * How many words a category's name may have when it is read back from its end: before a running total's change
     * ("(+3)"), or before a verb of reaching.
     */
    private static final int NAME_BEFORE_CHANGE = 5;
    /** How many tokens a period's cue in the parentheses of a change may take ("(18 w ciągu ostatniej doby)"). */
    private static final int CHANGE_CUE_TOKENS = 8;
    /** How many words may open an attribution set off by commas before the claimant's name ("за даними"). */
    private static final int ASIDE_CUE_WORDS = 3;

    ProseExtractor(Lexicon lexicon, LossContext context, ClaimantRules claimants, TimeExpressions times,
                   PlausibleMaxima carriedIncrements) {
        this.carriedIncrements = carriedIncrements;
        this.lexicon = lexicon;
        this.context = context;
        this.claimants = claimants;
        this.times = times;
        this.splitter = new SentenceSplitter(context.abbreviations(), times.monthWords());
    }

    /**
     * Adds the loss figures of the prose between {@code from} and {@code to} to {@code findings}.
     *
     * @param comment whether the stretch is a reader comment
     * @param anchor  the date relative expressions resolve against and that dates figures nothing else dates: the
     *                comment's date, or the document's; null when unknown
     */
    void extract(TokenizedText doc, int from, int to, boolean comment, LocalDate anchor, Language language,
                 Findings findings) {
        String text = doc.text();
        List<Sentence> sentences = splitter.split(text, from, to);
        Carried carried = new Carried();
        int first = 0;
        while (first < sentences.size()) {
            int last = first;
            while (last < sentences.size() && sentences.get(last).paragraph() == sentences.get(first).paragraph()) {
                last++;
            }
            Claimant following = last < sentences.size() ? backReference(doc.tokens(sentences.get(last).start(),
                    sentences.get(last).end())) : null;
            paragraph(doc, sentences.subList(first, last), comment, anchor, language, carried, following, findings);
            first = last;
        }
    }

    /**
     * The claimant a sentence names as the source of what came before it ("Про це повідомляє Генштаб ЗСУ", "Об этом
     * сообщили в Минобороны"): its first attribution when it opens with a back-reference cue; else null.
     */
    private Claimant backReference(List<Token> tokens) {
        if (!context.opensWithBackReference(tokens)) {
            return null;
        }
        List<PhraseIndex.Match<Claimant>> attributions = claimants.attributions(tokens);
        return attributions.isEmpty() ? null : attributions.get(0).value();
    }

    /**
     * A sentence's tokens, numbers and attribution phrases (found in comments too, where they attribute nothing but
     * are no evidence of whose losses either), the country that speaks in it when no phrase names a claimant
     * ("Russia last reported"; null otherwise), and the country that speaks beside the phrases, among the
     * attributions ("Kyiv has said ..., while Oryx ..."; null otherwise).
     */
    private record Parsed(Sentence sentence, List<Token> tokens, List<Mention> mentions,
                          List<PhraseIndex.Match<Claimant>> attributions, boolean quoteOpenAfter, Language language,
                          List<TimeMention> times, PhraseIndex.Match<Side> speaker,
                          PhraseIndex.Match<Side> attributedSpeaker) {
        /** The claimant of the speaking country, or null. */
        Claimant spoken(ClaimantRules claimants) {
            return speaker == null ? null : claimants.speaker(speaker.value());
        }

        /**
         * The country that speaks of the figure at token {@code at}: the sentence's speaker, or the one among the
         * attributions when the figure is attributed to it (the last attribution before it, else the first); null
         * otherwise.
         */
        PhraseIndex.Match<Side> speakerAt(int at) {
            if (speaker != null || attributedSpeaker == null) {
                return speaker;
            }
            PhraseIndex.Match<Claimant> by = attributions.get(0);
            for (PhraseIndex.Match<Claimant> attribution : attributions) {
                if (attribution.end() <= at) {
                    by = attribution;
                }
            }
            return by.start() == attributedSpeaker.start() && by.end() == attributedSpeaker.end() ? attributedSpeaker
                    : null;
        }
    }

    /**
     * What one paragraph leaves to the next ones of the same stretch: the last claimant named (a report's later
     * paragraphs go on quoting it) and whether the text last spoke of a day's changes or of running totals.
     */
    private static final class Carried {
        private Claimant claimant;
        private Kind kind;
        /**
         * The day an earlier sentence's change was of, when it named one other than the document's date
         * ("Упродовж минулої доби, 2 січня, ..."): the changes after it that name no day of their own are of it too
         * ("Сили оборони знищили ще один танк, ..."); null when there is none.
         */
        private LocalDate changeDay;
    }

    /**
     * The figures of one paragraph. {@code following} is the claimant the next paragraph's opening back-reference
     * names, or null.
     */
    private void paragraph(TokenizedText doc, List<Sentence> sentences, boolean comment, LocalDate anchor,
                           Language documentLanguage, Carried carried, Claimant following, Findings findings) {
        String text = doc.text();
        List<Parsed> parsed = new ArrayList<>(sentences.size());
        List<List<Token>> tokenLists = new ArrayList<>(sentences.size());
        List<Token> all = new ArrayList<>();
        for (Sentence sentence : sentences) {
            List<Token> tokens = doc.tokens(sentence.start(), sentence.end());
            tokenLists.add(tokens);
            all.addAll(tokens);
        }
        Language language = Languages.standard().detect(all, 0, all.size(), documentLanguage);
        int quoteDepth = 0;
        for (int k = 0; k < sentences.size(); k++) {
            List<Token> tokens = tokenLists.get(k);
            quoteDepth = quoteDepth(tokens, quoteDepth);
            Sentence sentence = sentences.get(k);
            List<Mention> mentions = lexicon.numbers().mentions(tokens, language);
            // without numbers, time expressions matter only when one can start a period (sinceALaterDay)
            List<TimeMention> timeMentions = mentions.isEmpty() && !times.mayStartPeriod(tokens) ? List.of()
                    : times.find(text, tokens, sentence.start(), sentence.end());
            List<PhraseIndex.Match<Claimant>> attributions = sourcesOnly(claimants.attributions(tokens),
                    tokens);
            PhraseIndex.Match<Side> speaker = comment ? null : context.speaker(tokens);
            PhraseIndex.Match<Side> attributedSpeaker = null;
            if (speaker != null && !attributions.isEmpty()) {
                List<PhraseIndex.Match<Claimant>> merged = withSpeaker(attributions, speaker);
                attributedSpeaker = merged.size() > attributions.size() ? speaker : null;
                attributions = merged;
                speaker = null;
            }
            parsed.add(new Parsed(sentence, tokens, mentions, attributions, quoteDepth > 0, language, timeMentions,
                    speaker, attributedSpeaker));
        }
        Claimant[] namedAfter = namedAfter(parsed, following);
        Claimant[] namedLater = namedLater(parsed);
        Claimant inherited = carried.claimant;
        Claim previous = null;
        for (int k = 0; k < parsed.size(); k++) {
            Parsed sentence = parsed.get(k);
            Claimant quoted = quoteAttribution(parsed, k);
            Claimant spoken = sentence.spoken(claimants);
            Claimant fallback = comment ? claimants.comment() : spoken != null ? spoken : quoted != null ? quoted
                    : namedAfter[k] != null ? namedAfter[k] : inherited != null ? inherited
                    : namedLater[k] != null ? namedLater[k] : claimants.unattributed();
            // another claimant's statement: what the last one spoke of is not carried over; what sentences of nobody's
            // spoke of is ("Подразделения группировки «Север» за сутки ... Противник потерял до 175 военнослужащих
            // ..., сообщили в Минобороны России")
            if (inherited != null && ((!sentence.attributions().isEmpty()
                    && sentence.attributions().get(0).value() != inherited
                    && !context.opensWithBackReference(sentence.tokens())) || (spoken != null && spoken != inherited))) {
                carried.kind = null;
                carried.changeDay = null;
            }
            boolean increment = context.statesIncrement(sentence.tokens()) || sinceALaterDay(sentence, anchor);
            boolean total = context.statesTotal(sentence.tokens());
            if (increment != total) {
                carried.kind = increment ? Kind.INCREMENT : Kind.CUMULATIVE;
            } else if (increment) {
                carried.kind = null;
            }
            Claim partOf = context.opensWithSubsetLink(sentence.tokens()) ? previous : null;
            previous = null;
            if (!sentence.mentions().isEmpty()) {
                Kind periodKind = increment || total ? null : carried.kind;
                SentenceScan scan = sentence(text, sentence, fallback, comment, anchor, periodKind, partOf,
                        carried.changeDay, findings);
                if (scan.namedChangeDay != null) {
                    carried.changeDay = scan.namedChangeDay;
                }
                Claim last = scan.last == null || scan.last.kind() == Kind.DERIVED ? null : scan.last;
                if (scan.carriedRefuted) {
                    carried.kind = null; // its figures were too large to go on with the day's changes
                }
                previous = last;
                if (increment && total && last != null
                        && (last.kind() == Kind.INCREMENT || last.kind() == Kind.CUMULATIVE)) {
                    // "1,300 in the past 24 hours, bringing the total to 614,950. Ukrainian forces also destroyed nine
                    // tanks": the next sentence goes on with the day's changes when it gave one, unless its figures
                    // are too large to be changes (then it lists running totals); else with the last figure's kind
                    carried.kind = scan.gaveIncrement ? Kind.INCREMENT : last.kind();
                }
            }
            if (!sentence.attributions().isEmpty()) {
                inherited = sentence.attributions().get(sentence.attributions().size() - 1).value();
            } else if (spoken != null) {
                inherited = spoken;
            } else if (quoted != null) {
                inherited = quoted;
            }
        }
        carried.claimant = inherited;
    }

    /**
     * {@code attributions} without the names of a party that lost ("while the Ukrainian military lost up to 2,700
     * soldiers, the Russian Defense Ministry said": the ministry is the source, and the losses are Ukraine's) or
     * that acted in an event ("Since Vladimir Putin ordered the invasion, ...").
     */
    private List<PhraseIndex.Match<Claimant>> sourcesOnly(List<PhraseIndex.Match<Claimant>> attributions,
                                                                    List<Token> tokens) {
        List<PhraseIndex.Match<Claimant>> kept = attributions;
        for (PhraseIndex.Match<Claimant> attribution : attributions) {
            if (notASource(tokens, attribution)) {
                kept = new ArrayList<>(attributions);
                kept.removeIf(match -> notASource(tokens, match));
                break;
            }
        }
        return kept;
    }

    private boolean notASource(List<Token> tokens, PhraseIndex.Match<Claimant> name) {
        return context.losesAt(tokens, name.start(), name.end())
                || context.actsInAnEvent(tokens, name.start(), name.end());
    }

    /**
     * {@code attributions} with the speaking country among them, in order, unless it is part of one ("Ukraine said
     * Russia had lost 7,500 troops, while Russia's Defence Ministry said ..."): each figure then takes the nearest
     * before it.
     */
    private List<PhraseIndex.Match<Claimant>> withSpeaker(List<PhraseIndex.Match<Claimant>> attributions,
                                                           PhraseIndex.Match<Side> speaker) {
        for (PhraseIndex.Match<Claimant> attribution : attributions) {
            if (attribution.start() < speaker.end() && speaker.start() < attribution.end()) {
                return attributions;
            }
        }
        List<PhraseIndex.Match<Claimant>> all = new ArrayList<>(attributions.size() + 1);
        PhraseIndex.Match<Claimant> spoken = new PhraseIndex.Match<>(claimants.speaker(speaker.value()),
                speaker.start(), speaker.end());
        boolean added = false;
        for (PhraseIndex.Match<Claimant> attribution : attributions) {
            if (!added && speaker.start() < attribution.start()) {
                all.add(spoken);
                added = true;
            }
            all.add(attribution);
        }
        if (!added) {
            all.add(spoken);
        }
        return all;
    }

    /**
     * For each sentence, the claimant a later back-reference names for it ("... 1 150 військових. Про це повідомляє
     * Генштаб"): the nearest one after it in the paragraph, or {@code following} at the paragraph's end, unless a
     * sentence between them names a claimant of its own; null where there is none.
     */
    private Claimant[] namedAfter(List<Parsed> parsed, Claimant following) {
        Claimant[] named = new Claimant[parsed.size()];
        Claimant next = following;
        for (int k = parsed.size() - 1; k >= 0; k--) {
            named[k] = next;
            Parsed sentence = parsed.get(k);
            if (!sentence.attributions().isEmpty()) {
                next = context.opensWithBackReference(sentence.tokens()) ? sentence.attributions().get(0).value()
                        : null;
            }
        }
        return named;
    }

    /**
     * For each sentence, the claimant the nearest later sentence of the paragraph names ("За минувшие сутки ...
     * ликвидировали 910 оккупантов. Общие потери ... достигли 425 890 человек, сообщает Генштаб ВСУ."): the source
     * of a report's opening figures when nothing before them names one; null where no later sentence names one.
     */
    private static Claimant[] namedLater(List<Parsed> parsed) {
        Claimant[] named = new Claimant[parsed.size()];
        Claimant next = null;
        for (int k = parsed.size() - 1; k >= 0; k--) {
            named[k] = next;
            List<PhraseIndex.Match<Claimant>> attributions = parsed.get(k).attributions();
            if (!attributions.isEmpty()) {
                next = attributions.get(0).value();
            }
        }
        return named;
    }

    /**
     * Whether the sentence counts from a day after the invasion's first ("seit dem 3. Februar", "since March 1"):
     * its figures are then the change over that period, not running totals.
     */
    private static boolean sinceALaterDay(Parsed sentence, LocalDate anchor) {
        for (TimeMention mention : sentence.times()) {
            LocalDate start = mention.startsPeriod() ? mention.resolve(anchor) : null;
            if (start != null && start.isAfter(InvasionCalendar.DAY_ONE)) {
                return true;
            }
        }
        return false;
    }

    /** The quotation depth after {@code tokens}, given the depth before: “ opens, ” closes, " toggles. */
    private static int quoteDepth(List<Token> tokens, int depth) {
        int d = depth;
        for (Token token : tokens) {
            if (token.isSymbol("“")) {
                d++;
            } else if (token.isSymbol("”")) {
                d = Math.max(0, d - 1);
            } else if (token.isSymbol("\"")) {
                d = d > 0 ? d - 1 : d + 1;
            }
        }
        return d;
    }

    /**
     * For a sentence inside a quotation that goes on past it, the claimant named where the quotation closes
     * ("... in coming days. Heavy fighting continues,” the British Military Intelligence assessed."); else null.
     */
    private static Claimant quoteAttribution(List<Parsed> parsed, int k) {
        if (!parsed.get(k).quoteOpenAfter()) {
            return null;
        }
        for (int t = k + 1; t < parsed.size(); t++) {
            if (!parsed.get(t).quoteOpenAfter()) {
                List<PhraseIndex.Match<Claimant>> attributions = parsed.get(t).attributions();
                return attributions.isEmpty() ? null : attributions.get(0).value();
            }
        }
        return null;
    }

    /**
     * Adds the figures of one sentence to {@code findings}; returns the scan, whose {@code last} figure (not a
     * multiple) and carried kind the paragraph goes on from. {@code partOf} is the figure of the sentence before
     * that a sentence opening with a part word is part of, or null.
     */
    private SentenceScan sentence(String text, Parsed parsed, Claimant fallback, boolean comment, LocalDate anchor,
                                  Kind periodKind, Claim partOf, LocalDate changeDay, Findings findings) {
        SentenceScan scan = new SentenceScan(text, parsed, fallback, comment, anchor, periodKind, partOf, changeDay,
                findings);
        scan.run();
        return scan;
    }

    /** The figures of one sentence, found number by number; lives for one sentence of one call. */
    private final class SentenceScan {
        private final String text;
        private final Parsed parsed;
        private final List<Token> tokens;
        private final Claimant fallback;
        private final boolean comment;
        private final LocalDate anchor;
        private final Findings findings;
        private final List<TimeMention> timeMentions;
        private final boolean losses;
        /**
         * What earlier sentences spoke of, when this one has no cue. A carried day's change holds for none of the
         * sentence's figures when one of them is too large to be a change ("This includes 1,210 over the past day.
         * Russia has also lost 717 air defence systems, 6,812 tanks, ...": all totals), nor for the rest of the
         * paragraph: the sentence's figures are held back until its end to decide it.
         */
        private final Kind periodKind;
        /** The figures held back while a carried day's change is undecided, with what their kinds were made of. */
        private final List<Held> held = new ArrayList<>();
        /** Where parts of a figure start in the sentence ({@link LossContext#partStarts}); null until needed. */
        private int[] partStarts;
        /** Whether the last figure's kind came from the carried day's change. */
        private boolean carriedKindUsed;
        /** Whether a figure too large to be a change refuted the carried day's change. */
        private boolean carriedRefuted;
        /** Whether the sentence gave a day's change (or another period's). */
        private boolean gaveIncrement;
        /** The day an earlier sentence's change was of ({@link Carried#changeDay}), or null. */
        private final LocalDate changeDay;
        /** The day, other than the document's date, that this sentence's last change named, or null. */
        private LocalDate namedChangeDay;
        /** The figure of the sentence before whose part this sentence states ("Darunter ..."), or null. */
        private final Claim partOf;
        /**
         * Whether the sentence speaks of losses only as part of {@link #partOf}: its figures are then no larger than
         * that one and of another category ("Gefallene" among "Soldaten").
         */
        private final boolean onlyPart;
        /** The last figure found, the base of a multiple, and the token after its number. */
        private Claim last;
        private int lastEnd;
        /** The end of the name of the last figure that is no loss ("entered the war with 360,000 troops"), or -1. */
        private int deniedUntil = -1;
        /** Where the previous number's noun phrase ended: this number's clause starts no earlier. */
        private int previousEnd;
        /**
         * The token after the previous number: this one's qualifier starts no earlier, even within the previous
         * number's phrase ("repelled 11 counterattacks, eliminating up to 350").
         */
        private int previousNumberEnd;

        SentenceScan(String text, Parsed parsed, Claimant fallback, boolean comment, LocalDate anchor,
                     Kind periodKind, Claim partOf, LocalDate changeDay, Findings findings) {
            this.text = text;
            this.parsed = parsed;
            this.tokens = parsed.tokens();
            this.fallback = fallback;
            this.comment = comment;
            this.anchor = anchor;
            this.findings = findings;
            this.timeMentions = parsed.times();
            boolean victims = context.countsVictims(tokens, parsed.mentions());
            this.onlyPart = !victims && partOf != null && !context.speaksOfLosses(tokens);
            this.losses = !victims && (onlyPart || context.speaksOfLosses(tokens));
            this.periodKind = periodKind;
            this.partOf = partOf;
            this.changeDay = changeDay;
        }

        void run() {
            List<Mention> mentions = parsed.mentions();
            for (int k = 0; k < mentions.size(); k++) {
                Mention mention = mentions.get(k);
                int limit = k + 1 < mentions.size() ? mentions.get(k + 1).start() : tokens.size();
                int index = tokens.get(mention.start()).start();
                boolean count = mention.type() != Mention.Type.MULTIPLE;
                if (isInside(timeMentions, index, tokens.get(mention.end() - 1).end())
                        || (count && context.isMeasure(tokens, mention.start(), mention.end()))) {
                    previousEnd = mention.end();
                } else if (count && changeOfLast(mention, index)) {
                    previousEnd = mention.end();
                } else if (count) {
                    count(mention, index, limit);
                } else {
                    multiple(mention, index, limit);
                    previousEnd = mention.end();
                }
                previousNumberEnd = mention.end();
            }
            for (Held figure : held) {
                Claim claim = figure.claim();
                if (carriedRefuted && figure.carried()) {
                    Kind kind = kind(figure.rule(), figure.category(), figure.mention(), null);
                    boolean dayOfChange = changeDay != null && changeDay.equals(claim.date());
                    claim = ofKind(claim, kind);
                    if (dayOfChange && kind != Kind.INCREMENT) { // a running total is not of the change's day
                        claim = dated(claim, dateOf(figure.index(), kind, figure.mention()));
                    }
                }
                findings.claim(figure.index(), claim);
                last = figure.claim() == last ? claim : last;
                gaveIncrement |= claim.kind() == Kind.INCREMENT;
            }
        }

        /**
         * Whether the parentheses of a change close at token {@code at} ("(+3)"), or, without a plus sign, after a
         * period's cue ("10 292 czołgi (18 w ciągu ostatniej doby)").
         */
        private boolean closesChange(int at, boolean plus) {
            if (plus) {
                return at < tokens.size() && tokens.get(at).isSymbol(")");
            }
            for (int close = at; close < Math.min(tokens.size(), at + CHANGE_CUE_TOKENS); close++) {
                if (tokens.get(close).isSymbol(")")) {
                    return close > at && context.statesIncrement(tokens.subList(at, close));
                }
            }
            return false;
        }

        /**
         * The comma that opens an attribution set off by commas and ending right before token {@code end}
         * (", за даними Генштабу,", ", according to the General Staff,"); -1 when there is none.
         */
        private int attributionAsideEndingAt(int end) {
            if (end < 1 || !tokens.get(end - 1).isSymbol(",")) {
                return -1;
            }
            for (PhraseIndex.Match<Claimant> attribution : parsed.attributions()) {
                if (attribution.end() == end - 1) {
                    for (int i = attribution.start() - 1; i >= Math.max(0, attribution.start() - ASIDE_CUE_WORDS - 1);
                         i--) {
                        if (tokens.get(i).isSymbol(",")) {
                            return i;
                        }
                    }
                }
            }
            return -1;
        }

        /**
         * Whether the figure starting at token {@code start} is listed after one that is no loss, with only commas
         * and conjunctions between them.
         */
        private boolean listedAfterDenied(int start) {
            if (deniedUntil < 0 || deniedUntil >= start) {
                return false;
            }
            for (int i = deniedUntil; i < start; i++) {
                if (!tokens.get(i).isSymbol(",") && !context.isConjunction(tokens.get(i))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether the number is a change in parentheses right after the name of the running total before it
         * ("Росія втратила 11 357 танків (+3)", "10,292 tanks (up 18)"): then it is added as that total's change, of
         * the same day.
         */
        private boolean changeOfLast(Mention mention, int index) {
            boolean plus = mention.start() > 0 && tokens.get(mention.start() - 1).isSymbol("+");
            int opener = plus ? mention.start() - 1 : context.changeOpenerBefore(tokens, mention.start());
            plus |= opener >= 0; // "(+3)", "(up 18)"
            int open = (opener >= 0 ? opener : mention.start()) - 1;
            if (last == null || last.kind() != Kind.CUMULATIVE || mention.type() != Mention.Type.COUNT
                    || mention.isRange() || open < lastEnd || open - lastEnd > NAME_BEFORE_CHANGE
                    || !tokens.get(open).isSymbol("(") || !closesChange(mention.end(), plus)) {
                return false;
            }
            for (int i = lastEnd; i < open; i++) {
                if (tokens.get(i).type() != Token.Type.WORD) {
                    return false; // only the total's name between them
                }
            }
            Claim total = last;
            add(index, new Claim(total.date(), null, total.claimant(), total.side(), total.category(),
                    mention.value(), Qualifier.EXACT, null, null, Kind.INCREMENT, provenance(index)));
            last = total;
            return true;
        }

        /** A count: a figure when a category names it, the sentence speaks of losses and its clause does not deny it. */
        private void count(Mention mention, int index, int limit) {
            int clauseStart = context.clauseStart(tokens, previousEnd, mention.start());
            PhraseIndex.Match<Qualifier> stated = lexicon.qualifiers().endingAt(tokens, previousNumberEnd,
                    mention.start());
            int phraseEnd = context.phraseEnd(tokens, mention.end(), limit);
            previousEnd = beforeNextQualifier(mention.end(), phraseEnd, limit);
            if (context.isLaunched(tokens, previousNumberEnd, stated == null ? mention.start() : stated.start())) {
                return; // "Russia launched 85 drones": what was fired, not lost
            }
            boolean listedNoun = mention.type() == Mention.Type.LISTED_NOUN;
            // a name may open with the word that ends the noun phrase ("1,150 of its soldiers")
            int nameStarts = phraseEnd < limit && lexicon.categoryAt(tokens, phraseEnd, limit, parsed.language()) != null
                    ? phraseEnd + 1 : phraseEnd;
            PhraseIndex.Match<Category> head = lexicon.firstCategory(tokens,
                    listedNoun ? mention.start() : mention.end(), nameStarts, limit, parsed.language());
            if (listedNoun && (head == null || head.start() != mention.start() || !endsItem(head.end()))) {
                return; // "..., танк и три ББМ": the noun itself names the category and ends the item
            }
            if (mention.type() == Mention.Type.LISTED_ARTICLE && (head == null
                    || head.start() - mention.end() > LISTED_ARTICLE_REACH || !endsItem(head.end()))) {
                return; // "and a helicopter", "a US-made Bradley infantry fighting vehicle"; not "and a commander",
                        // "a tank battalion commander"
            }
            if (head == null) {
                head = elided(mention, k(mention), stated);
            }
            boolean namedBeforeVerb = false;
            if (head == null) {
                head = namedBefore(mention, stated, clauseStart);
                namedBeforeVerb = head != null;
            }
            int clauseEnd = context.clauseEnd(tokens, phraseEnd, limit);
            if (head != null && (context.deniesLoss(tokens, clauseStart, clauseEnd)
                    || listedAfterDenied(stated == null ? mention.start() : stated.start()))) {
                // "entered the war with 360,000 troops and 3,500 tanks": both are no loss
                deniedUntil = Math.max(head.end(), mention.end());
                return;
            }
            if (head == null || !losses || context.isRate(tokens, Math.max(head.end(), mention.end()))
                    || context.ratedIn(tokens, clauseStart, clauseEnd)) {
                return;
            }
            Category category = context.refine(head.value(), tokens, clauseStart, mention.start(), mention.end(),
                    clauseEnd);
            if (onlyPart && (category == partOf.category() || mention.value() > partOf.value())) {
                return; // "Darunter seien 300 Panzer vom Typ T-90": a part in the whole's category is a type of it
            }
            if (!comment && parsed.attributions().isEmpty() && parsed.speaker() == null
                    && context.namesAnAgent(tokens, mention.end(), clauseEnd)) {
                // "over 20,000 deaths confirmed by reporters": whoever counted them, not the claimant named before
                findings.warn(index, "\"" + words(text, tokens, mention) + " " + head.value() + "\" are counted by "
                        + "someone the sentence names but no claimant is known for; the figure is skipped");
                return;
            }
            Claimant claimant = comment ? claimants.comment() : attributed(parsed.attributions(), mention.start(),
                    fallback);
            ClaimantRules.Rule rule = claimants.rule(claimant);
            Side named = context.namedSide(tokens, mention.end(), head.end(), rule.adversary());
            if (named == null && head.end() > head.start()) {
                // "1.351 tote russische Soldaten": the side between an adjective that names the category and its noun
                PhraseIndex.Match<Category> noun = lexicon.firstCategory(tokens, head.end(),
                        Math.min(phraseEnd, head.end() + NOUN_AFTER_ADJECTIVE), parsed.language());
                named = noun == null ? null : context.namedSide(tokens, head.end(), noun.start(), rule.adversary());
            }
            if (named == null && head.end() > head.start()) {
                named = context.sideRightAfter(tokens, head.end()); // "600 militaires russes", "960 militari russi"
            }
            if (named == null && namedBeforeVerb) {
                // "Russian military deaths have reached up to 120,000": the side is named with the category
                named = context.sideNamedBefore(tokens, clauseStart, mention.start(), parsed.attributions());
            }
            Side subject = named != null ? null : context.sufferingSide(tokens, 0, mention.start(),
                    parsed.attributions());
            Side evident = named != null ? named : subject;
            PhraseIndex.Match<Side> speaking = parsed.speakerAt(mention.start());
            if (speaking != null) { // never in a comment
                // a country speaking of losses may speak of its own: whose they are must be evident from the sentence
                Side speaker = speaking.value();
                Side struck = context.struckByOwnForces(tokens, speaker);
                struck = struck != null ? struck : context.struckBySpeaker(tokens, speaking);
                evident = evident != null ? evident : context.speaksOfOwn(tokens) ? speaker
                        : struck != null ? struck : context.sentenceSide(tokens, List.of(speaking), null);
                if (evident == null && context.saysDied(tokens, clauseStart, clauseEnd, parsed.attributions())) {
                    evident = speaker; // "Москва ... тоді заявляли про 5 937 загиблих": its own dead
                }
                if (evident == null) {
                    findings.warn(index, "whose losses \"" + words(text, tokens, mention) + " " + head.value()
                            + "\" counts is not stated (" + claimant.id() + " may speak of its own); the figure is "
                            + "skipped");
                    return;
                }
            } else if (!comment && parsed.attributions().isEmpty() && evident != null && rule.adversary() != null
                    && evident != rule.adversary()) {
                findings.warn(index, "\"" + words(text, tokens, mention) + " " + head.value() + "\" are " + evident.id()
                        + "'s losses, which " + claimant.id() + ", named before this sentence, does not count; who "
                        + "claims them is not stated, and the figure is skipped");
                return;
            }
            Side side = speaking != null ? evident
                    : whoseLosses(named, subject, rule, clauseStart, mention.start(), clauseEnd);
            if (side == null) {
                findings.warn(index, "whose losses \"" + words(text, tokens, mention) + " " + head.value()
                        + "\" counts is not stated; the figure is skipped");
                return;
            }
            PhraseIndex.Match<Qualifier> after = stated == null ? lexicon.qualifierAfter(tokens, mention.end()) : null;
            Qualifier qualifier = mention.isRange() ? Qualifier.RANGE : stated != null ? stated.value()
                    : after != null ? after.value() : Qualifier.EXACT;
            Kind kind = kind(rule, category, mention, periodKind);
            LocalDate date = dateOf(index, kind, mention);
            if (kind == Kind.INCREMENT && date != null && !date.equals(anchor) && !date.equals(changeDay)
                    && periodOfLoss(mention) == null) {
                namedChangeDay = date;
            }
            lastEnd = mention.end();
            add(index, new Claim(date, null, claimant, side, category, mention.value(), qualifier, mention.low(),
                    mention.high(), kind, provenance(index)), rule, category, mention);
        }

        /**
         * The as-of date of a figure of {@code kind} at {@code index} ({@link ProseExtractor#date}): a change or an
         * estimate without a day of its own is of the end of the period its clause names ("45,680 casualties in
         * November alone", "наприкінці листопада 2024 року встановила імена 80 973"), a change else of the day an
         * earlier change named.
         */
        private LocalDate dateOf(int index, Kind kind, Mention mention) {
            boolean change = kind == Kind.INCREMENT;
            boolean ofAPeriod = change || kind == Kind.ESTIMATE;
            Predicate<TimeMention> statedOn = time -> time.start() < tokens.get(mention.start()).start()
                    && introducesStatement(time);
            // "тоді заявляли про 5 937 загиблих": "then" speaks of the time the sentence named, even a period's start
            boolean then = context.speaksOfThen(tokens);
            return date(text, timeMentions, index, anchor, context.statesTotal(tokens) && !then,
                    kind == Kind.CUMULATIVE, statedOn, ofAPeriod ? periodOfLoss(mention) : null,
                    change ? changeDay : null, then, findings);
        }

        /**
         * Where the words after a number end: at {@code phraseEnd}, or before it where the qualifier of the next
         * number, at {@code limit}, starts ("50 000 ruských vojakov a ďalších až 140 000": "až" is the next's).
         */
        private int beforeNextQualifier(int from, int phraseEnd, int limit) {
            PhraseIndex.Match<Qualifier> next = lexicon.qualifiers().endingAt(tokens, from, limit);
            return next == null ? phraseEnd : Math.min(phraseEnd, next.start());
        }

        /**
         * Whose losses: the side the noun phrase names ("Russian troops"), else the party the sentence says lost
         * them ("ВСУ потеряли"), else the claimant's adversary (its own side when the clause says they died: {@link
         * LossContext#unnamedSide}), else the side named in its clause before it, else the one side the sentence
         * points to, else the side of the sentence's figure before it; null when nothing settles it.
         */
        private Side whoseLosses(Side named, Side subject, ClaimantRules.Rule rule, int clauseStart, int start,
                                 int clauseEnd) {
            List<PhraseIndex.Match<Claimant>> attributions = parsed.attributions();
            if (named != null) {
                return named;
            }
            if (subject != null) {
                return subject;
            }
            if (rule.adversary() != null) {
                return context.unnamedSide(tokens, clauseStart, clauseEnd, rule.adversary(), attributions);
            }
            // "a estimé les pertes russes à 180 000 morts": the side its own clause names before it
            Side before = context.sideNamedBefore(tokens, clauseStart, start, attributions);
            if (before != null) {
                return before;
            }
            Side sentence = context.sentenceSide(tokens, attributions, null);
            // "close to 70,000 killed and 100,000 to 120,000 wounded": the side of the figure before it, or of the
            // figure of the sentence before whose part this one states ("Darunter seien 40.000 bis 60.000 Gefallene")
            return sentence != null ? sentence : last != null && last.kind() != Kind.DERIVED ? last.side()
                    : partOf != null ? partOf.side() : null;
        }

        /**
         * The figure's kind: the claimant's (running totals or estimates) unless the text speaks of a period's change
         * (an increment) or, for a claimant of running totals, of a running total: the nearest such cue in the
         * figure's sentence (outside an aside in parentheses), else a change when the sentence counts from a later
         * day than the invasion's first, else what earlier sentences of the report spoke of when its own sentence
         * has no cue (a change only when the figure is small enough to be one: {@link #carriedIncrements}).
         */
        private Kind kind(ClaimantRules.Rule rule, Category category, Mention mention, Kind carried) {
            int figure = tokens.get(mention.start()).start();
            Kind periodKind = carried;
            if (periodKind == Kind.INCREMENT && carriedIncrements.exceeded(category, mention.value())) {
                carriedRefuted = true;
                periodKind = null;
            }
            carriedKindUsed = periodKind != null;
            // "... since the invasion began, 1,160 of them in the past day": a part with a day's cue is that change
            Kind period = periodKind != null ? periodKind
                    : context.isChangePart(tokens, mention.start(), mention.end()) ? Kind.INCREMENT
                    : context.nearestPeriod(tokens, 0, mention.start(), mention.end(), beforePart(mention.end()),
                            token -> inAside(text, tokens.get(token).start(), figure) || statesOnADay(token));
            // a month's or a year's losses are a change for a claimant of running totals; an estimate stated for a
            // time ("наприкінці листопада 2024 року встановила імена 80 973") stays one
            if (period == null && (countsFromALaterDay(mention) || onADayOfLoss(mention)
                    || context.leadsToTotal(tokens, mention.end())
                    || rule.kind() == Kind.CUMULATIVE && periodOfLoss(mention) != null)) {
                period = Kind.INCREMENT;
            }
            if (period == Kind.INCREMENT || (period == Kind.CUMULATIVE && rule.kind() == Kind.CUMULATIVE)) {
                return period;
            }
            return rule.kind();
        }

        /**
         * The category of a bare number the text leaves to its neighbours: the next figure's when a conjunction
         * joins them ("до 225 и более 440 военнослужащих"), else the previous figure's when the words since it
         * lead it to its running total ("taking the total to 154,830"), make it the day's part of it ("w tym 1210 w
         * ciągu ostatniej doby") or more of it ("a ďalších až 140 000 bolo zranených"), or a dash sets the number
         * apart ("«Запад» — до 495"); null otherwise. The category match returned spans the borrowed name.
         */
        private PhraseIndex.Match<Category> elided(Mention mention, int k, PhraseIndex.Match<Qualifier> stated) {
            List<Mention> mentions = parsed.mentions();
            if (k + 1 < mentions.size() && mentions.get(k + 1).type() == Mention.Type.COUNT) {
                Mention next = mentions.get(k + 1);
                int gap = next.start() - mention.end();
                PhraseIndex.Match<Qualifier> nextStated = lexicon.qualifiers().endingAt(tokens, mention.end(),
                        next.start());
                int conjunction = mention.end();
                if (gap == 1 + (nextStated == null ? 0 : nextStated.end() - nextStated.start())
                        && context.isConjunction(tokens.get(conjunction))) {
                    int nextLimit = k + 2 < mentions.size() ? mentions.get(k + 2).start() : tokens.size();
                    int nextEnd = context.phraseEnd(tokens, next.end(), nextLimit);
                    PhraseIndex.Match<Category> nextHead = lexicon.firstCategory(tokens, next.end(), nextEnd,
                            parsed.language());
                    if (nextHead != null) {
                        return nextHead;
                    }
                }
            }
            int before = stated == null ? mention.start() : stated.start();
            if (last != null && last.kind() != Kind.DERIVED && (context.linksToTotal(tokens, lastEnd, before)
                    || context.isChangePart(tokens, before, mention.end()))) {
                return new PhraseIndex.Match<>(last.category(), mention.end(), mention.end());
            }
            if (last != null && last.kind() != Kind.DERIVED && context.isFurtherPart(tokens, before, mention.end())) {
                // "загинули 43 тисячі ..., ще 370 тисяч дістали поранення": more personnel, made specific again
                return new PhraseIndex.Match<>(context.refinableBase(last.category()), mention.end(), mention.end());
            }
            boolean dashBefore = before > 0 && isDash(text, tokens.get(before - 1));
            boolean dashAfter = mention.end() < tokens.size() && isDash(text, tokens.get(mention.end()));
            if (last != null && last.kind() != Kind.DERIVED && (dashBefore || dashAfter)) {
                return new PhraseIndex.Match<>(last.category(), mention.end(), mention.end());
            }
            if (last != null && last.kind() != Kind.DERIVED && endsItem(mention.end())
                    && context.namesFormation(tokens, previousNumberEnd, before)) {
                // "Battlegroup West eliminated up to 480 Ukrainian troops and Battlegroup South up to 260"
                return new PhraseIndex.Match<>(last.category(), mention.end(), mention.end());
            }
            if (partOf != null && k == 0 && mention.value() <= partOf.value()) {
                // "... 175,000 and 200,000 casualties. Of these, 40,000 to 60,000 were killed": the part of the figure
                // before that its clause (the whole sentence, when it is the only figure) makes specific
                boolean alone = parsed.mentions().size() == 1;
                int clauseStart = alone ? 0 : context.clauseStart(tokens, 0, mention.start());
                int clauseEnd = alone ? tokens.size() : context.clauseEnd(tokens, mention.end(), tokens.size());
                Category part = context.refine(partOf.category(), tokens, clauseStart, mention.start(), mention.end(),
                        clauseEnd);
                if (part != partOf.category()) {
                    return new PhraseIndex.Match<>(part, mention.end(), mention.end());
                }
            }
            return null;
        }

        /**
         * The category named before a number that a verb of reaching introduces ("втрати ... в особовому складі
         * сягнули 689 040", "počet ... príslušníkov ... zvýšil na 469 840"): the nearest name in the clause before the
         * verb, or before the number when the verb follows it ("asker kaybı 38 bin 300'e ulaştı"); null when there is
         * no such verb right before or after the number, or no name.
         */
        private PhraseIndex.Match<Category> namedBefore(Mention mention, PhraseIndex.Match<Qualifier> stated,
                                                        int clauseStart) {
            int before = stated == null ? mention.start() : stated.start();
            PhraseIndex.Match<Boolean> verb = context.reachVerbEndingAt(tokens, clauseStart, before);
            if (verb == null && stated != null) { // "перевищили 1,18 мільйона": the verb is the qualifier too
                verb = context.reachVerbEndingAt(tokens, clauseStart, mention.start());
            }
            int nameEnd;
            if (verb != null) {
                nameEnd = verb.start();
            } else if (context.reachVerbFollows(tokens, mention.end())) {
                nameEnd = before; // the verb after the number, as in Turkish ("asker kaybı 38 bin 300'e ulaştı")
            } else {
                return null;
            }
            int asideStart = attributionAsideEndingAt(nameEnd);
            if (asideStart >= 0) {
                // "Кількість ... артилерійських систем, за даними Генштабу, сягнула 34 969": the name before the aside
                nameEnd = asideStart;
                clauseStart = context.clauseStart(tokens, 0, asideStart);
            }
            for (int i = nameEnd - 1; i >= clauseStart; i--) {
                PhraseIndex.Match<Category> name = lexicon.categoryAt(tokens, i, nameEnd, parsed.language());
                if (name != null) {
                    // the longest name that ends there ("автомобільної техніки та автоцистерн", not "автоцистерн")
                    for (int j = i - 1; j >= Math.max(clauseStart, i - NAME_BEFORE_CHANGE); j--) {
                        PhraseIndex.Match<Category> longer = lexicon.categoryAt(tokens, j, nameEnd, parsed.language());
                        name = longer != null && longer.end() >= name.end() ? longer : name;
                    }
                    return new PhraseIndex.Match<>(name.value(), mention.end(), mention.end());
                }
            }
            // "Russia's losses stood at 878,200": a noun of losses names personnel when nothing else is named
            PhraseIndex.Match<Category> losses = context.lossNounIn(tokens, clauseStart, nameEnd);
            return losses == null ? null : new PhraseIndex.Match<>(losses.value(), mention.end(), mention.end());
        }

        /**
         * Whether the figure's clause names the day the losses happened on ("3 июня ВСУ потеряли до 1 720
         * военнослужащих", "противник потерял 3 июня", "Вчора росія втратила 1 070"): a full date, a day and month
         * or a day before the document's ("yesterday") in its clause (not the invasion's first day), as
         * {@link LossContext#isDayOfLoss} decides.
         */
        private boolean onADayOfLoss(Mention mention) {
            TimeMention day = inClause(mention, time -> (time.type() == TimeMention.Type.DATE
                    || time.type() == TimeMention.Type.MONTH_DAY
                    || time.type() == TimeMention.Type.RELATIVE && time.relativeDays() < 0) && !time.startsPeriod()
                    && !time.namesInvasionsFirstDay(anchor));
            return day != null && context.isDayOfLoss(tokens, tokenAt(day.start()), mention.start());
        }

        /**
         * Whether the figure's clause counts from a day after the invasion's first ("seit dem 3. Februar hat Russland
         * ... verloren"); not a day in another clause ("hat seit dem 25. März keine Zahlen genannt – damals
         * bestätigte es 1.351 Tote").
         */
        private boolean countsFromALaterDay(Mention mention) {
            return inClause(mention, time -> {
                LocalDate start = time.startsPeriod() ? time.resolve(anchor) : null;
                return start != null && start.isAfter(InvasionCalendar.DAY_ONE);
            }) != null;
        }

        /**
         * The month or year whose losses the figure counts ("у 2025 році росіяни втратили", "lost 29,600 troops in
         * October alone"): a month or a year named in the figure's clause where no running total is stated, as
         * {@link LossContext#isDayOfLoss} decides for a day (not after an as-of word or a verb of saying, which make
         * it the time the figure was stated); null when there is none.
         */
        private TimeMention periodOfLoss(Mention mention) {
            if (context.statesTotal(tokens)) {
                return null;
            }
            int figure = tokens.get(mention.start()).start();
            TimeMention period = inClause(mention, time -> (time.type() == TimeMention.Type.MONTH
                    || time.type() == TimeMention.Type.YEAR) && !time.startsPeriod()
                    && !inAside(text, time.start(), figure));
            return period != null && context.isDayOfLoss(tokens, tokenAt(period.start()), mention.start()) ? period
                    : null;
        }

        /**
         * Whether the day named at token {@code token} is the day of a statement ("Yesterday the General Staff said
         * Russia had lost 1,161,050", "Вчора Генштаб повідомив", "напередодні повідомлялося"): then it dates the
         * statement, and is no cue of a day's change.
         */
        private boolean statesOnADay(int token) {
            int at = tokens.get(token).start();
            for (TimeMention time : timeMentions) {
                if (time.start() == at) {
                    return time.type() == TimeMention.Type.RELATIVE && introducesStatement(time);
                }
            }
            return false;
        }

        /**
         * Whether the time expression opens the sentence or follows a comma, and a verb of saying follows it, after a
         * comma and the name of who said it, if any: the time is when something was said ("Yesterday the General
         * Staff said", not "destroyed 14 armored vehicles yesterday, the General Staff said").
         */
        private boolean introducesStatement(TimeMention time) {
            int first = tokenAt(time.start());
            if (first > 0 && !tokens.get(first - 1).isSymbol(",")) {
                return false;
            }
            int i = tokenAt(time.end());
            while (i < tokens.size() && tokens.get(i).isSymbol(",")) {
                i++;
            }
            for (PhraseIndex.Match<Claimant> attribution : parsed.attributions()) {
                if (attribution.start() >= i && attribution.start() <= i + 1) {
                    i = attribution.end();
                    break;
                }
            }
            return context.saysAt(tokens, i);
        }

        /** The first time expression within the figure's clause that {@code wanted} accepts, or null. */
        private TimeMention inClause(Mention mention, Predicate<TimeMention> wanted) {
            int clauseStart = context.clauseStart(tokens, 0, mention.start());
            int clauseEnd = context.clauseEnd(tokens, mention.end(), tokens.size());
            int from = tokens.get(clauseStart).start();
            int to = clauseEnd < tokens.size() ? tokens.get(clauseEnd).start() : text.length();
            for (TimeMention time : timeMentions) {
                if (time.start() >= from && time.end() <= to && wanted.test(time)) {
                    return time;
                }
            }
            return null;
        }

        /** The first token of the sentence that starts at or after character {@code index}. */
        private int tokenAt(int index) {
            int token = 0;
            while (token < tokens.size() && tokens.get(token).start() < index) {
                token++;
            }
            return token;
        }

        /** The first token at or after {@code end} where a part of a figure starts, else the sentence's end. */
        private int beforePart(int end) {
            if (partStarts == null) {
                partStarts = context.partStarts(tokens);
            }
            for (int start : partStarts) {
                if (start >= end) {
                    return start;
                }
            }
            return tokens.size();
        }

        /** Whether a list item ends at token {@code at}: the sentence's end, a symbol, a conjunction or a phrase's end. */
        private boolean endsItem(int at) {
            return at >= tokens.size() || tokens.get(at).type() == Token.Type.SYMBOL
                    || context.isConjunction(tokens.get(at)) || context.phraseEnd(tokens, at, tokens.size()) == at;
        }

        private int k(Mention mention) {
            return parsed.mentions().indexOf(mention);
        }

        /** A multiple of the last figure ("thrice that number"), in the category a cue beside it gives. */
        private void multiple(Mention mention, int index, int limit) {
            if (last == null) {
                findings.warn(index, "\"" + words(text, tokens, mention) + "\" refers to no figure before it in its "
                        + "sentence; it is skipped");
                return;
            }
            int clauseStart = context.clauseStart(tokens, previousEnd, mention.start());
            int clauseEnd = context.clauseEnd(tokens, mention.end(), limit);
            Category category = context.refine(last.category(), tokens, clauseStart, mention.start(), mention.end(),
                    clauseEnd);
            PhraseIndex.Match<Qualifier> stated = lexicon.qualifiers().endingAt(tokens, previousEnd, mention.start());
            double factor = mention.value();
            add(index, new Claim(last.date(), null, last.claimant(), last.side(), category, last.value() * factor,
                    stated != null ? stated.value() : last.qualifier(),
                    last.low() == null ? null : last.low() * factor, last.high() == null ? null : last.high() * factor,
                    Kind.DERIVED, provenance(index)));
        }

        private void add(int index, Claim claim) {
            add(index, claim, null, null, null);
        }

        /** Adds a figure, held back to the sentence's end while a carried day's change is undecided. */
        private void add(int index, Claim claim, ClaimantRules.Rule rule, Category category, Mention mention) {
            if (periodKind == Kind.INCREMENT) {
                held.add(new Held(index, claim, rule != null && carriedKindUsed, rule, category, mention));
            } else {
                findings.claim(index, claim);
                gaveIncrement |= claim.kind() == Kind.INCREMENT;
            }
            last = claim;
        }

        /** The provenance of the figure at {@code index}, quoting its sentence (a window of it around the figure). */
        private Provenance provenance(int index) {
            return findings.provenance(index, findings.quote(parsed.sentence().start(), parsed.sentence().end(), index));
        }
    }

    /** The nearest attribution before token {@code at}, else the first after it, else {@code fallback}. */
    /** A figure held back to its sentence's end, whether its kind came from a carried change, and its parts. */
    private record Held(int index, Claim claim, boolean carried, ClaimantRules.Rule rule, Category category,
                        Mention mention) {
    }

    private static Claim ofKind(Claim claim, Kind kind) {
        return claim.claimedBy(claim.claimant(), kind);
    }

    private static Claim dated(Claim claim, LocalDate date) {
        return new Claim(date, null, claim.claimant(), claim.side(), claim.category(), claim.value(),
                claim.qualifier(), claim.low(), claim.high(), claim.kind(), claim.provenance());
    }

    private static Claimant attributed(List<PhraseIndex.Match<Claimant>> attributions, int at, Claimant fallback) {
        Claimant before = null;
        for (PhraseIndex.Match<Claimant> attribution : attributions) {
            if (attribution.end() <= at) {
                before = attribution.value();
            }
        }
        if (before != null) {
            return before;
        }
        return attributions.isEmpty() ? fallback : attributions.get(0).value();
    }

    /**
     * The as-of date of the figure at {@code index}: the last dating expression before it in the sentence, else the
     * first after it, else the end of the month or year whose losses a change counts ({@code period}, or null), else
     * the day an earlier change was of ({@code changeDay}, or null), else the anchor; the invasion's first day is no such expression. Null, with a warning, when the
     * expression needs the anchor and there is none, when there is nothing at all, or when the sentence speaks of an
     * earlier year and states no running total ({@code total}).
     */
    private static LocalDate date(String text, List<TimeMention> timeMentions, int index, LocalDate anchor,
                                  boolean total, boolean runningTotal, Predicate<TimeMention> statedOn,
                                  TimeMention period, LocalDate changeDay, boolean then, Findings findings) {
        TimeMention chosen = null;
        for (TimeMention mention : timeMentions) {
            // the invasion's first day starts the count ("od początku inwazji ... 24 lutego", "began on February 24
            // last year"), it dates no figure; "yesterday" is the day of a change, not of the running total beside it,
            // unless it is the day the total was stated ("Вчора Генштаб повідомив, що ... 1 161 050")
            if (!mention.dates() || mention.namesInvasionsFirstDay(anchor) || inAside(text, mention.start(), index)
                    || runningTotal && mention.type() == TimeMention.Type.RELATIVE && !statedOn.test(mention)) {
                continue;
            }
            if (mention.start() < index || chosen == null) {
                chosen = mention;
            }
            if (mention.start() > index) {
                break;
            }
        }
        if (chosen == null && period != null) {
            LocalDate end = period.periodEnd(anchor);
            if (end == null) {
                findings.warn(index, "\"" + text.substring(period.start(), period.end()) + "\" cannot be dated: the "
                        + "document has no date; the figure's date is left empty");
            }
            return end;
        }
        if (chosen == null) {
            TimeMention earlier = total ? null : earlierYear(text, timeMentions, index, anchor, then);
            if (earlier != null) {
                findings.warn(index, "the sentence speaks of \"" + text.substring(earlier.start(), earlier.end())
                        + "\", before the document's " + (earlier.type() == TimeMention.Type.MONTH ? "month" : "year")
                        + ", and no day in it dates this figure; its date is left empty");
                return null;
            }
            if (changeDay != null) {
                return changeDay;
            }
            if (anchor == null) {
                findings.warn(index, "nothing in the text dates this figure; its date is left empty");
            }
            return anchor;
        }
        LocalDate date = chosen.resolve(anchor);
        if (date == null) {
            findings.warn(index, "\"" + text.substring(chosen.start(), chosen.end()) + "\" cannot be dated: the "
                    + "document has no date; the figure's date is left empty");
        }
        return date;
    }

    /**
     * A year before the document's that the sentence of the figure at {@code index} speaks of, outside an aside
     * ("Russia last reported its losses in September 2022"), or starts a period from when the sentence says "then"
     * ("не повідомляє ... з вересня 2022 року, тоді заявляли"): the figure is then of that time, not of the
     * document's date. Null when there is none.
     */
    private static TimeMention earlierYear(String text, List<TimeMention> timeMentions, int index, LocalDate anchor,
                                           boolean then) {
        for (TimeMention mention : timeMentions) {
            boolean earlier = mention.isEarlierYear(anchor) || then && mention.asStated().isEarlierYear(anchor);
            if (earlier && !inAside(text, mention.start(), index)) {
                return mention;
            }
        }
        return null;
    }

    /**
     * Whether the character at {@code at} is in an aside in parentheses that does not hold the figure at
     * {@code figure}: what an aside says ("1 907 tankot (ebből tegnap nyolcat), 4 212 harckocsit") is not said of
     * the figures around it.
     */
    private static boolean inAside(String text, int at, int figure) {
        int from = Math.min(at, figure);
        int to = Math.max(at, figure);
        int depth = 0;
        int lowest = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                lowest = Math.min(lowest, depth);
            }
        }
        // after the figure, an aside opened between them is still open at the cue; before it, one closed
        return at > figure ? depth > 0 : lowest < 0 || depth < 0;
    }

    /** A dash, or a hyphen typed for one, with a space on each side ("\"Запад\" - более 3 410"). */
    private static boolean isDash(String text, Token token) {
        if (token.isSymbol("-")) {
            return token.start() > 0 && token.end() < text.length()
                    && Character.isWhitespace(text.charAt(token.start() - 1))
                    && Character.isWhitespace(text.charAt(token.end()));
        }
        return token.isSymbol("—") || token.isSymbol("–") || token.isSymbol("‒");
    }

    private static boolean isInside(List<TimeMention> timeMentions, int from, int to) {
        for (TimeMention mention : timeMentions) {
            if (mention.start() < to && from < mention.end()) {
                return true;
            }
        }
        return false;
    }

    private static String words(String text, List<Token> tokens, Mention mention) {
        return text.substring(tokens.get(mention.start()).start(), tokens.get(mention.end() - 1).end());
    }
}
