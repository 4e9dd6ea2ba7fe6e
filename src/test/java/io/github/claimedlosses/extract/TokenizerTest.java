package io.github.claimedlosses.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenizerTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1,735 | NUMERAL | 1,735",
        "17 500 | NUMERAL | 17 500",
        "17\u00A0500 | NUMERAL | 17 500",
        "1 200 000 | NUMERAL | 1 200 000",
        "1.2 | NUMERAL | 1.2",
        "70k | WORD | 70k",
        "T-90 | WORD | t-90",
        "575th | WORD | 575th",
        "1945’s | WORD | 1945's",
        "anti-aircraft | WORD | anti-aircraft",
        "U.S | WORD | u.s",
        "24/7 | SYMBOL | 24/7",
        "12:49 | SYMBOL | 12:49",
        "Танків | WORD | танків"})
    void oneToken(String text, Token.Type type, String norm) {
        List<Token> tokens = Tokenizer.tokenize(text);
        assertThat(tokens).extracting(Token::type, Token::norm, Token::start, Token::end)
                .containsExactly(tuple(type, norm, 0, text.length()));
    }

    @Test
    void aCaseEndingAfterAnApostropheLeavesTheNumberANumeral() {
        assertThat(Tokenizer.tokenize("38 bin 300'e")).extracting(Token::type, Token::norm).containsExactly(
                tuple(Token.Type.NUMERAL, "38"), tuple(Token.Type.WORD, "bin"), tuple(Token.Type.NUMERAL, "300"),
                tuple(Token.Type.SYMBOL, "'"), tuple(Token.Type.WORD, "e"));
    }

    @Test
    void aHyphenBetweenDigitsAndASlashBetweenWordsStandAlone() {
        assertThat(Tokenizer.tokenize("2-3 ОТРК/ТРК")).extracting(Token::norm)
                .containsExactly("2", "-", "3", "отрк", "/", "трк");
    }

    @Test
    void spaceGroupsNeedExactlyThreeDigits() {
        assertThat(Tokenizer.tokenize("31 2022 and 614 tanks, 1,201 vehicles")).extracting(Token::norm)
                .containsExactly("31", "2022", "and", "614", "tanks", ",", "1,201", "vehicles");
    }

    @Test
    void punctuationIsSymbolsWithTheirPlaces() {
        assertThat(Tokenizer.tokenize("(MLRS), “x”", 0, 11)).extracting(Token::norm, Token::start)
                .containsExactly(tuple("(", 0), tuple("mlrs", 1), tuple(")", 5), tuple(",", 6), tuple("“", 8),
                        tuple("x", 9), tuple("”", 10));
    }
}
