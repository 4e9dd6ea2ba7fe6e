package io.github.claimedlosses.stats;

/**
 * Column names of the statistics tables. Series are identified by the tidy table's {@code claimant},
 * {@code side}, {@code category} and {@code source} columns, and dated by {@code date} and {@code day}.
 */
public final class StatColumns {
    // Running totals and daily series
    /** The running total as published on the date. */
    public static final String TOTAL = "total";
    /** Lower bound of the total, where an input figure stated one; else missing. */
    public static final String TOTAL_LOW = "total_low";
    /** Upper bound of the total, where an input figure stated one; else missing. */
    public static final String TOTAL_HIGH = "total_high";
    /** True when an input figure was not stated exactly ("about", "more than", ...). */
    public static final String APPROXIMATE = "approximate";
    /** How many parts (dataset items, such as Oryx types) make up the total on the date. */
    public static final String PARTS = "parts";
    /** The dataset items summed into the category, e.g. {@code tank} or {@code Tanks (Russia)}. */
    public static final String PART_NAMES = "part_names";
    /** First day the interval ending on {@code date} covers. */
    public static final String FROM_DATE = "from_date";
    /** Length of the interval in days: 1 for consecutive records; the first record covers from day 1. */
    public static final String INTERVAL_DAYS = "interval_days";
    /** Change of the published total over the interval. */
    public static final String TOTAL_CHANGE = "total_change";
    /** Correction recorded for the date (signed), missing when none was recorded. */
    public static final String CORRECTION = "correction";
    /** Increment over the interval: the total change, less the correction when corrections are applied. */
    public static final String INCREMENT = "increment";
    /** Lower bound of the increment, from stated bounds of the totals; else missing. */
    public static final String INCREMENT_LOW = "increment_low";
    /** Upper bound of the increment, from stated bounds of the totals; else missing. */
    public static final String INCREMENT_HIGH = "increment_high";
    /** Increment divided by the interval's days; missing for an interval of 0 days. */
    public static final String RATE_PER_DAY = "rate_per_day";
    /** True when the published total went down over the interval. */
    public static final String TOTAL_DECREASED = "total_decreased";
    /** {@code first_record}, {@code started}, {@code merged}, {@code stopped}, or empty. */
    public static final String CATEGORY_EVENT = "category_event";
    /** How corrections were handled: {@code none given}, {@code shown} or {@code applied}. */
    public static final String CORRECTIONS = "corrections";

    // Periods
    /** Period label: {@code 2022-W09}, {@code 2022-03} or {@code 2022}. */
    public static final String PERIOD = "period";
    /** First day of the period. */
    public static final String PERIOD_START = "period_start";
    /** Last day of the period. */
    public static final String PERIOD_END = "period_end";
    /** Calendar days in the period. */
    public static final String DAYS_IN_PERIOD = "days_in_period";
    /** Days covered by the intervals ending in the period. */
    public static final String DAYS_COVERED = "days_covered";
    /** Number of records (intervals). */
    public static final String RECORDS = "records";
    /** Sum of the increments of the intervals ending in the period. */
    public static final String INCREMENT_SUM = "increment_sum";
    /** Sum of the corrections recorded in the period. */
    public static final String CORRECTION_SUM = "correction_sum";
    /** Increment sum divided by the days covered. */
    public static final String PER_DAY_AVERAGE = "per_day_average";
    /** Relative change of the per-day average against the previous period. */
    public static final String CHANGE_VS_PREVIOUS = "change_vs_previous";
    /** Relative change of the per-day average against the same period a year earlier. */
    public static final String CHANGE_VS_YEAR_BEFORE = "change_vs_year_before";
    /** True when the records cover the whole period. */
    public static final String COMPLETE = "complete";
    /** Day of the week, {@code MONDAY} to {@code SUNDAY}. */
    public static final String DAY_OF_WEEK = "day_of_week";
    /** Mean of one-day increments. */
    public static final String INCREMENT_MEAN = "increment_mean";
    /** Median of one-day increments. */
    public static final String INCREMENT_MEDIAN = "increment_median";
    /** Rank of a record day, 1 for the largest increment. */
    public static final String RANK = "rank";

