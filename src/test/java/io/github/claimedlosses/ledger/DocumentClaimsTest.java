package io.github.claimedlosses.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quotes a corpus's claims keep: on one line, cut at a word. */
class DocumentClaimsTest {
    @Test
    void runsOfWhiteSpaceBecomeOneSpaceExactlyAsTheRegularExpressionWould() {
        Random random = new Random(14);
        String alphabet = "ab \t\n\u000B\f\r\u00a0\u2003é";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String quote = text.toString();
            assertThat(DocumentClaims.oneLine(quote)).as(quote).isEqualTo(quote.replaceAll("\\s+", " "));
        }
    }

    @Test
    void aLongQuoteIsCutAtAWordWithAnEllipsis() {
        String quote = "tanks   –\n4,712 (+11) " + "and more words ".repeat(20);
        String shortened = DocumentClaims.shorten(quote);
        assertThat(shortened).startsWith("tanks – 4,712 (+11) and more").endsWith(" and…")
                .hasSizeLessThanOrEqualTo(DocumentClaims.QUOTE_LENGTH);
        assertThat(DocumentClaims.shorten("  a\tb  ")).isEqualTo("a b");
    }
}
