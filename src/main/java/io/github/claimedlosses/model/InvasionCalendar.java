package io.github.claimedlosses.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Converts between calendar dates and days of the full-scale invasion (2022-02-24 is day 1). */
public final class InvasionCalendar {
    /** Day 1 of the full-scale invasion. */
    public static final LocalDate DAY_ONE = LocalDate.of(2022, 2, 24);

    private InvasionCalendar() {
    }

    /** The day number of {@code date}: 1 on 2022-02-24, 0 the day before. */
    public static int dayOf(LocalDate date) {
        return Math.toIntExact(ChronoUnit.DAYS.between(DAY_ONE, date) + 1);
    }

    /** Whether {@code date}'s day number fits an {@code int}, as every date within five million years does. */
    public static boolean hasDay(LocalDate date) {
        long days = ChronoUnit.DAYS.between(DAY_ONE, date) + 1;
        return days >= Integer.MIN_VALUE && days <= Integer.MAX_VALUE;
    }

    /** The calendar date of day {@code day}. */
    public static LocalDate dateOf(int day) {
        return DAY_ONE.plusDays(day - 1L);
    }
}
