package io.github.claimedlosses.extract;

import io.github.claimedlosses.model.InvasionCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;

/**
 * An expression of time in a text: a date, a day of the invasion, a weekday, a relative day, or a year that
 * dates nothing.
 *
 * @param type         what the expression is
 * @param start        index of its first character in the document
 * @param end          index after its last character
 * @param date         the date of a {@link Type#DATE} or {@link Type#INVASION_DAY}; the first day of a
 *                     {@link Type#YEAR}'s month, or of its year when it names no month (no day is meant); else
 *                     null
 * @param monthDay     the day of a {@link Type#MONTH_DAY} written without a year, day 1 of the month a
 *                     {@link Type#MONTH} or a {@link Type#YEAR} names, else null
 * @param weekday      the day of a {@link Type#WEEKDAY}, else null
 * @param relativeDays days after the anchor date of a {@link Type#RELATIVE} day ({@code yesterday} is -1)
 * @param startsPeriod true when it starts a period ({@code since February 24}) rather than stating an as-of date
 */
record TimeMention(Type type, int start, int end, LocalDate date, MonthDay monthDay, DayOfWeek weekday,
                   int relativeDays, boolean startsPeriod) {
    /** Kinds of time expression. */
    enum Type {
        /** A full calendar date: {@code March 31, 2022}, {@code 31.03.2022}, {@code 2022-03-31}. */
        DATE,
        /** A day of the full-scale invasion: {@code day 36 of the invasion}. */
        INVASION_DAY,
        /** A date without a year: {@code March 31}; its year comes from the anchor date. */
        MONTH_DAY,
        /** A weekday: {@code as of Thursday}, the last such day on or before the anchor date. */
        WEEKDAY,
        /** {@code today}, {@code yesterday}: relative to the anchor date. */
        RELATIVE,
        /**
         * A year ({@code in 2022}, {@code in September 2022}): it dates no figure (it is no day) but its digits are
         * no count.
         */
        YEAR,
        /**
         * A month without a day or year ({@code in September}, {@code в сентябре}): the document's year is meant; it
         * dates nothing either.
         */
        MONTH
    }

    static TimeMention date(Type type, int start, int end, LocalDate date) {
        return new TimeMention(type, start, end, date, null, null, 0, false);
    }

    /** A month named alone, kept as day 1 of it in {@code monthDay}. */
    static TimeMention month(int start, int end, int month) {
        return new TimeMention(Type.MONTH, start, end, null, MonthDay.of(month, 1), null, 0, false);
    }

    /** A year named alone ({@code in 2022}). */
    static TimeMention year(int start, int end, int year) {
        return new TimeMention(Type.YEAR, start, end, LocalDate.of(year, 1, 1), null, null, 0, false);
    }

    /** A month of a year ({@code in September 2022}). */
    static TimeMention yearMonth(int start, int end, int year, int month) {
        return new TimeMention(Type.YEAR, start, end, LocalDate.of(year, month, 1), MonthDay.of(month, 1), null, 0,
                false);
    }

    /**
     * The last day of the month or year this {@link Type#MONTH} or {@link Type#YEAR} names, or {@code anchor} when
     * that is earlier (the period is not over yet): the as-of date of the losses of that period. A month alone is
     * the last such month on or before the anchor. Null for other types, and for a month alone without an anchor.
     */
    LocalDate periodEnd(LocalDate anchor) {
        LocalDate end;
        if (type == Type.YEAR) {
            end = monthDay == null ? date.withMonth(12).withDayOfMonth(31) : date.with(TemporalAdjusters.lastDayOfMonth());
        } else if (type == Type.MONTH && anchor != null) {
            end = lastOnOrBefore(monthDay, anchor).with(TemporalAdjusters.lastDayOfMonth());
        } else {
            return null;
        }
        return anchor != null && anchor.isBefore(end) ? anchor : end;
    }

    /** Whether this names the invasion's first day: 24 February 2022, or a 24 February without a year. */
    boolean namesInvasionsFirstDay(LocalDate anchor) {
        return InvasionCalendar.DAY_ONE.equals(resolve(anchor))
                || MonthDay.from(InvasionCalendar.DAY_ONE).equals(monthDay);
    }

    /**
     * Whether this is a year (alone or with its month) before {@code anchor}'s that starts no period and cannot be
     * the invasion's start ("in February 2022", "invaded in 2022" name when the counting began, not when a figure
     * was stated).
     */
    boolean isEarlierYear(LocalDate anchor) {
        if (type == Type.MONTH) {
            return !startsPeriod && anchor != null && monthDay.getMonthValue() < anchor.getMonthValue();
        }
        if (type != Type.YEAR || startsPeriod || anchor == null || date.getYear() >= anchor.getYear()) {
            return false;
        }
        LocalDate dayOne = InvasionCalendar.DAY_ONE;
        return date.getYear() != dayOne.getYear() || date.getMonthValue() > dayOne.getMonthValue();
    }

    /** True when the expression can give a figure its as-of date. */
    boolean dates() {
        return type != Type.YEAR && type != Type.MONTH && !startsPeriod;
    }

    /** This mention as the time something was stated, not the start of a period. */
    TimeMention asStated() {
        return new TimeMention(type, start, end, date, monthDay, weekday, relativeDays, false);
    }

    /** This mention marked as the start of a period. */
    TimeMention startingPeriod() {
        return new TimeMention(type, start, end, date, monthDay, weekday, relativeDays, true);
    }

    /**
     * The date this expression denotes, with {@code anchor} the date of the document (or comment) it appears in; null
     * when it needs an anchor and there is none.
     */
    LocalDate resolve(LocalDate anchor) {
        switch (type) {
            case DATE:
            case INVASION_DAY:
                return date;
            case YEAR:
            case MONTH:
                return null;
            default:
                break;
        }
        if (anchor == null) {
            return null;
        }
        switch (type) {
            case MONTH_DAY:
                return lastOnOrBefore(monthDay, anchor);
            case WEEKDAY:
                return anchor.with(TemporalAdjusters.previousOrSame(weekday));
            default:
                return anchor.plusDays(relativeDays);
        }
    }

    /** The last occurrence of {@code monthDay} on or before {@code anchor}. */
    static LocalDate lastOnOrBefore(MonthDay monthDay, LocalDate anchor) {
        LocalDate candidate = monthDay.atYear(anchor.getYear());
        return candidate.isAfter(anchor) ? monthDay.atYear(anchor.getYear() - 1) : candidate;
    }

    /** The first occurrence of {@code monthDay} on or after {@code start}. */
    static LocalDate firstOnOrAfter(MonthDay monthDay, LocalDate start) {
        LocalDate candidate = monthDay.atYear(start.getYear());
        return candidate.isBefore(start) ? monthDay.atYear(start.getYear() + 1) : candidate;
    }
}
