package io.github.claimedlosses.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One stated loss figure with who states it, about whom, as of when, and where it was read.
 * Validated on construction: a claim that cannot exist is refused with an {@link IllegalArgumentException}
 * that says which claim and why.
 *
 * @param date       as-of date; {@code null} when nothing in the source dates the figure
 * @param day        day of the full-scale invasion (2022-02-24 is day 1); derived from {@code date} when null,
 *                   and {@code date} from it when only the day is known
 * @param claimant   who states the figure
 * @param side       whose losses it counts
 * @param category   canonical category
 * @param value      the figure (for a range, its midpoint or the stated central value)
 * @param qualifier  how exactly the figure is stated
 * @param low        lower bound where one is stated, else {@code null}
 * @param high       upper bound where one is stated, else {@code null}
 * @param kind       cumulative total, increment, estimate or derived figure
 * @param provenance source, location and quote
 */
public record Claim(LocalDate date, Integer day, Claimant claimant, Side side, Category category,
                    double value, Qualifier qualifier, Double low, Double high, Kind kind,
                    Provenance provenance) {

    public Claim {
        Objects.requireNonNull(claimant, "claimant");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(provenance, "provenance");
        String what = kind.id() + " " + category.id();
        if (date != null && !InvasionCalendar.hasDay(date)) {
            throw refused(what, "date " + date + " is too far from the invasion to number its day");
        }
        if (date != null && day != null && InvasionCalendar.dayOf(date) != day) {
            throw refused(what, "day " + day + " contradicts date " + date + " (which is day "
                    + InvasionCalendar.dayOf(date) + ")");
        }
        if (date == null && day != null) {
            date = InvasionCalendar.dateOf(day);
        } else if (date != null && day == null) {
            day = InvasionCalendar.dayOf(date);
        }
        requireFinite(what, "value", value);
        value = value + 0.0; // -0.0 is 0: the tables write both as 0, and equal claims must read back equal
        low = low == null ? null : low + 0.0;
        high = high == null ? null : high + 0.0;
        if (low != null) {
            requireFinite(what, "low", low);
        }
        if (high != null) {
            requireFinite(what, "high", high);
        }
        if (kind != Kind.INCREMENT && (value < 0 || (low != null && low < 0))) {
            throw refused(what, "value " + format(Math.min(value, low == null ? value : low))
                    + " is negative; only an increment (a daily change or correction) can be");
        }
        if (low != null && high != null && low > high) {
            throw refused(what, "low " + format(low) + " is above high " + format(high));
        }
        if ((low != null && value < low) || (high != null && value > high)) {
            throw refused(what, "value " + format(value) + " lies outside its bounds ["
                    + (low == null ? "" : format(low)) + ", " + (high == null ? "" : format(high)) + "]");
        }
        if (qualifier == Qualifier.RANGE && (low == null || high == null)) {
            throw refused(what, "a range needs both low and high");
        }
    }

    /** This figure as stated by {@code other}. */
    public Claim claimedBy(Claimant other) {
        return claimedBy(other, kind);
    }

    /** This figure as stated by {@code other}, as a figure of {@code otherKind}. */
    public Claim claimedBy(Claimant other, Kind otherKind) {
        return new Claim(date, day, other, side, category, value, qualifier, low, high, otherKind, provenance);
    }

    /** True for a visually confirmed count rather than a claim. */
    public boolean isConfirmed() {
        return claimant.isConfirmation();
    }


    private static void requireFinite(String what, String field, double number) {
        if (!Double.isFinite(number)) {
            throw refused(what, field + " is " + number + ", expected a finite number");
        }
    }

    private static IllegalArgumentException refused(String what, String why) {
        return new IllegalArgumentException(what + ": " + why);
    }

    /**
     * Formats a figure as the tables write it: a plain decimal (no exponent), whole numbers without a decimal point.
     * Every finite double is written exactly enough that {@link #parse} gives it back.
     */
    public static String format(double number) {
        if (number == Math.rint(number) && Math.abs(number) < 1e15) {
            return Long.toString((long) number + 0L);
        }
        return java.math.BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    /** The longest text {@link #format} writes: a double's 309 integer digits or 340 decimals, with a sign. */
    private static final int MAX_FORMATTED_CHARS = 400;
    private static final java.util.regex.Pattern PLAIN_DECIMAL = java.util.regex.Pattern.compile(
            "-?\\d+(\\.\\d+)?");

    /**
     * The figure written by {@link #format}: a plain decimal, {@code -?digits[.digits]}.
     *
     * @throws IllegalArgumentException when {@code text} is not such a number, or too large for a double
     */
    public static double parse(String text) {
        if (text.length() > MAX_FORMATTED_CHARS || !PLAIN_DECIMAL.matcher(text).matches()) {
            throw new IllegalArgumentException("not a plain decimal number");
        }
        double number = Double.parseDouble(text);
        if (!Double.isFinite(number)) {
            throw new IllegalArgumentException("too large a number");
        }
        return number + 0.0;
    }
}
