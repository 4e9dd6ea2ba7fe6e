package io.github.claimedlosses.ledger;

import io.github.claimedlosses.corpus.CorpusDocument;
import io.github.claimedlosses.extract.Extraction;
import io.github.claimedlosses.extract.ExtractionWarning;
import io.github.claimedlosses.extract.TextExtractor;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Provenance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The claims of one corpus document, as the ledger and the claims table take them: the pure function shared by the
 * one-machine run and the Spark job. Each claim's provenance is the document's id, {@code offset N} in its text and
 * a short quote (the sentence or bulletin line, cut to {@link #QUOTE_LENGTH} characters).
 *
 * @param id        the document's id
 * @param published its publication date, or null
 * @param claims    its claims in document order
 * @param warnings  what the extractor could not settle
 */
public record DocumentClaims(String id, LocalDate published, List<Claim> claims, List<ExtractionWarning> warnings) {
    /** The longest quote kept, in characters; a longer one is cut at a word and ends with an ellipsis. */
    public static final int QUOTE_LENGTH = 160;

    public DocumentClaims {
        Objects.requireNonNull(id, "id");
        claims = List.copyOf(claims);
        warnings = List.copyOf(warnings);
    }

    /** Extracts {@code document} with {@code extractor}. */
    public static DocumentClaims of(CorpusDocument document, TextExtractor extractor) {
        Extraction extraction = extractor.extract(document.text(), document.info());
        List<Claim> claims = new ArrayList<>(extraction.claims().size());
        for (Claim claim : extraction.claims()) {
            claims.add(withShortQuote(claim));
        }
        return new DocumentClaims(document.id(), document.published(), claims, extraction.warnings());
    }

    private static Claim withShortQuote(Claim claim) {
        Provenance provenance = claim.provenance();
        String quote = shorten(provenance.quote());
        if (quote.equals(provenance.quote())) {
            return claim;
        }
        return new Claim(claim.date(), claim.day(), claim.claimant(), claim.side(), claim.category(), claim.value(),
                claim.qualifier(), claim.low(), claim.high(), claim.kind(),
                new Provenance(provenance.source(), provenance.location(), quote, provenance.item()));
    }

    /** {@code quote} on one line and at most {@link #QUOTE_LENGTH} characters. */
    static String shorten(String quote) {
        String line = oneLine(quote).strip();
        if (line.length() <= QUOTE_LENGTH) {
            return line;
        }
        int cut = line.lastIndexOf(' ', QUOTE_LENGTH - 1);
        if (cut < QUOTE_LENGTH / 2) {
            cut = QUOTE_LENGTH - 1;
        }
        if (Character.isHighSurrogate(line.charAt(cut - 1))) {
            cut--;
        }
        return line.substring(0, cut) + "…";
    }

    /** {@code text} with each run of ASCII white space (what {@code \\s} matches) as one space. */
    static String oneLine(String text) {
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || (i + 1 < length && isSpace(text.charAt(i + 1))))) {
                break;
            }
            i++;
        }
        if (i == length) {
            return text;
        }
        StringBuilder line = new StringBuilder(length).append(text, 0, i);
        while (i < length) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                line.append(' ');
                while (i < length && isSpace(text.charAt(i))) {
                    i++;
                }
            } else {
                line.append(c);
                i++;
            }
        }
        return line.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
