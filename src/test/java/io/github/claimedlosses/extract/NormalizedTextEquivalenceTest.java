package io.github.claimedlosses.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Normalizer2;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link NormalizedText} against the plainest reading of its contract, on a few thousand random strings from
 * alphabets that reach its fast path and its slow one: ICU4J's NFKC of the whole string, then format characters
 * removed, then every decimal digit written as its ASCII digit (the order its Javadoc states). Also its offset map:
 * in bounds, non-decreasing, one past the end at the original's end, and an ASCII character of the result that maps
 * to an ASCII character of the original maps to that same character. Text that needs no change is returned as the
 * same String with the identity map.
 */
class NormalizedTextEquivalenceTest {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    /** Groups of pieces, a group chosen first so that no alphabet crowds out the others. */
    private static final String[][] PIECES = {
        {"a", "e", "o", "q", "A", "Z", "1", "7", "0", " ", ".", ",", "-", "(", ")", "=", "<", "\n", " tanks ",
            "Russia lost "},
        {"\u0430", "\u0456", "\u0457", "\u0456\u0308", "\u0439", "\u0438\u0306", "\u0419", "\u0418\u0306", "\u0301",
            "\u0430\u0301", " \u0442\u0430\u043d\u043a\u0456\u0432 ", "\u0407"},
        {"e\u0301", "\u00e9", "o\u030b", "\u0151", "O\u030b", "\u0327", "\u0308", "\u0323\u0302", "a\u0302\u0323",
            "q\u0301\u0327", "=\u0338", "\u0338", "\u03b1\u0301", "\u1f71"},
        {"\uff10", "\uff13", "\uff19", "\uff21", "\uff41", "\uff0c"},
        {"\u0660", "\u0661", "\u0663", "\u06f5", "\u0967", "\u096f", "\u09e8", "\u0e53"},
        {"\u00a0", "\u202f", "\u2009", "\u3000"},
        {"\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
            "\u2066", "\u2067", "\u2068", "\u2069", "\u00ad", "\ufeff"},
        {"\ufb01", "\u00b2", "\u00b3", "\u216b", "\u2463", "\u00bd", "\uf900", "\u3300", "\u3392", "\u4e00",
            "\uff9e", "\u30ab\u3099"},
        {"\u1100", "\u1161", "\u11a8", "\uac00", "\u3131", "\u314f"},
        {"\ud83d\ude00", "\ud83d\udc4d\ud83c\udffd", "\ud835\udfce", "\ud835\udfd7", "\ud835\udc00",
            "\ud834\udd5e"},
        {"\ud800", "\udc00", "\ud835", "\udfce"},
    };

    /** Pieces whose every character NFKC, format removal and digit mapping leave as it is. */
    private static final String[] STABLE = {"a", "Z", "7", " ", ".", "\n", " tanks ", "\u0430", "\u0456", "\u0457",
        "\u0439", "\u0407", "\u00e9", "\u0151", "\u4e00", "\uac00", "\u0442\u0430\u043d\u043a\u0456\u0432"};

    /** The reference: the whole string through ICU4J's NFKC, then format characters dropped, then digits mapped. */
    private static String reference(String original) {
        StringBuilder out = new StringBuilder();
        NFKC.normalize(original).codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + Character.digit(cp, 10)));
            } else if (type != Character.FORMAT) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static String randomText(Random random, String[][] groups, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        while (text.length() < length) {
            String[] group = groups[random.nextInt(groups.length)];
            text.append(group[random.nextInt(group.length)]);
        }
        return text.toString();
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= 0x20 && c < 0x7f) {
                out.append(c);
            } else {
                out.append("\\u").append(Integer.toHexString(0x10000 | c), 1, 5);
            }
        }
        return out.toString();
    }

    private static void assertOffsetMap(NormalizedText normalized) {
        String original = normalized.original();
        String text = normalized.text();
        int previous = 0;
        for (int k = 0; k <= text.length(); k++) {
            int at = normalized.originalIndex(k);
            int index = k;
            assertTrue(at >= previous && at <= original.length(),
                    () -> "index " + index + " of " + escaped(text) + " maps to " + at + " in " + escaped(original));
            assertTrue(k < text.length() ? at < original.length() : at == original.length(),
                    () -> "index " + index + " maps out of bounds in " + escaped(original));
            if (k < text.length() && text.charAt(k) < 0x80 && original.charAt(at) < 0x80) {
                assertEquals(original.charAt(at), text.charAt(k),
                        () -> "ASCII at " + index + " of " + escaped(text) + " from " + escaped(original));
            }
            previous = at;
        }
    }

    @Test
    void randomMixedTextIsNormalisedAsTheReferenceIsAndMapsBack() {
        for (long seed = 1; seed <= 4; seed++) {
            Random random = new Random(seed);
            for (int round = 0; round < 1000; round++) {
                String mark = random.nextInt(8) == 0 ? "\u0301" : "";
                String original = mark + randomText(random, PIECES, 200);
                NormalizedText normalized = NormalizedText.of(original);
                assertEquals(escaped(reference(original)), escaped(normalized.text()), () -> escaped(original));
                assertSame(original, normalized.original());
                assertOffsetMap(normalized);
            }
        }
    }

    @Test
    void textThatNeedsNoChangeIsTheSameStringWithTheIdentityMap() {
        Random random = new Random(99);
        for (int round = 0; round < 500; round++) {
            String original = randomText(random, new String[][] {STABLE}, 200);
            assertEquals(original, reference(original));
            NormalizedText normalized = NormalizedText.of(original);
            assertSame(original, normalized.text(), () -> escaped(original));
            for (int k = 0; k <= original.length(); k++) {
                assertEquals(k, normalized.originalIndex(k));
            }
        }
    }

    @Test
    void anAsciiLetterComposesWithTheCombiningMarkAfterIt() {
        assertEquals("\u00e9", NormalizedText.of("e\u0301").text());
        assertEquals("\u0150 1", NormalizedText.of("O\u030b\u00a01").text());
        assertEquals("\u2260", NormalizedText.of("=\u0338").text());
    }

    /** NFKC comes first, as the contract says, so a removed joiner or soft hyphen still kept the two apart. */
    @Test
    void aFormatCharacterBetweenALetterAndItsMarkIsDroppedAfterNormalising() {
        assertEquals("e\u0301", NormalizedText.of("e\u200d\u0301").text());
        assertEquals("\u0438\u0306", NormalizedText.of("\u0438\u00ad\u0306").text());
    }
}
