package io.github.claimedlosses.stats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** A calendar period to aggregate daily series by: ISO weeks (Monday to Sunday), calendar months or years. */
public enum Period {
    /** ISO week, Monday to Sunday, labelled like {@code 2022-W09}; "a year before" is 52 weeks earlier. */
    WEEK,
    /** Calendar month, labelled like {@code 2022-03}. */
    MONTH,
    /** Calendar year, labelled like {@code 2022}; "a year before" is the previous period. */
    YEAR;

    private static final DateTimeFormatter MONTH_LABEL = DateTimeFormatter.ofPattern("yyyy-MM");

    /** The first day of the period holding {@code date}. */
    public LocalDate start(LocalDate date) {
        switch (this) {
            case WEEK:
                return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH:
                return date.withDayOfMonth(1);
            default:
                return date.withDayOfYear(1);
        }
    }

    /** The last day of the period starting on {@code start}. */
    public LocalDate end(LocalDate start) {
        return next(start).minusDays(1);
    }

    /** The start of the period after the one starting on {@code start}. */
    public LocalDate next(LocalDate start) {
        return start.plus(1, unit());
    }

    /** The start of the period a year after the one starting on {@code start} (52 weeks for weeks). */
    public LocalDate yearLater(LocalDate start) {
        return this == WEEK ? start.plusWeeks(52) : start.plusYears(1);
    }

    /** The label of the period starting on {@code start}: {@code 2022-W09}, {@code 2022-03} or {@code 2022}. */
    public String label(LocalDate start) {
        switch (this) {
            case WEEK:
                return String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                        start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH:
                return start.format(MONTH_LABEL);
            default:
                return Integer.toString(start.getYear());
        }
    }

    private ChronoUnit unit() {
        switch (this) {
            case WEEK:
                return ChronoUnit.WEEKS;
            case MONTH:
                return ChronoUnit.MONTHS;
            default:
                return ChronoUnit.YEARS;
        }
    }
}
