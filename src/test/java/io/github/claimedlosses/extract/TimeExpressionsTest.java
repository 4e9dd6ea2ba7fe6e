package io.github.claimedlosses.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeExpressionsTest {
    private static final TimeExpressions TIMES = TimeExpressions.load();
    private static final LocalDate ANCHOR = LocalDate.of(2022, 4, 1);

    private static TimeMention only(String text) {
        List<TimeMention> found = TIMES.find(text, 0, text.length());
        assertThat(found).as("time expressions in: %s", text).hasSize(1);
        return found.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "March 31, 2022 | DATE | 2022-03-31",
        "31 March 2022 | DATE | 2022-03-31",
        "31st of March 2022 | DATE | 2022-03-31",
        "Mar. 31, 2022 | DATE | 2022-03-31",
        "31.03.2022 | DATE | 2022-03-31",
        "31.03.22 | DATE | 2022-03-31",
        "2022-03-31 | DATE | 2022-03-31",
        "31 березня 2022 | DATE | 2022-03-31",
        "day 36 of the Russian invasion | INVASION_DAY | 2022-03-31",
        "the 36th day of the war | INVASION_DAY | 2022-03-31",
        "March 31 | MONTH_DAY | 2022-03-31",
        "April 2 | MONTH_DAY | 2021-04-02",
        "Thursday | WEEKDAY | 2022-03-31",
        "Friday | WEEKDAY | 2022-04-01",
        "у четвер | WEEKDAY | 2022-03-31",
        "yesterday | RELATIVE | 2022-03-31",
        "this morning | RELATIVE | 2022-04-01"})
    void expressionsAndTheDatesTheyDenote(String text, TimeMention.Type type, LocalDate date) {
        TimeMention mention = only(text);
        assertThat(mention.type()).isEqualTo(type);
        assertThat(mention.resolve(ANCHOR)).isEqualTo(date);
        assertThat(mention.dates()).isTrue();
    }

    @Test
    void relativeExpressionsNeedAnAnchor() {
        assertThat(only("as of Thursday").resolve(null)).isNull();
        assertThat(only("March 31").resolve(null)).isNull();
        assertThat(only("31 March 2022").resolve(null)).isEqualTo(LocalDate.of(2022, 3, 31));
    }

    @Test
    void aDateAfterSinceStartsAPeriod() {
        TimeMention mention = only("since February 24");
        assertThat(mention.startsPeriod()).isTrue();
        assertThat(mention.dates()).isFalse();
        assertThat(mention.monthDay()).isEqualTo(MonthDay.of(2, 24));
    }

    @Test
    void aYearIsFoundButDatesNothing() {
        TimeMention mention = only("in 2022 tanks");
        assertThat(mention.type()).isEqualTo(TimeMention.Type.YEAR);
        assertThat(mention.start()).isEqualTo(3);
        assertThat(mention.dates()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"February 30, 2022", "31.02.2022", "day 0 of the war"})
    void impossibleDatesAreNone(String text) {
        assertThat(TIMES.find(text, 0, text.length())).isEmpty();
    }

    @Test
    void weekdaysInUkrainianAndEnglish() {
        assertThat(only("п’ятницю").weekday()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(only("SUNDAY").weekday()).isEqualTo(DayOfWeek.SUNDAY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "March 31, 2022 at 12:49 pm | 2022-03-31",
        "    April 1, 2022 at 9:23 am   | 2022-04-01",
        "31 March 2022, 14:05 | 2022-03-31",
        "31.03.2022 о 14:05 | 2022-03-31"})
    void commentTimestamps(String line, LocalDate date) {
        assertThat(TIMES.timestamp(line, 0, line.length())).isEqualTo(date);
    }

    @Test
    void aLineWithMoreThanATimestampIsNoTimestamp() {
        String line = "On March 31, 2022 at 12:49 pm the ministry spoke";
        assertThat(TIMES.timestamp(line, 0, line.length())).isNull();
    }
}
