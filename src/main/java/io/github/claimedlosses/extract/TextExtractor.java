package io.github.claimedlosses.extract;

import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Taxonomy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a text document (a news article with its reader comments, a ministry statement, a General Staff bulletin in
 * English or Ukrainian) into claims with the schema of the datasets, plus warnings about what it could not settle.
 * A pure function of the text and the {@link DocumentInfo}: no network, no state between calls, and safe to call
 * from many threads at once.
 *
 * <p>The rules and vocabularies are data files beside this class ({@code claimants.json}, {@code qualifiers.json},
 * {@code numbers.json}, {@code context.json}, {@code calendar.json}, {@code bulletins.json}); categories are the
 * taxonomy's. They are read once, when {@link #standard()} is first called.
 *
 * <p>Every claim's provenance has the document's source name, the location {@code offset N} (the number of
 * characters before the figure in the text) and the sentence, or bulletin line, it was read from.
 */
public final class TextExtractor {
    /** How many characters from the start of a document detect its language. */
    private static final int DETECTION_SAMPLE = 5000;
    /** The longest first line that is read as the document's title, whose date dates the document. */
    private static final int TITLE_LENGTH = 200;
    private final TimeExpressions times;
    private final BulletinParser bulletins;
    private final ProseExtractor prose;
    private final FigureListReader lists;
    private final PlausibleMaxima maxima;
    private final Claimant unattributed;
    private final Kind unattributedKind;
    private final ClaimantRules claimantRules;

    private TextExtractor(Taxonomy taxonomy) {
        Lexicon lexicon = Lexicon.load(taxonomy);
        ClaimantRules claimants = ClaimantRules.load();
        this.unattributed = claimants.unattributed();
        this.unattributedKind = claimants.rule(unattributed).kind();
        this.claimantRules = claimants;
        this.times = TimeExpressions.load();
        this.maxima = PlausibleMaxima.load();
        this.bulletins = BulletinParser.load(lexicon, claimants);
        LossContext context = LossContext.load(taxonomy);
        DataFile bulletinWords = DataFile.withLanguages(BulletinParser.FILE, "bulletins");
        this.lists = new FigureListReader(lexicon, claimants, times, bulletinWords.strings("units"),
                bulletinWords.strings("dashes"), context);
        this.prose = new ProseExtractor(lexicon, context, claimants, times,
                PlausibleMaxima.load("plausibleCarriedIncrements"));
    }

    /** The extractor with the library's rules and the standard taxonomy. */
    public static TextExtractor standard() {
        return Standard.INSTANCE;
    }

    /**
     * The claims stated in {@code text}.
     *
     * <p>The document's date is, in this order: {@code document.date()}, the dateline, a full date in the title
     * line, the first "day N of the invasion" in the body, the first reader comment's timestamp. Relative expressions ("as of Thursday") resolve
     * against it, and it dates body figures nothing else dates; a comment's own timestamp dates its figures.
     */
    public Extraction extract(String given, DocumentInfo document) {
        NormalizedText normalized = NormalizedText.of(given);
        String text = normalized.text();
        TokenizedText doc = TokenizedText.of(text);
        Findings findings = new Findings(document.source(), normalized, maxima);
        DocumentLayout layout = DocumentLayout.of(doc, times);
        LocalDate documentDate = documentDate(doc, document, layout);
        List<Token> opening = doc.tokens(0, Math.min(text.length(), DETECTION_SAMPLE));
        Language language = Languages.standard().detect(opening, 0, opening.size(), null);
        List<int[]> covered = new ArrayList<>(bulletins.extract(doc, documentDate, language, findings));
        for (int[] range : uncovered(0, text.length(), List.copyOf(covered))) {
            covered.addAll(lists.extract(doc, range[0], range[1], documentDate, language, findings));
        }
        covered.sort((a, b) -> Integer.compare(a[0], b[0]));
        for (DocumentLayout.Segment segment : layout.segments()) {
            LocalDate anchor = segment.comment() ? segment.date() : documentDate;
            for (int[] range : uncovered(segment.start(), segment.end(), covered)) {
                prose.extract(doc, range[0], range[1], segment.comment(), anchor, language, findings);
            }
        }
        int[] title = DocumentLayout.title(text, TITLE_LENGTH);
        if (title != null) {
            findings.creditTitle(title[1], unattributed, this::credited);
        }
        Extraction extraction = findings.result();
        if (extraction.claims().isEmpty()) {
            findings.warn(-1, "no loss figures found");
            return findings.result();
        }
        return extraction;
    }

    /**
     * {@code claim}, an unattributed figure, as {@code claimant} states it: of that claimant's kind where the
     * unattributed one's kind was the fallback's (an estimate), else of its own kind (a day's change stays one).
     */
    private Claim credited(Claim claim, Claimant claimant) {
        Kind kind = claim.kind() == unattributedKind ? claimantRules.rule(claimant).kind() : claim.kind();
        return claim.claimedBy(claimant, kind);
    }

    private LocalDate documentDate(TokenizedText doc, DocumentInfo document, DocumentLayout layout) {
        if (document.date() != null) {
            return document.date();
        }
        if (layout.dateline() != null) {
            return layout.dateline();
        }
        LocalDate title = times.titleDate(doc, TITLE_LENGTH);
        if (title != null) {
            return title;
        }
        DocumentLayout.Segment body = layout.segments().get(0);
        TimeMention invasionDay = times.firstInvasionDay(doc, body.start(), body.end());
        return invasionDay != null ? invasionDay.date() : layout.firstCommentDate();
    }

    /** The parts of {@code [from, to)} outside the sorted, disjoint {@code covered} stretches. */
    private static List<int[]> uncovered(int from, int to, List<int[]> covered) {
        List<int[]> ranges = new ArrayList<>();
        int start = from;
        for (int[] stretch : covered) {
            if (stretch[1] <= start || stretch[0] >= to) {
                continue;
            }
            if (stretch[0] > start) {
                ranges.add(new int[] {start, stretch[0]});
            }
            start = Math.max(start, stretch[1]);
        }
        if (start < to) {
            ranges.add(new int[] {start, to});
        }
        return ranges;
    }

    /** Lazy holder: the data files are read on first use, once. */
    private static final class Standard {
        static final TextExtractor INSTANCE = new TextExtractor(Taxonomy.standard());
    }
}
