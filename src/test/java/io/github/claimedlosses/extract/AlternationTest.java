package io.github.claimedlosses.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The tree-shaped alternation matches what a plain alternation of the words sorted longest first matched. */
class AlternationTest {
    private static final List<String> WORDS = List.of("січня", "січень", "січ", "march", "mar", "mars", "març",
            "березня", "берез", "за минулу добу", "за минулу", "з'їзд", "з", "may", "mayo", "maja", "maj", "mai");

    /** The alternation as it was written before: every word in turn, longest first. */
    private static String plain(List<String> words) {
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(word -> {
                    String rest = Pattern.quote(word.substring(1)).replace("'", "\\E['’ʼ]\\Q")
                            .replace(" ", "\\E[\\s\\h]+\\Q");
                    char first = word.charAt(0);
                    String head = first >= 128 && Character.isLetter(first) && Character.toUpperCase(first) != first
                            ? "[" + first + Character.toUpperCase(first) + "]" : Pattern.quote(String.valueOf(first));
                    return head + rest;
                })
                .collect(Collectors.joining("|"));
    }

    @Test
    void matchesWhatEveryWordInTurnMatched() {
        Pattern tree = Pattern.compile("(?:" + TimeExpressions.alternation(WORDS) + ")(?<after>\\d?)",
                Pattern.CASE_INSENSITIVE);
        Pattern reference = Pattern.compile("(?:" + plain(WORDS) + ")(?<after>\\d?)", Pattern.CASE_INSENSITIVE);
        List<String> pieces = new ArrayList<>(WORDS);
        pieces.addAll(List.of(" ", "  ", "’", "ʼ", "'", "1", "Б", "С", "M", "a", "x", "я", "ь"));
        Random random = new Random(2);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(4); k >= 0; k--) {
                String piece = pieces.get(random.nextInt(pieces.size()));
                text.append(random.nextInt(3) == 0 ? piece.substring(0, random.nextInt(piece.length() + 1)) : piece);
            }
            Matcher ours = tree.matcher(text);
            Matcher theirs = reference.matcher(text);
            boolean matched = theirs.lookingAt();
            assertThat(ours.lookingAt()).as("\"%s\"", text).isEqualTo(matched);
            if (matched) {
                assertThat(ours.end()).as("\"%s\"", text).isEqualTo(theirs.end());
                assertThat(ours.start("after")).as("\"%s\"", text).isEqualTo(theirs.start("after"));
            }
        }
    }

    @Test
    void isATreeOfTheWordsCommonStarts() {
        assertThat(TimeExpressions.alternation(List.of("mar", "march", "mars"))).isEqualTo("mar(?:ch|s)?");
    }
}
