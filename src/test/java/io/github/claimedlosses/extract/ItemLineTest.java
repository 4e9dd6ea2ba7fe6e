package io.github.claimedlosses.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemLineTest {
    private static final String STRONG = "‒–—−";
    private static final String WEAK = "-‐";
    /**
     * The regular expression the scan replaced (a lazy name, then any dash), kept here as the reference: the scan
     * must find the same parts in every line.
     */
    private static final Pattern REFERENCE = Pattern.compile("[\\s\\h]*(?:[•·*▪][\\s\\h]+)?(?<name>\\p{L}[^\\d\\n]*?)"
            + "[\\s\\h]*(?:[" + STRONG + "]|[\\s\\h]+[" + WEAK + "]|[" + WEAK + "](?=[\\s\\h]*\\d))[\\s\\h]*(?<rest>.*)",
            Pattern.CASE_INSENSITIVE);

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "tanks ‒ 614 (+9)|tanks|614 (+9)",
        "• Anti-aircraft warfare systems - 54|Anti-aircraft warfare systems|54",
        "БПЛА оперативно-тактичного рівня-83|БПЛА оперативно-тактичного рівня|83",
        "  tanks   ‒   614   ( +9 )|tanks|614   ( +9 )",
        "tanks-614 (+9)|tanks|614 (+9)"})
    void findsTheNameAndTheRest(String line, String name, String rest) {
        ItemLine parts = ItemLine.of(line, 0, line.length(), STRONG, WEAK);
        assertThat(line.substring(parts.nameStart(), parts.nameEnd())).isEqualTo(name);
        assertThat(line.substring(parts.restStart())).isEqualTo(rest);
    }

    @Test
    void aLineWithoutADashOrWithDigitsInTheNameIsNone() {
        assertThat(ItemLine.of("tanks 614", 0, 9, STRONG, WEAK)).isNull();
        assertThat(ItemLine.of("T90 - 614", 0, 9, STRONG, WEAK)).isNull();
        assertThat(ItemLine.of("- 614", 0, 5, STRONG, WEAK)).isNull();
    }

    @Test
    void findsWhatTheRegularExpressionFoundInRandomLines() {
        String alphabet = "ab Т-‐‒–—−•*·▪ \u00A0\u2009\u202F\t\r\u2028\u0085\n12(+)\u0660xY";
        Random random = new Random(20261202);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder line = new StringBuilder();
            int length = 1 + random.nextInt(14);
            for (int i = 0; i < length; i++) {
                line.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = "x\n" + line + "\ny";
            int from = 2;
            int to = 2 + line.length();
            Matcher matcher = REFERENCE.matcher(text).region(from, to);
            ItemLine parts = ItemLine.of(text, from, to, STRONG, WEAK);
            if (matcher.matches()) {
                assertThat(parts).as("\"%s\"", line).isEqualTo(new ItemLine(matcher.start("name"),
                        matcher.end("name"), matcher.start("rest")));
            } else {
                assertThat(parts).as("\"%s\"", line).isNull();
            }
        }
    }
}
