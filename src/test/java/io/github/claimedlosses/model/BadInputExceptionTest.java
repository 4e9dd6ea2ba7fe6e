package io.github.claimedlosses.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BadInputExceptionTest {
    @Test
    void aShortValueIsShownWholeInQuotes() {
        assertThat(BadInputException.shown("tank")).isEqualTo("\"tank\"");
        assertThat(BadInputException.shown("x".repeat(BadInputException.MAX_SHOWN_CHARS)))
                .isEqualTo("\"" + "x".repeat(BadInputException.MAX_SHOWN_CHARS) + "\"");
    }

    @Test
    void aLongValueIsCutWithItsLengthStated() {
        assertThat(BadInputException.shown("x".repeat(2000)))
                .isEqualTo("\"" + "x".repeat(BadInputException.MAX_SHOWN_CHARS - 1) + "…\" (2000 characters)");
    }

    @Test
    void controlCharactersCountAsTheyAreShown() {
        // found by the one-hour Oryx CSV fuzz run: 40 NUL characters in a header name made a 1,244-character line
        String shown = BadInputException.shown("T" + "\u0000".repeat(40) + "didf");
        assertThat(shown).startsWith("\"T\\u0000").endsWith("…\" (45 characters)");
        assertThat(shown.length()).isLessThanOrEqualTo(BadInputException.MAX_SHOWN_CHARS + 24);
    }
}
