package io.github.claimedlosses.stats;

import static io.github.claimedlosses.model.ClaimSchema.KIND;
import static io.github.claimedlosses.model.ClaimSchema.QUALIFIER;

import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Qualifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;

/**
 * Trends of running totals: daily series, smoothing, aggregation by period, fitted rates, phases and projections.
 * Everything is computed per series — one source's figures for one claimant, side and category — and every result
 * row says which series it belongs to.
 *
 * <pre>{@code
 * Table claims = ClaimTable.of(new DatasetReader(Strictness.STRICT).readFolder(folder).claims());
 * DailyIncrements daily = Trends.daily(claims, Corrections.shown(claims));
 * RollingRates smooth = Trends.rolling(daily);                    // 7- and 30-day means and medians
 * PeriodSums monthly = Trends.aggregate(daily, Period.MONTH);
 * FittedLines rate = Trends.fit(daily, Window.lastDays(90));      // tanks per day, 95 % CI, R²
 * ChangePoints phases = Trends.changePoints(daily);
 * }</pre>
 */
public final class Trends {
    /** Window lengths of {@link #rolling(DailyIncrements)}, in days. */
    private static final int[] DEFAULT_WINDOWS = {7, 30};

    private Trends() {
    }

    /**
     * The running totals of the cumulative claims in the tidy table {@code claims}: one row per series (claimant,
     * side, category, source) and date, in column {@code total}. Where a dataset lists a category in parts (Oryx
     * types, listed only on the dates their counts change), each part's latest figure is carried forward and the
     * parts are summed, so a category's total is right on every date.
     */
    public static RunningTotals totals(Table claims) {
        Table totals = Totals.of(claims).setName("totals");
        return new RunningTotals(totals, new Description("Running total", StatColumns.TOTAL, Unit.COUNT,
                Series.scopes(totals), List.of(), qualifiers(claims, Kind.CUMULATIVE), List.of(
                        "Where a dataset lists a category in parts (Oryx types), each part's latest figure is carried "
                                + "forward and summed (columns parts, part_names).")));
    }

    /** The daily series of the cumulative claims in the tidy table {@code claims}, without corrections. */
    public static DailyIncrements daily(Table claims) {
        return daily(claims, Corrections.none());
    }

    /**
     * The daily series of the cumulative claims in the tidy table {@code claims}: one row per series (claimant,
     * side, category, source) and record date, with the interval since the previous record ({@code from_date},
     * {@code interval_days}; the first record covers the war from day 1), the change of the total, the correction
     * and the increment as {@code corrections} says, the per-day rate, and flags: {@code approximate},
     * {@code total_decreased} and {@code category_event} ({@code first_record}, {@code started}, {@code merged},
     * {@code stopped}). Claims of other kinds are not used.
     */
    public static DailyIncrements daily(Table claims, Corrections corrections) {
        Objects.requireNonNull(corrections, "corrections");
        DailySeries.Result result = DailySeries.of(Totals.of(claims), corrections);
        Table daily = result.table().setName("daily");
        List<String> notes = new ArrayList<>(List.of(corrections.note(),
                "The first record of a series covers the war from day 1 (2022-02-24); interval_days says how many "
                        + "days each increment covers and rate_per_day divides it evenly over them.",
                "A category continuing others (vehicles_fuel_tanks from vehicles and fuel_tanks on 2022-05-01) "
                        + "counts its first increment from their summed totals (category_event 'merged').",
                "Where a dataset lists a category in parts (Oryx types), each part's latest figure is carried "
                        + "forward and summed (columns parts, part_names)."));
        if (result.unmatchedCorrections() > 0) {
            notes.add(result.unmatchedCorrections() + " corrections fall on dates without a record of their series and are not shown.");
        }
        return new DailyIncrements(daily, new Description("Daily increment of the running totals", StatColumns.INCREMENT,
                Unit.COUNT, Series.scopes(daily), List.of(), qualifiers(claims, Kind.CUMULATIVE), notes));
    }

