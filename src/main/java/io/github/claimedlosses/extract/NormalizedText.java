package io.github.claimedlosses.extract;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A document's text as the extractor reads it: Unicode NFKC (ICU4J's normaliser), without format characters
 * (zero-width spaces and joiners, bidirectional controls, soft hyphens, byte-order marks), and with every decimal
 * digit of any script written as an ASCII digit ({@code ٣} and {@code ３} read 3). An offset map leads back from each
 * character of the normalised text to the character of the original it came from, so that locations cite the text
 * as it was given. Text that needs no change is kept as it is, without a map. Immutable.
 */
final class NormalizedText {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    /**
     * For each block of 256 characters of the Basic Multilingual Plane, once it is first needed, the bits of its
     * characters that normalising may change or drop: format characters, decimal digits, surrogates, and those not
     * normalised on their own or without a normalisation boundary before them. A run of the other characters is
     * its own NFKC form (each one a segment that is already normal).
     */
    private static final AtomicReferenceArray<long[]> UNSTABLE = new AtomicReferenceArray<>(256);

    private final String original;
    private final String text;
    /** For each index of {@link #text} (and one past its end), the index in {@link #original}; null when the same. */
    private final int[] origin;

    private NormalizedText(String original, String text, int[] origin) {
        this.original = original;
        this.text = text;
        this.origin = origin;
    }

    /** The normalised form of {@code original}. */
    static NormalizedText of(String original) {
        int first = firstChange(original);
        if (first == original.length()) {
            return new NormalizedText(original, original, null);
        }
        StringBuilder out = new StringBuilder(original.length());
        int[] origin = new int[original.length() + 16];
        int n = 0;
        for (int i = 0; i < first; i++) {
            out.append(original.charAt(i));
            origin[n++] = i;
        }
        int i = first;
        while (i < original.length()) {
            char c = original.charAt(i);
            // Even an ASCII character is copied alone only when the next one starts a segment: e + U+0301 is é.
            if ((c < 0x80 || !isUnstable(c)) && startsSegment(original, i + 1)) {
                origin = room(origin, n);
                out.append(c);
                origin[n++] = i++;
                continue;
            }
            int cp = original.codePointAt(i);
            int width = Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.FORMAT) {
                i += width;
                continue;
            }
            String replacement;
            if (type == Character.DECIMAL_DIGIT_NUMBER && cp > '9') {
                int digit = UCharacter.digit(cp, 10);
                replacement = digit < 0 ? new String(Character.toChars(cp)) : String.valueOf((char) ('0' + digit));
            } else {
                int end = i + width;
                while (end < original.length() && !NFKC.hasBoundaryBefore(original.codePointAt(end))) {
                    end += Character.charCount(original.codePointAt(end));
                }
                String segment = original.substring(i, end);
                replacement = NFKC.isNormalized(segment) ? null : NFKC.normalize(segment);
                width = end - i;
            }
            if (replacement == null) {
                for (int k = 0; k < width; k++) {
                    origin = room(origin, n);
                    out.append(original.charAt(i + k));
                    origin[n++] = i + k;
                }
            } else {
                for (int k = 0; k < replacement.length(); k++) {
                    char r = replacement.charAt(k);
                    if (Character.getType(r) == Character.FORMAT) {
                        continue;
                    }
                    origin = room(origin, n);
                    out.append(r);
                    origin[n++] = i;
                }
            }
            i += width;
        }
        origin = room(origin, n);
        origin[n] = original.length();
        return new NormalizedText(original, out.toString(), origin);
    }

    /**
     * The index of the first character that normalising may change (or the start of its normalisation segment); the
     * length when there is none. A character of ASCII never changes; any other is looked up in {@link #UNSTABLE}.
     */
    private static int firstChange(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && isUnstable(c)) {
                return lastBoundary(text, i);
            }
        }
        return text.length();
    }

    /** Whether the character at {@code index} (if any) starts a segment of its own that needs no change. */
    private static boolean startsSegment(String text, int index) {
        return index == text.length() || text.charAt(index) < 0x80 || !isUnstable(text.charAt(index));
    }

    private static boolean isUnstable(char c) {
        long[] block = UNSTABLE.get(c >>> 8);
        if (block == null) {
            block = unstableBits(c >>> 8);
            UNSTABLE.set(c >>> 8, block);
        }
        return (block[(c >>> 6) & 3] & (1L << c)) != 0;
    }

    private static long[] unstableBits(int block) {
        long[] bits = new long[4];
        for (int k = 0; k < 256; k++) {
            char c = (char) (block << 8 | k);
            int type = Character.getType(c);
            boolean unstable = type == Character.FORMAT || type == Character.DECIMAL_DIGIT_NUMBER
                    || Character.isSurrogate(c) || !NFKC.hasBoundaryBefore(c) || !NFKC.isNormalized(String.valueOf(c));
            if (unstable) {
                bits[k >>> 6] |= 1L << k;
            }
        }
        return bits;
    }

    /** The start of the normalisation segment that holds {@code index}. */
    private static int lastBoundary(String text, int index) {
        int i = index;
        while (i > 0 && !NFKC.hasBoundaryBefore(text.codePointAt(i))) {
            i--;
        }
        return i;
    }

    private static int[] room(int[] array, int n) {
        if (n < array.length) {
            return array;
        }
        int[] bigger = new int[Math.max(16, array.length + (array.length >> 1))];
        System.arraycopy(array, 0, bigger, 0, array.length);
        return bigger;
    }

    /** The normalised text. */
    String text() {
        return text;
    }

    /** The text as given. */
    String original() {
        return original;
    }

    /** The index in the original text of the character at {@code index} of the normalised one. */
    int originalIndex(int index) {
        return origin == null ? index : origin[Math.max(0, Math.min(index, text.length()))];
    }
}
