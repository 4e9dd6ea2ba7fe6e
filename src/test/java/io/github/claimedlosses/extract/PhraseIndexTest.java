package io.github.claimedlosses.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhraseIndexTest {
    private static final PhraseIndex<String> INDEX = PhraseIndex.of(Map.of(
            "tanks", "tanks", "fuel tanks", "fuel_tanks", "destroy*", "loss", "anti-aircraft batteries", "air_defense",
            "кораблі / катери", "warships"), "test");

    private static List<Token> tokens(String text) {
        return Tokenizer.tokenize(text);
    }

    @Test
    void theLongestPhraseAtAPositionWins() {
        List<Token> tokens = tokens("75 fuel tanks");
        PhraseIndex.Match<String> match = INDEX.first(tokens, 0, tokens.size());
        assertThat(match).isEqualTo(new PhraseIndex.Match<>("fuel_tanks", 1, 3));
    }

    @Test
    void aStarMatchesAnyEnding() {
        List<Token> tokens = tokens("they destroyed and were destroying");
        assertThat(INDEX.all(tokens, 0, tokens.size())).extracting(PhraseIndex.Match::start).containsExactly(1, 4);
    }

    @Test
    void phrasesMatchAsTheyAreTokenized() {
        List<Token> tokens = tokens("54 Anti-Aircraft batteries and кораблі/катери");
        assertThat(INDEX.all(tokens, 0, tokens.size())).extracting(PhraseIndex.Match::value)
                .containsExactly("air_defense", "warships");
    }

    @Test
    void endingAtAndLastLookBackwards() {
        List<Token> tokens = tokens("fuel tanks then tanks 5");
        assertThat(INDEX.endingAt(tokens, 0, 2)).isEqualTo(new PhraseIndex.Match<>("fuel_tanks", 0, 2));
        assertThat(INDEX.last(tokens, 0, 5)).isEqualTo(new PhraseIndex.Match<>("tanks", 3, 4));
        assertThat(INDEX.longestAt(tokens, 0, 1)).isNull();
    }

    @Test
    void aWordWrittenOutDoesNotHideAWordGivenByItsStart() {
        PhraseIndex<String> index = PhraseIndex.of(Map.of("вбит*", "killed", "вбитими й пораненими", "casualties"),
                "test");
        List<Token> killed = tokens("вбитими 40 тисяч");
        assertThat(index.longestAt(killed, 0, killed.size())).isEqualTo(new PhraseIndex.Match<>("killed", 0, 1));
        List<Token> both = tokens("вбитими й пораненими");
        assertThat(index.longestAt(both, 0, both.size())).isEqualTo(new PhraseIndex.Match<>("casualties", 0, 3));
    }

    @Test
    void lastTakesNoTailOfALongerPhraseEvenWhenTheRangeCutsIt() {
        PhraseIndex<String> index = PhraseIndex.of(Map.of("поранен*", "wounded", "вбитими й пораненими",
                "casualties"), "test");
        List<Token> tokens = tokens("втрати вбитими й пораненими сягають");
        assertThat(index.last(tokens, 0, tokens.size())).isEqualTo(new PhraseIndex.Match<>("casualties", 1, 4));
        assertThat(index.last(tokens, 2, tokens.size())).isEqualTo(new PhraseIndex.Match<>("casualties", 1, 4));
        assertThat(index.last(tokens, 4, tokens.size())).isNull();
    }

    @Test
    void onePhraseWithTwoValuesIsRefused() {
        assertThatThrownBy(() -> PhraseIndex.of(Map.of("Boats", "warships", "boats", "vehicles"), "vocabulary"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("vocabulary: \"")
                .hasMessageContaining("stands for both");
    }
}