    /** Rolling means and medians of the daily rate over 7 and 30 days. */
    public static RollingRates rolling(DailyIncrements daily) {
        return rolling(daily, DEFAULT_WINDOWS.clone());
    }

    /**
     * Rolling mean and median of the daily rate over each of {@code windows} calendar days, on the dates of the
     * records: columns {@code rate_mean_7d}, {@code rate_median_7d}, {@code records_7d} (records in the window) and
     * {@code approximate_7d} for a 7-day window. A window exists once the series has that many days of calendar
     * behind it; each record's rate counts once, on its date.
     */
    public static RollingRates rolling(DailyIncrements daily, int... windows) {
        if (windows.length == 0 || Arrays.stream(windows).anyMatch(days -> days < 1)) {
            throw new IllegalArgumentException("rolling windows must be at least 1 day, got "
                    + Arrays.toString(windows));
        }
        Table table = Smoothing.rolling(daily.table(), windows);
        String lengths = Arrays.stream(windows).mapToObj(Integer::toString).collect(Collectors.joining(", "));
        return new RollingRates(table, describe(daily, "Rolling mean and median of the daily rate over " + lengths
                + " days", StatColumns.rateMean(windows[0]), Unit.PER_DAY,
                "Windows are calendar days ending on each record's date; days without a record are skipped."),
                windows);
    }

    /**
     * Sums by {@code period}: increment and correction sums, days covered, per-day average, completeness, and the
     * relative change of the per-day average against the previous period and the same period a year before.
     */
    public static PeriodSums aggregate(DailyIncrements daily, Period period) {
        Objects.requireNonNull(period, "period");
        return derived(PeriodSums::new, daily, Periods.aggregate(daily.table(), period),
                "Increments summed by " + period.name().toLowerCase(), StatColumns.INCREMENT_SUM, Unit.COUNT,
                "Each interval counts in the period of its end date; per_day_average = increment_sum / days_covered; "
                        + "changes compare per-day averages.");
    }

    /** Mean and median one-day increment by day of the week, Monday first. */
    public static WeekdayProfile weekdays(DailyIncrements daily) {
        return derived(WeekdayProfile::new, daily, Weekdays.profile(daily.table()), "Day-of-week profile of one-day increments",
                StatColumns.INCREMENT_MEAN, Unit.PER_DAY, "Only intervals of one day are used.");
    }

