package io.github.claimedlosses.extract;

import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Provenance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Collects the claims and warnings of one document as they are found, each at its index in the (normalised) text,
 * and returns them in document order. Offsets in provenance count characters (Unicode code points) of the text as
 * it was given, so that they mean the same in any language. Quotes are capped to a window around the figure, so
 * that a huge sentence does not make every one of its figures quote all of it. Used by one thread for one document.
 */
final class Findings {
    private static final String OFFSET = "offset ";
    /** How many characters a quote keeps on either side of its figure at most. */
    static final int QUOTE_REACH = 600;
    private static final String ELLIPSIS = "…";

    private final String source;
    private final NormalizedText normalized;
    private final String text;
    private final boolean surrogates;
    private final PlausibleMaxima maxima;
    private final List<Located<Claim>> claims = new ArrayList<>();
    private final List<Located<ExtractionWarning>> warnings = new ArrayList<>();
    /** The last original index whose code point count was asked for, and that count: counting goes on from there. */
    private int countedTo;
    private int counted;
    /** The last quote made and its bounds: the figures of one sentence or line mostly quote the same words. */
    private int quotedFrom = -1;
    private int quotedTo = -1;
    private String quoted;

    Findings(String source, NormalizedText normalized, PlausibleMaxima maxima) {
        this.source = source;
        this.maxima = maxima;
        this.normalized = normalized;
        this.text = normalized.text();
        String original = normalized.original();
        boolean any = false;
        for (int i = 0; i < original.length() && !any; i++) {
            any = Character.isSurrogate(original.charAt(i));
        }
        this.surrogates = any;
    }

    private Findings(Findings of) {
        this.source = of.source;
        this.maxima = of.maxima;
        this.normalized = of.normalized;
        this.text = of.text;
        this.surrogates = of.surrogates;
    }

    /**
     * Empty findings of the same document, to collect what a reader may yet give up; {@link #addAll} keeps them.
     */
    Findings scratch() {
        return new Findings(this);
    }

    /** Adds the claims and warnings of {@code scratch} (made by {@link #scratch()}), in their order. */
    void addAll(Findings scratch) {
        claims.addAll(scratch.claims);
        warnings.addAll(scratch.warnings);
    }

    /**
     * The provenance of a figure at {@code index}, quoting {@code quote} (see {@link #quote}): a whole figure of its
     * category ({@link Provenance#WHOLE}), which other sentences may restate; the offset is its location.
     */
    Provenance provenance(int index, String quote) {
        return new Provenance(source, location(index), quote, Provenance.WHOLE);
    }

    /**
     * The text between {@code from} and {@code to} as {@link #quote(int, int)} gives it, cut to at most
     * {@link #QUOTE_REACH} characters either side of the figure at {@code index}; a cut is marked with an ellipsis.
     */
    String quote(int from, int to, int index) {
        int start = Math.max(from, index - QUOTE_REACH);
        int end = Math.min(to, index + QUOTE_REACH);
        while (start > from && start < index && !Tokenizer.isSpace(text.charAt(start - 1))) {
            start++;
        }
        while (end < to && end > index && !Tokenizer.isSpace(text.charAt(end))) {
            end--;
        }
        String quote = quote(start, end);
        return start > from || end < to ? (start > from ? ELLIPSIS : "") + quote + (end < to ? ELLIPSIS : "") : quote;
    }

    /** {@code words} cut to 80 characters (with an ellipsis) for a message. */
    static String shorten(String words) {
        return words.length() <= 80 ? words : words.substring(0, 79) + ELLIPSIS;
    }

    /** The text between {@code from} and {@code to}, trimmed, with runs of white space folded to one space. */
    String quote(int from, int to) {
        if (from != quotedFrom || to != quotedTo) {
            quoted = folded(from, to);
            quotedFrom = from;
            quotedTo = to;
        }
        return quoted;
    }

