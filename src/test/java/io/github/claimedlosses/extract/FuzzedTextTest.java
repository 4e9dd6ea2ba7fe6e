package io.github.claimedlosses.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.claimedlosses.model.Claim;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, rows 2 and 3: digits of other scripts and invisible characters inside numbers. Each is read as the
 * number it shows, or not at all; never another value and never an internal error. Also the bounds that keep the
 * extractor linear: a huge sentence quotes a window around each figure, a huge line is cut into bounded sentences.
 */
class FuzzedTextTest {
    private static final DocumentInfo DATED = new DocumentInfo("fuzz.txt", LocalDate.of(2022, 3, 31));

    private static List<Claim> claims(String text) {
        return TextExtractor.standard().extract(text, DATED).claims();
    }

    private static List<Double> aircraft(String text) {
        return claims(text).stream().filter(claim -> claim.category().id().equals("aircraft")).map(Claim::value)
                .toList();
    }

    @Test
    void row2_arabicIndicDigitsReadAsTheNumberTheyShow() {
        assertThat(aircraft("The Ukrainian Ministry of Defence said Russia had lost \u0661\u0664\u0663 aircraft."))
                .containsExactly(143.0);
    }

    @Test
    void row2_extendedArabicIndicAndDevanagariDigitsToo() {
        assertThat(aircraft("The Ukrainian Ministry of Defence said Russia had lost \u06F1\u06F4\u06F3 aircraft."))
                .containsExactly(143.0);
        assertThat(aircraft("The Ukrainian Ministry of Defence said Russia had lost \u0967\u096A\u0969 aircraft."))
                .containsExactly(143.0);
    }

    @Test
    void row2_fullwidthDigitsReadAsTheNumberTheyShow() {
        assertThat(aircraft("The Ukrainian Ministry of Defence said Russia had lost \uFF11\uFF14\uFF13 aircraft."))
                .containsExactly(143.0);
    }

    @Test
    void row2_mixedDigitsInABulletinAndTheirOffsetsInTheGivenText() {
        String text = "з 24.02.22 по 31.03.22\nлітаків ‒ \u0661\uFF13\u0665 (+\uFF14)\n";
        Extraction extraction = TextExtractor.standard().extract(text, DATED);
        assertThat(extraction.claims()).extracting(Claim::value).containsExactly(135.0, 4.0);
        assertThat(extraction.claims().get(0).provenance().location())
                .isEqualTo("offset " + text.indexOf('\u0661'));
    }

    @Test
    void row2_randomTextWithDigitsOfEveryScriptNeverFails() {
        String[] pieces = {"\u0661", "\u06F5", "\u0967", "\uFF19", "\u09E8", "\u0E53", "\u1041", "\uD835\uDFD1",
            "\u00B2", "\u2463", " ", ",", ".", "(+", ")", " tanks", " aircraft ", "\u200B", "\u202E", " killed ",
            " Russia lost ", "\n", " тисяч ", " млн", "1", "7", "\u00A0", "\u202F", "−", "-", "\uD800", "\uDC00"};
        Random random = new Random(12);
        for (int round = 0; round < 400; round++) {
            StringBuilder text = new StringBuilder("The General Staff said ");
            int length = 5 + random.nextInt(60);
            for (int k = 0; k < length; k++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String given = text.toString();
            assertThatCode(() -> TextExtractor.standard().extract(given, DATED)).as(given).doesNotThrowAnyException();
        }
    }

    @Test
    void row3_aZeroWidthSpaceInsideANumberIsNeverAnotherValue() {
        assertThat(aircraft("The Ukrainian Ministry of Defence said Russia had lost 1\u200B43 aircraft."))
                .containsExactly(143.0);
    }

    @Test
    void row3_bidiControlsAndJoinersInsideANumberAreNeverAnotherValue() {
        for (String invisible : List.of("\u202E", "\u202D", "\u2066", "\u2069", "\u200E", "\u200F", "\u200D",
                "\u2060", "\uFEFF", "\u00AD")) {
            String text = "The Ukrainian Ministry of Defence said Russia had lost 1" + invisible + "43 aircraft.";
            assertThat(aircraft(text)).as("U+%04X", (int) invisible.charAt(0)).containsExactly(143.0);
        }
    }

    @Test
    void row3_anInvisibleCharacterInABulletinTotalIsNeverAnotherValue() {
        List<Claim> claims = claims("з 24.02.22 по 31.03.22\nтанків ‒ 6\u200B14 (+\u20609)\n");
        assertThat(claims).extracting(Claim::value).containsExactly(614.0, 9.0);
    }

    @Test
    void row3_offsetsCountTheCharactersOfTheGivenText() {
        String text = "The Ukrainian \u200B\u200BMinistry of Defence said Russia had lost 1\u200B43 aircraft.";
        Claim claim = claims(text).get(0);
        assertThat(claim.provenance().location()).isEqualTo("offset " + text.indexOf("1\u200B43"));
        assertThat(claim.provenance().quote()).doesNotContain("\u200B").contains("143 aircraft");
    }

    @Test
    void aFiftyKilobyteSentenceQuotesAWindowAroundEachFigure() {
        StringBuilder text = new StringBuilder("The Ukrainian Ministry of Defence said Russia had lost");
        while (text.length() < 50_000) {
            text.append(" 614 tanks,");
        }
        text.append(" and 135 aircraft.");
        List<Claim> claims = claims(text.toString());
        assertThat(claims).hasSizeGreaterThan(300);
        long quoted = claims.stream().mapToLong(claim -> claim.provenance().quote().length()).sum();
        assertThat(claims).allSatisfy(claim -> assertThat(claim.provenance().quote().length())
                .isLessThanOrEqualTo(2 * Findings.QUOTE_REACH + 2));
        assertThat(quoted).isLessThan(claims.size() * (2L * Findings.QUOTE_REACH + 2));
    }

    @Test
    void aTenMegabyteLineGivesBoundedOutput() {
        StringBuilder text = new StringBuilder(10_000_100);
        String piece = "the Ukrainian Ministry of Defence said Russia had lost 614 tanks and 2 ships on 31 March ";
        while (text.length() < 10_000_000) {
            text.append(piece);
        }
        Extraction extraction = TextExtractor.standard().extract(text.toString(), DATED);
        long pieces = text.length() / piece.length();
        assertThat(extraction.claims().size()).isLessThanOrEqualTo((int) (2 * pieces + 2));
        long quoted = extraction.claims().stream().mapToLong(claim -> claim.provenance().quote().length()).sum();
        assertThat(quoted).isLessThanOrEqualTo(extraction.claims().size() * (2L * Findings.QUOTE_REACH + 2));
    }
}
