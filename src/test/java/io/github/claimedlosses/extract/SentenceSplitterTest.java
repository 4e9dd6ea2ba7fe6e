package io.github.claimedlosses.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(List.of("mr", "u.s", "gen"));

    private static List<String> sentences(String text) {
        return SPLITTER.split(text, 0, text.length()).stream()
                .map(sentence -> text.substring(sentence.start(), sentence.end())).collect(Collectors.toList());
    }

    @Test
    void fullStopsBeforeACapitalEndSentences() {
        assertThat(sentences("Russia lost 20 tanks. Ukraine said so! Really? Yes…")).containsExactly(
                "Russia lost 20 tanks.", "Ukraine said so!", "Really?", "Yes…");
    }

    @Test
    void aShortLineAboveOneThatStartsWithACapitalIsATitle() {
        assertThat(sentences("Чотири танки та ще 1400 солдатів: Генштаб оновив втрати\nЗа минулу добу армія рф "
                + "втратила 1440 солдатів.\nthe General Staff said\nwhile Russia lost more")).containsExactly(
                "Чотири танки та ще 1400 солдатів: Генштаб оновив втрати",
                "За минулу добу армія рф втратила 1440 солдатів.", "the General Staff said\nwhile Russia lost more");
    }

    @Test
    void abbreviationsInitialsAndDecimalsDoNot() {
        assertThat(sentences("Press Secretary John F. Kirby met Gen. Milley in the U.S. Capitol. 1.2 million "
                + "people fled. Then Mr. Smith spoke."))
                .containsExactly("Press Secretary John F. Kirby met Gen. Milley in the U.S. Capitol.",
                        "1.2 million people fled.", "Then Mr. Smith spoke.");
    }

    @Test
    void aClosingQuoteStaysWithItsSentence() {
        assertThat(sentences("“We destroyed 20 tanks.” The ministry said so.")).containsExactly(
                "“We destroyed 20 tanks.”", "The ministry said so.");
    }

    @Test
    void blankLinesEndParagraphsAndWrappedLinesJoin() {
        String text = "The ministry said Russia\nhad lost 20 tanks.\n\nA new paragraph\nwithout a full stop\n\nLast";
        List<Sentence> split = SPLITTER.split(text, 0, text.length());
        assertThat(split).extracting(sentence -> text.substring(sentence.start(), sentence.end()), Sentence::paragraph)
                .containsExactly(tuple("The ministry said Russia\nhad lost 20 tanks.", 0),
                        tuple("A new paragraph\nwithout a full stop", 1), tuple("Last", 2));
    }

    @Test
    void aLineEndingInPunctuationOrAListItemEndsASentence() {
        assertThat(sentences("Losses were:\n- 20 tanks\n- 3 aircraft\nKadyrov said so.\n“We demand more”"))
                .containsExactly("Losses were:", "- 20 tanks", "- 3 aircraft\nKadyrov said so.", "“We demand more”");
    }
}
