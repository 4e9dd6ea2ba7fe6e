package io.github.claimedlosses.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberReaderTest {
    private static final NumberReader NUMBERS = NumberReader.load();

    private static List<Mention> mentions(String text) {
        return NUMBERS.mentions(Tokenizer.tokenize(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "17500 | 17500", "17,500 | 17500", "17 500 | 17500", "1,200,000 | 1200000", "1.5 | 1.5", "70k | 70000",
        "1.2m | 1200000", "3bn | 3000000000"})
    void numerals(String norm, double value) {
        assertThat(NUMBERS.numeral(Tokenizer.tokenize(norm).get(0).norm())).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1,23", "1,2345", "12,34,567", "575th", "1.", "70x"})
    void notNumerals(String norm) {
        assertThat(NUMBERS.numeral(norm)).isNaN();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "seven boats | 7", "twenty-five tanks | 25", "one hundred and twenty tanks | 120", "a dozen tanks | 12",
        "two dozen tanks | 24", "a thousand troops | 1000", "seven thousand troops | 7000",
        "1.2 million troops | 1200000", "409 тис. осіб | 409000"})
    void numbersInWordsAndScales(String text, double value) {
        assertThat(mentions(text)).extracting(Mention::type, Mention::value)
                .containsExactly(tuple(Mention.Type.COUNT, value));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', value = {
        "семь с половиной тысяч военнослужащих | ru | 7500", "семи с половиной тысяч военнослужащих | ru | 7500",
        "полторы тысячи военнослужащих | ru | 1500", "полутора тысяч военнослужащих | ru | 1500",
        "полторы сотни танков | ru | 150", "сім з половиною тисяч військових | uk | 7500",
        "півтори тисячі військових | uk | 1500", "seven and a half thousand troops | en | 7500",
        "másfél ezer katona | hu | 1500", "półtora tysiąca żołnierzy | pl | 1500"})
    void halvesAndOneAndAHalf(String text, String language, double value) {
        Language lang = Languages.standard().all().stream().filter(l -> l.code().equals(language)).findFirst()
                .orElseThrow();
        assertThat(NUMBERS.mentions(Tokenizer.tokenize(text), lang)).extracting(Mention::type, Mention::value)
                .containsExactly(tuple(Mention.Type.COUNT, value));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"seven and a half tanks", "полтора танка"})
    void aHalfWithoutAScaleIsNoCount(String text) {
        assertThat(mentions(text)).extracting(Mention::value).doesNotContain(7.5, 1.5);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "thrice that number | 3", "twice as many | 2", "three times that figure | 3", "half that | 0.5"})
    void multiplesOfThePreviousFigure(String text, double factor) {
        List<Token> tokens = Tokenizer.tokenize(text);
        assertThat(NUMBERS.mentions(tokens)).extracting(Mention::type, Mention::value, Mention::start, Mention::end)
                .containsExactly(tuple(Mention.Type.MULTIPLE, factor, 0, tokens.size()));
    }

    @Test
    void aNumberTooLargeForADoubleIsNoNumber() {
        String nines = "9".repeat(400);
        assertThat(NUMBERS.numeral(nines)).isNaN();
        assertThat(mentions(nines + " tanks")).isEmpty();
        assertThat(mentions("9".repeat(300) + " billion billion tanks")).isEmpty();
    }

    @Test
    void aMultiplierWithoutAReferenceIsNoNumber() {
        assertThat(mentions("a double agent and twice the effort")).isEmpty();
    }

    @Test
    void rangesHaveBoundsAndStartAtTheFirstNumber() {
        assertThat(mentions("between 50 and 60 tanks, 2-3 lives, 70 to 80")).extracting(Mention::low, Mention::high,
                Mention::value, Mention::start).containsExactly(tuple(50.0, 60.0, 55.0, 1), tuple(2.0, 3.0, 2.5, 6),
                tuple(70.0, 80.0, 75.0, 11));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', value = {
        "entre 50 y 60 tanques | es | 50 | 60", "entre 50 et 60 chars | fr | 50 | 60",
        "50 ile 60 arasında tank | tr | 50 | 60", "180 bin ile 220 bin arasında asker | tr | 180000 | 220000"})
    void aLanguagesOwnRangeWordsMakeARange(String text, String language, double low, double high) {
        assertThat(NUMBERS.mentions(Tokenizer.tokenize(text), language(language))).extracting(Mention::low,
                Mention::high, Mention::value).containsExactly(tuple(low, high, (low + high) / 2));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"1210-et | 1210", "1210-zel | 1210", "650-en | 650", "5-öt | 5", "40-nel | 40"})
    void aHungarianCaseSuffixAfterAHyphenLeavesTheNumber(String text, double value) {
        assertThat(NUMBERS.mentions(Tokenizer.tokenize(text), language("hu"))).extracting(Mention::value)
                .containsExactly(value);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', value = {
        "2022-es | hu", "2022-ben | hu", "24-én | hu", "12-ig | hu", "24-i | hu", "T-90-et | hu", "1210-et | en",
        "1210-zel | de"})
    void otherSuffixesAndOtherLanguagesLeaveNoNumber(String text, String language) {
        assertThat(NUMBERS.mentions(Tokenizer.tokenize(text), language(language))).isEmpty();
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', value = {
        "entre 50 y 60 | fr", "entre 50 et 60 | es", "50 ile 60 tank | tr", "2022 ile 2024 yılları | tr"})
    void anotherLanguagesRangeWordsMakeNoRange(String text, String language) {
        assertThat(NUMBERS.mentions(Tokenizer.tokenize(text), language(language))).extracting(Mention::isRange)
                .containsOnly(false);
    }

    private static Language language(String code) {
        return Languages.standard().all().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aScaleWrittenOnceAfterARangeScalesBothEnds() {
        assertThat(mentions("1 to 2 million troops, between 3 and 4 thousand")).extracting(Mention::low,
                Mention::high).containsExactly(tuple(1_000_000.0, 2_000_000.0), tuple(3000.0, 4000.0));
    }

    @Test
    void aYearBeforeAFigureIsNoRangeWithIt() {
        assertThat(mentions("since February 2022 to 427,580")).extracting(Mention::isRange, Mention::value)
                .containsExactly(tuple(false, 2022.0), tuple(false, 427_580.0));
    }

    @Test
    void aDescendingPairIsNoRange() {
        // 03-21 is an ascending pair within a range's ratio, 2022-03 a descending one
        assertThat(mentions("2022-03-21")).extracting(Mention::isRange).containsExactly(false, true);
    }

    @Test
    void wordsThatAreNoNumbersAreSkipped() {
        assertThat(mentions("hundreds of similar articles, the ones who fought, a hundred")).extracting(Mention::value)
                .containsExactly(100.0);
    }
}