    // Fits, segments, projections
    /** What was fitted: {@code total} or {@code rate_per_day}. */
    public static final String FITTED = "fitted";
    /** First date of a fit window or segment. */
    public static final String WINDOW_FROM = "window_from";
    /** Last date of a fit window or segment. */
    public static final String WINDOW_TO = "window_to";
    /** Number of observations used. */
    public static final String OBSERVATIONS = "observations";
    /** Fitted slope per day (least squares, or the median of pairwise slopes for Theil–Sen). */
    public static final String SLOPE = "slope";
    /** Lower end of the slope's 95 % confidence interval (Student's t; Sen 1968 for Theil–Sen). */
    public static final String SLOPE_LOW_95 = "slope_low_95";
    /** Upper end of the slope's 95 % confidence interval. */
    public static final String SLOPE_HIGH_95 = "slope_high_95";
    /** Standard error of the least-squares slope. */
    public static final String SLOPE_STD_ERROR = "slope_std_error";
    /** Fitted value on day 0 of the invasion (the regressor is the day number). */
    public static final String INTERCEPT = "intercept";
    /** Coefficient of determination of the least-squares fit. */
    public static final String R_SQUARED = "r_squared";
    /** Estimation method: {@code least squares} or {@code Theil-Sen}. */
    public static final String METHOD = "method";
    /** Segment number, from 1, in date order. */
    public static final String SEGMENT = "segment";
    /** Mean daily rate in a segment. */
    public static final String MEAN_RATE = "mean_rate";
    /** Standard deviation of the daily rate in a segment. */
    public static final String RATE_STD_DEV = "rate_std_dev";
    /** Mean rate of the segment minus that of the previous one. */
    public static final String CHANGE_FROM_PREVIOUS = "change_from_previous";
    /** Last date with a record in the fit window. */
    public static final String LAST_DATE = "last_date";
    /** Total on the last date. */
    public static final String LAST_TOTAL = "last_total";
    /** Date a projection is made for. */
    public static final String TARGET_DATE = "target_date";
    /** Projected total on the target date. */
    public static final String PROJECTED_TOTAL = "projected_total";
    /** Lower end of the 95 % prediction interval. */
    public static final String PREDICTION_LOW_95 = "prediction_low_95";
    /** Upper end of the 95 % prediction interval. */
    public static final String PREDICTION_HIGH_95 = "prediction_high_95";
    /** Threshold whose crossing is projected. */
    public static final String THRESHOLD = "threshold";
    /** Date the threshold is (projected to be) reached. */
    public static final String CROSSING_DATE = "crossing_date";
    /** Earliest crossing date within the 95 % prediction band. */
    public static final String CROSSING_EARLIEST_95 = "crossing_earliest_95";
    /** Latest crossing date within the 95 % prediction band; missing when the band never reaches it. */
    public static final String CROSSING_LATEST_95 = "crossing_latest_95";
    /** {@code reached}, {@code projected} or why there is no projection. */
    public static final String STATUS = "status";

    // Ratios
    /** The ratio; missing when the denominator is zero or missing. */
    public static final String RATIO = "ratio";
    /** Lower end of the ratio from stated bounds; else missing. */
    public static final String RATIO_LOW = "ratio_low";
    /** Upper end of the ratio from stated bounds; else missing (also when unbounded). */
    public static final String RATIO_HIGH = "ratio_high";
    /** Category of the numerator. */
    public static final String NUMERATOR_CATEGORY = "numerator_category";
    /** Category of the denominator. */
    public static final String DENOMINATOR_CATEGORY = "denominator_category";
    /** Numerator value. */
    public static final String NUMERATOR = "numerator";
    /** Denominator value. */
    public static final String DENOMINATOR = "denominator";
    /** Date of the denominator figure used (the latest on or before {@code date}). */
    public static final String DENOMINATOR_DATE = "denominator_date";
    /** Days between the denominator's date and {@code date}. */
    public static final String LAG_DAYS = "lag_days";
    /** Claimed figure (claimed : confirmed). */
    public static final String CLAIMED = "claimed";
    /** Visually confirmed figure (claimed : confirmed). */
    public static final String CONFIRMED = "confirmed";
    /** Who confirmed, e.g. {@code oryx}. */
    public static final String CONFIRMED_BY = "confirmed_by";
    /** Date of the confirmed figure used. */
    public static final String CONFIRMED_DATE = "confirmed_date";
    /** The confirmed dataset's items summed into the category (the mapping). */
    public static final String CONFIRMED_PARTS = "confirmed_parts";
    /** The claimed dataset's item(s) for the category. */
    public static final String CLAIMED_PARTS = "claimed_parts";
    /** Russia's figure (Russia : Ukraine). */
    public static final String RUSSIA = "russia";
    /** Ukraine's figure (Russia : Ukraine). */
    public static final String UKRAINE = "ukraine";
    /** Date of Ukraine's figure used. */
    public static final String UKRAINE_DATE = "ukraine_date";
    /** Kind of the numerator claim. */
    public static final String NUMERATOR_KIND = "numerator_kind";
    /** Kind of the denominator claim. */
    public static final String DENOMINATOR_KIND = "denominator_kind";
    /** Where in the source the numerator was read. */
    public static final String NUMERATOR_LOCATION = "numerator_location";
    /** Where in the source the denominator was read. */
    public static final String DENOMINATOR_LOCATION = "denominator_location";
    /** What a reference figure is ("force sent in"). */
    public static final String REFERENCE = "reference";
    /** A figure's value (shares, reference ratios). */
    public static final String VALUE = "value";
    /** Sum of the listed categories on the date. */
    public static final String TOTAL_OF_CATEGORIES = "total_of_categories";
    /** How many of the listed categories were reported on the date. */
    public static final String CATEGORIES_REPORTED = "categories_reported";
    /** A category's share of the total of the listed categories. */
    public static final String SHARE = "share";

    private StatColumns() {
    }

    /** Rolling mean of the daily rate over {@code days} calendar days, e.g. {@code rate_mean_7d}. */
    public static String rateMean(int days) {
        return "rate_mean_" + days + "d";
    }

    /** Rolling median of the daily rate over {@code days} calendar days, e.g. {@code rate_median_7d}. */
    public static String rateMedian(int days) {
        return "rate_median_" + days + "d";
    }

    /** Number of records in the rolling window, e.g. {@code records_7d}. */
    public static String recordsIn(int days) {
        return "records_" + days + "d";
    }

    /** True when a record in the rolling window was approximate, e.g. {@code approximate_7d}. */
    public static String approximateIn(int days) {
        return "approximate_" + days + "d";
    }
}