    private String folded(int from, int to) {
        StringBuilder quote = new StringBuilder(Math.max(0, to - from));
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Tokenizer.isSpace(c)) {
                space = quote.length() > 0;
            } else {
                if (space) {
                    quote.append(' ');
                    space = false;
                }
                quote.append(c);
            }
        }
        return quote.toString();
    }

    /** Adds a claim whose figure starts at {@code index}; an implausibly large one is skipped with a warning. */
    void claim(int index, Claim claim) {
        if (maxima.exceeded(claim.category(), claim.value())) {
            warn(index, String.format(Locale.ROOT, "%.0f %s is more than can be meant (a misprint?); the figure is "
                    + "skipped", claim.value(), claim.category().id()));
            return;
        }
        claims.add(new Located<>(index, claim));
    }

    /** Adds a warning about the figure at {@code index}, or about the whole document when {@code index} is negative. */
    void warn(int index, String message) {
        warnings.add(new Located<>(index, new ExtractionWarning(index < 0 ? "" : location(index), message)));
    }

    /**
     * Credits each figure of the title (before {@code titleEnd}) that no words attribute, {@code unattributed}'s, to
     * the claimant of the body's first figure that restates it (the same side, category, value and kind): "Втрати
     * ворога: ліквідовано ще 1210 окупантів" above "... знищили 1210 російських військових, повідомляє Генштаб ЗСУ"
     * (as the body's change when the title states no kind and the body gives it as one);
     * else, when every figure of the body is one claimant's and of the title figure's side, and none states another
     * value for its category and kind, to that claimant.
     * {@code credit} gives a figure as another claimant states it (its kind as that claimant's).
     */
    void creditTitle(int titleEnd, Claimant unattributed, BiFunction<Claim, Claimant, Claim> credit) {
        Claimant only = null;
        boolean one = false;
        for (Located<Claim> body : claims) {
            if (body.index() >= titleEnd) {
                Claimant claimant = body.value().claimant();
                one = only == null ? claimant != unattributed : one && claimant == only;
                only = claimant;
            }
        }
        for (int k = 0; k < claims.size(); k++) {
            Located<Claim> title = claims.get(k);
            if (title.index() >= titleEnd || title.value().claimant() != unattributed) {
                continue;
            }
            Claim credited = null;
            for (Located<Claim> body : claims) {
                Claim claim = body.value();
                Claim candidate = body.index() < titleEnd || claim.claimant() == unattributed ? null
                        : credit.apply(title.value(), claim.claimant());
                // a title figure of no stated kind that the body gives as a change is that change ("Потери России
                // на 20 ноября: минус 1 070 оккупантов" over "личного состава ‒ около 1 162 120 (+1 070) человек")
                if (candidate != null && candidate.kind() != title.value().kind() && claim.kind() == Kind.INCREMENT) {
                    Claim change = title.value().claimedBy(claim.claimant(), Kind.INCREMENT);
                    candidate = restates(claim, change) ? change : candidate;
                }
                if (candidate != null && restates(claim, candidate)) {
                    credited = candidate;
                    break;
                }
            }
            if (credited == null && one && sameSide(title.value(), titleEnd)) {
                Claim candidate = credit.apply(title.value(), only);
                credited = contradicted(candidate, titleEnd) ? null : candidate;
            }
            if (credited != null) {
                claims.set(k, new Located<>(title.index(), credited));
            }
        }
    }

    /** Whether a figure from {@code from} on states another value of {@code claim}'s side, category and kind. */
    private boolean contradicted(Claim claim, int from) {
        for (Located<Claim> body : claims) {
            Claim other = body.value();
            if (body.index() >= from && other.side() == claim.side() && other.category() == claim.category()
                    && other.kind() == claim.kind() && other.value() != claim.value()) {
                return true;
            }
        }
        return false;
    }

    /** Whether every figure from {@code from} on is of {@code claim}'s side. */
    private boolean sameSide(Claim claim, int from) {
        for (Located<Claim> body : claims) {
            if (body.index() >= from && body.value().side() != claim.side()) {
                return false;
            }
        }
        return true;
    }

    private static boolean restates(Claim a, Claim b) {
        return a.side() == b.side() && a.category() == b.category() && a.value() == b.value() && a.kind() == b.kind();
    }

    /** Everything found, in document order. */
    Extraction result() {
        return new Extraction(sorted(claims), sorted(warnings));
    }

    private String location(int index) {
        int original = normalized.originalIndex(index);
        if (!surrogates) {
            return OFFSET + original;
        }
        String given = normalized.original();
        counted += original >= countedTo ? given.codePointCount(countedTo, original)
                : -given.codePointCount(original, countedTo);
        countedTo = original;
        return OFFSET + counted;
    }

    private static <T> List<T> sorted(List<Located<T>> items) {
        List<Located<T>> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparingInt(Located::index));
        List<T> values = new ArrayList<>(copy.size());
        copy.forEach(item -> values.add(item.value()));
        return values;
    }

    private record Located<T>(int index, T value) {
    }
}
