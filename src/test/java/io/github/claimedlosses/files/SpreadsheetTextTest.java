package io.github.claimedlosses.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {
    @Test
    void formulasAreNeutralisedAndEscapingIsReversible() {
        for (String text : List.of("=HYPERLINK(\"http://x\")", "+5", "-3 tanks", "@SUM(A1)", "\tx", "\rx", "'=x", "''+y",
                "'plain", "plain", "", "'", "''")) {
            assertThat(SpreadsheetText.unescape(SpreadsheetText.escape(text))).as(text).isEqualTo(text);
            assertThat(SpreadsheetText.looksLikeFormula(SpreadsheetText.escape(text))).as(text).isFalse();
        }
        assertThat(SpreadsheetText.escape("=1+1")).isEqualTo("'=1+1");
        assertThat(SpreadsheetText.escape("'=1+1")).isEqualTo("''=1+1");
        assertThat(SpreadsheetText.escape("'quoted'")).isEqualTo("'quoted'");
        assertThat(SpreadsheetText.neutralise("-5")).isEqualTo("'-5");
    }
}
