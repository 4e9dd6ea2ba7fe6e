package io.github.claimedlosses.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The token bits that let phrase indexes pass over tokens, and the one tokenization per document. */
class TokenLayerTest {
    @Test
    void aTokenMadeBeforeAnIndexStillFindsItsPhrases() {
        List<Token> early = Tokenizer.tokenize("they lost 12 zqxwv-carriers and 3 zqxwvblocks");
        PhraseIndex<String> later = PhraseIndex.of(Map.of("zqxwv-carriers", "carriers", "zqxwv*", "any"), "test");
        assertThat(later.all(early, 0, early.size())).extracting(PhraseIndex.Match::value)
                .containsExactly("carriers", "any");
        List<Token> fresh = Tokenizer.tokenize("they lost 12 zqxwv-carriers and 3 zqxwvblocks");
        assertThat(fresh.get(3).generation()).isGreaterThan(early.get(3).generation());
        assertThat(later.all(fresh, 0, fresh.size())).extracting(PhraseIndex.Match::value)
                .containsExactly("carriers", "any");
    }

    @Test
    void aPhraseIsFoundOnlyWhereItsFirstWordIs() {
        PhraseIndex<String> index = PhraseIndex.of(Map.of("qvzzk tanks", "tanks"), "test");
        List<Token> tokens = Tokenizer.tokenize("tanks qvzzk tanks");
        assertThat(index.all(tokens, 0, tokens.size())).extracting(PhraseIndex.Match::start).containsExactly(1);
    }

    @Test
    void digitsAreThoseOfCharacterIsDigitForEveryCharacter() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(Tokenizer.isDigit(c)).as("U+%04X", (int) c).isEqualTo(Character.isDigit(c));
        }
    }

    @Test
    void lettersAreThoseOfCharacterIsLetterForEveryCharacter() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(Tokenizer.isLetter(c)).as("U+%04X", (int) c).isEqualTo(Character.isLetter(c));
        }
    }

    @Test
    void tokenTextIsInLowerCaseAsStringWritesIt() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Character.isLetter(c) && c != '\u02BC') { // the modifier apostrophe is made a plain one
                String word = "A" + c + "Б";
                List<Token> tokens = Tokenizer.tokenize(word);
                assertThat(tokens).as("U+%04X", (int) c).hasSize(1);
                assertThat(tokens.get(0).norm()).as("U+%04X", (int) c).isEqualTo(word.toLowerCase(Locale.ROOT));
            }
        }
    }

    @Test
    void aStretchTakesTheDocumentsTokensUnlessItsBoundCutsOne() {
        String text = "tanks-614 (+9) and 12 more";
        TokenizedText doc = TokenizedText.of(text);
        int number = text.indexOf("614");
        assertThat(doc.tokens(number, text.length())).extracting(Token::norm).first().isEqualTo("614");
        assertThat(doc.tokens(0, text.length())).extracting(Token::norm).first().isEqualTo("tanks-614");
        int and = text.indexOf("and");
        assertThat(doc.tokens(and, text.length())).isEqualTo(Tokenizer.tokenize(text, and, text.length()));
        assertThat(doc.tokens(and, and + 2)).isEqualTo(Tokenizer.tokenize(text, and, and + 2));
        assertThat(doc.tokens(and, and)).isEmpty();
    }
}