    /** The {@code count} largest one-day increments of each series, ranked from 1 (the daily rows, with a rank). */
    public static RecordDays recordDays(DailyIncrements daily, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, got " + count);
        }
        return derived(RecordDays::new, daily, Weekdays.records(daily.table(), count), "Record days (largest one-day increments)",
                StatColumns.INCREMENT, Unit.COUNT,
                "Only intervals of one day are used; see the correction and total_decreased columns.");
    }

    /**
     * Least-squares line of each series' running total on the day over {@code window}: the slope is the average
     * daily rate, with its standard error, 95 % confidence interval and R² (Commons Math {@code SimpleRegression}).
     */
    public static FittedLines fit(DailyIncrements daily, Window window) {
        return derived(FittedLines::new, daily, Fits.leastSquares(daily.table(), window, Points.Fitted.TOTAL),
                "Average daily rate: least-squares slope of the running total over " + window, StatColumns.SLOPE,
                Unit.PER_DAY, "The regressor is the day of the invasion; the intercept is the value on day 0.");
    }

    /**
     * Least-squares line of each series' daily rate on the day over {@code window}: the slope is the acceleration
     * (change of the daily rate per day), with its 95 % confidence interval; a positive interval means rising.
     */
    public static FittedLines fitRate(DailyIncrements daily, Window window) {
        return derived(FittedLines::new, daily, Fits.leastSquares(daily.table(), window, Points.Fitted.RATE),
                "Acceleration: least-squares slope of the daily rate over " + window, StatColumns.SLOPE,
                Unit.PER_DAY_PER_DAY, "Each rate sits at the middle of its interval.");
    }

    /**
     * Theil–Sen slope of each series' daily rate over {@code window}: a robust acceleration, the median of all pairwise
     * slopes, with Sen's 95 % confidence interval. Quadratic in the number of records.
     */
    public static FittedLines theilSen(DailyIncrements daily, Window window) {
        return derived(FittedLines::new, daily, Fits.theilSen(daily.table(), window, Points.Fitted.RATE),
                "Robust acceleration: Theil-Sen slope of the daily rate over " + window, StatColumns.SLOPE,
                Unit.PER_DAY_PER_DAY, "Each rate sits at the middle of its interval.");
    }

    /** Phases of each series' daily rate found with {@link Segmentation#standard()}. */
    public static ChangePoints changePoints(DailyIncrements daily) {
        return changePoints(daily, Segmentation.standard());
    }

    /** Phases of each series' daily rate: one row per segment between the change points {@code segmentation} finds. */
    public static ChangePoints changePoints(DailyIncrements daily, Segmentation segmentation) {
        return derived(ChangePoints::new, daily, Phases.of(daily.table(), segmentation), "Phases of the daily rate",
                StatColumns.MEAN_RATE, Unit.PER_DAY,
                "Binary segmentation on mean shifts of the daily rate: a split must reduce the sum of squared "
                        + "deviations by more than " + segmentation.penaltyFactor() + " x sigma^2 x ln(n) (column "
                        + "penalty; sigma from the median absolute deviation of first differences), with segments of "
                        + "at least " + segmentation.minimumSegment() + " records.");
    }

    /** Each series' running total projected to {@code target} along its least-squares line over {@code window}. */
    public static ProjectedTotals project(DailyIncrements daily, Window window, LocalDate target) {
        Objects.requireNonNull(target, "target");
        return derived(ProjectedTotals::new, daily, Projection.toDate(daily.table(), window, target),
                "Projected running total on " + target + " from the trend over " + window,
                StatColumns.PROJECTED_TOTAL, Unit.COUNT, "The interval is the "
                        + "95 % prediction interval of a straight-line fit, which assumes independent errors and "
                        + "so understates the uncertainty of running totals.");
    }

    /**
     * The date each series' running total reaches {@code threshold}: observed ({@code reached}) or projected along
     * the least-squares line over {@code window}, with the dates the 95 % prediction band reaches it.
     */
    public static ThresholdCrossings projectCrossing(DailyIncrements daily, Window window, double threshold) {
        return derived(ThresholdCrossings::new, daily, Projection.crossing(daily.table(), window, threshold),
                "Date the running total reaches " + threshold + ", from the trend over " + window,
                StatColumns.CROSSING_DATE, Unit.COUNT, "The 95 % band assumes independent errors and so is too "
                        + "narrow for running totals; crossing_latest_95 is missing when the band never reaches the "
                        + "threshold.");
    }

    /** The qualifiers of the claims of {@code kind} in a tidy table. */
    static Set<Qualifier> qualifiers(Table claims, Kind kind) {
        return claims.stringColumn(QUALIFIER).where(claims.stringColumn(KIND).isEqualTo(kind.id())).asSet().stream()
                .map(Qualifier::fromId).collect(Collectors.toSet());
    }

    /** A result of {@code type} computed from a daily series, described like it with a new measure, unit and note. */
    private static <S extends StatTable> S derived(BiFunction<Table, Description, S> type, DailyIncrements daily,
                                                   Table table, String measure, String valueColumn, Unit unit,
                                                   String note) {
        return type.apply(table, describe(daily, measure, valueColumn, unit, note));
    }

    /** The description of a result computed from a daily series: its own with a new measure, unit and note. */
    private static Description describe(DailyIncrements daily, String measure, String valueColumn, Unit unit,
                                        String note) {
        Description from = daily.description();
        return new Description(measure, valueColumn, unit, from.subjects(), from.relativeTo(), from.qualifiers(),
                from.notes()).withNotes(List.of(note));
    }
}
