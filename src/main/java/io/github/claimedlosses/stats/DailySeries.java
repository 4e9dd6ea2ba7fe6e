package io.github.claimedlosses.stats;

import static io.github.claimedlosses.model.ClaimSchema.CATEGORY;
import static io.github.claimedlosses.model.ClaimSchema.CLAIMANT;
import static io.github.claimedlosses.model.ClaimSchema.DATE;
import static io.github.claimedlosses.model.ClaimSchema.DAY;
import static io.github.claimedlosses.model.ClaimSchema.SIDE;
import static io.github.claimedlosses.model.ClaimSchema.SOURCE;
import static io.github.claimedlosses.stats.StatColumns.APPROXIMATE;
import static io.github.claimedlosses.stats.StatColumns.CATEGORY_EVENT;
import static io.github.claimedlosses.stats.StatColumns.CORRECTION;
import static io.github.claimedlosses.stats.StatColumns.CORRECTIONS;
import static io.github.claimedlosses.stats.StatColumns.FROM_DATE;
import static io.github.claimedlosses.stats.StatColumns.INCREMENT;
import static io.github.claimedlosses.stats.StatColumns.INCREMENT_HIGH;
import static io.github.claimedlosses.stats.StatColumns.INCREMENT_LOW;
import static io.github.claimedlosses.stats.StatColumns.INTERVAL_DAYS;
import static io.github.claimedlosses.stats.StatColumns.PARTS;
import static io.github.claimedlosses.stats.StatColumns.PART_NAMES;
import static io.github.claimedlosses.stats.StatColumns.RATE_PER_DAY;
import static io.github.claimedlosses.stats.StatColumns.TOTAL;
import static io.github.claimedlosses.stats.StatColumns.TOTAL_CHANGE;
import static io.github.claimedlosses.stats.StatColumns.TOTAL_DECREASED;
import static io.github.claimedlosses.stats.StatColumns.TOTAL_HIGH;
import static io.github.claimedlosses.stats.StatColumns.TOTAL_LOW;

import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.InvasionCalendar;
import io.github.claimedlosses.model.Taxonomy;
import io.github.claimedlosses.table.Rows;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/**
 * Daily series from running totals: for each record, the interval since the series' previous record, the change of
 * the total over it and the per-day rate. The first record of a series covers the war from day 1 (2022-02-24), so
 * the General Staff's first record, on day 2, covers two days. A category that continues others (taxonomy key
 * {@code replaces}) starts from their summed totals on their last date.
 */
final class DailySeries {
    /** Flag of a series' first record, whose interval starts on day 1. */
    static final String FIRST_RECORD = "first_record";
    /** Flag of the first record of a category that started later (taxonomy {@code reportedFrom}). */
    static final String STARTED = "started";
    /** Flag of the first record of a category continuing others, its increment taken from their sum. */
    static final String MERGED = "merged";
    /** Flag of the last record of a category that stopped (taxonomy {@code reportedUntil}). */
    static final String STOPPED = "stopped";

    private DailySeries() {
    }

    /** The daily series of a totals table (see {@link Totals}), with corrections treated as {@code corrections} says. */
    static Result of(Table totals, Corrections corrections) {
        Result withCorrections = withCorrections(intervals(totals), corrections.byDate());
        Table corrected = withCorrections.table();
        DoubleColumn change = corrected.doubleColumn(TOTAL_CHANGE);
        DoubleColumn correction = corrected.doubleColumn(CORRECTION);
        DoubleColumn increment = change.copy().setName(INCREMENT);
        if (corrections.mode() == Corrections.Mode.APPLIED) {
            Selection recorded = correction.isNotMissing();
            increment.set(recorded, change.subtract(correction));
            subtractWhere(corrected, INCREMENT_LOW, recorded, correction);
            subtractWhere(corrected, INCREMENT_HIGH, recorded, correction);
        }
        IntColumn days = corrected.intColumn(INTERVAL_DAYS);
        DoubleColumn rate = increment.divide(days).setName(RATE_PER_DAY);
        rate.set(days.isEqualTo(0), (Double) Double.NaN);
        BooleanColumn decreased = BooleanColumn.create(TOTAL_DECREASED, change.isLessThan(0), change.size());
        corrected.addColumns(increment, rate, decreased,
                Columns.constant(CORRECTIONS, corrected.rowCount(), corrections.mode().label()));
        return new Result(corrected.reorderColumns(CLAIMANT, SIDE, CATEGORY, SOURCE, DATE, DAY, FROM_DATE,
                INTERVAL_DAYS, TOTAL, TOTAL_LOW, TOTAL_HIGH, TOTAL_CHANGE, CORRECTION, INCREMENT, INCREMENT_LOW,
                INCREMENT_HIGH, RATE_PER_DAY, APPROXIMATE, TOTAL_DECREASED, CATEGORY_EVENT, CORRECTIONS, PARTS,
                PART_NAMES), withCorrections.unmatchedCorrections());
    }

    private static String key(Table table, int row) {
        return table.stringColumn(CLAIMANT).get(row) + "|" + table.stringColumn(SIDE).get(row) + "|"
                + table.stringColumn(CATEGORY).get(row) + "|" + table.dateColumn(DATE).get(row);
    }

    /** The totals with their previous record (or baseline), interval, change and category events. */
    private static Table intervals(Table totals) {
        DoubleColumn previous = lag(totals.doubleColumn(TOTAL));
        DoubleColumn previousLow = lag(totals.doubleColumn(TOTAL_LOW));
        DoubleColumn previousHigh = lag(totals.doubleColumn(TOTAL_HIGH));
        DateColumn previousDate = totals.isEmpty() ? totals.dateColumn(DATE).emptyCopy()
                : totals.dateColumn(DATE).lag(1);
        BooleanColumn approximateTotal = totals.booleanColumn(APPROXIMATE);
        BooleanColumn approximate = BooleanColumn.create(APPROXIMATE, totals.rowCount());
        for (int row = 1; row < totals.rowCount(); row++) {
            approximate.set(row, approximateTotal.get(row) || approximateTotal.get(row - 1));
        }
        StringColumn events = StringColumn.create(CATEGORY_EVENT, totals.rowCount());
        events.set(events.isMissing(), "");
        for (int row : Series.starts(totals, Series.KEYS)) {
            Baseline baseline = Baseline.of(totals, row);
            previous.set(row, baseline.total());
            previousLow.set(row, baseline.low());
            previousHigh.set(row, baseline.high());
            previousDate.set(row, baseline.date());
            approximate.set(row, approximateTotal.get(row) || baseline.approximate());
            events.set(row, baseline.event());
        }
        for (int row : Series.ends(totals, Series.KEYS)) {
            Category category = Taxonomy.standard().category(totals.stringColumn(CATEGORY).get(row));
            if (category.reportedUntil().filter(totals.dateColumn(DATE).get(row)::equals).isPresent()) {
                events.set(row, events.get(row).isEmpty() ? STOPPED : events.get(row) + "," + STOPPED);
            }
        }
        Table daily = totals.copy();
        IntColumn days = previousDate.daysUntil(totals.dateColumn(DATE)).setName(INTERVAL_DAYS);
        DateColumn from = previousDate.plusDays(1).setName(FROM_DATE);
        from.set(days.isEqualTo(0), (LocalDate) null);
        daily.replaceColumn(APPROXIMATE, approximate);
        daily.addColumns(from, days,
                totals.doubleColumn(TOTAL).subtract(previous).setName(TOTAL_CHANGE),
                totals.doubleColumn(TOTAL_LOW).subtract(previousHigh).setName(INCREMENT_LOW),
                totals.doubleColumn(TOTAL_HIGH).subtract(previousLow).setName(INCREMENT_HIGH),
                events);
        return daily;
    }

    /** The column shifted down one row ({@link DoubleColumn#lag}, which fails on an empty column). */
    private static DoubleColumn lag(DoubleColumn column) {
        return column.isEmpty() ? column.emptyCopy() : column.lag(1);
    }

    /**
     * The daily table with a {@code correction} column: the correction recorded for each row's claimant, side,
     * category and date (a lookup of the few corrections, far quicker here than a table join), missing when none.
     */
    private static Result withCorrections(Table daily, Table corrections) {
        DoubleColumn correction = DoubleColumn.create(CORRECTION, daily.rowCount());
        Set<String> used = new HashSet<>();
        int unmatched = 0;
        if (corrections != null) {
            Map<String, Double> byKey = new HashMap<>();
            for (int row = 0; row < corrections.rowCount(); row++) {
                byKey.put(key(corrections, row), corrections.doubleColumn(CORRECTION).getDouble(row));
            }
            Set<LocalDate> dates = corrections.dateColumn(DATE).asSet();
            DateColumn dailyDates = daily.dateColumn(DATE);
            for (int row = 0; row < daily.rowCount(); row++) {
                if (dates.contains(dailyDates.get(row))) {
                    String key = key(daily, row);
                    Double value = byKey.get(key);
                    if (value != null) {
                        correction.set(row, value);
                        used.add(key);
                    }
                }
            }
            unmatched = byKey.size() - used.size();
        }
        return new Result(daily.addColumns(correction), unmatched);
    }

    /**
     * A daily table and the number of corrections that fell on no record of their series.
     *
     * @param table                the daily series
     * @param unmatchedCorrections corrections not shown because their series has no record on their date
     */
    record Result(Table table, int unmatchedCorrections) {
    }

    private static void subtractWhere(Table table, String column, Selection rows, DoubleColumn correction) {
        DoubleColumn values = table.doubleColumn(column);
        values.set(rows, values.subtract(correction));
    }

    /** The total a series' first record is counted from: zero before day 1, or the summed totals it continues. */
    private record Baseline(double total, double low, double high, LocalDate date, boolean approximate,
                            String event) {
        static Baseline of(Table totals, int first) {
            String claimant = totals.stringColumn(CLAIMANT).get(first);
            String side = totals.stringColumn(SIDE).get(first);
            String source = totals.stringColumn(SOURCE).get(first);
            LocalDate date = totals.dateColumn(DATE).get(first);
            Category category = Taxonomy.standard().category(totals.stringColumn(CATEGORY).get(first));
            List<Category> predecessors = Taxonomy.standard().predecessors(category);
            Baseline merged = predecessors.isEmpty() ? null
                    : merged(totals, claimant, side, source, date, predecessors);
            if (merged != null) {
                return merged;
            }
            LocalDate beforeDayOne = InvasionCalendar.DAY_ONE.minusDays(1);
            String event = category.reportedFrom().filter(date::equals).isPresent() ? STARTED : FIRST_RECORD;
            return new Baseline(0, 0, 0, date.isBefore(beforeDayOne) ? date : beforeDayOne, false, event);
        }

        /** The predecessors' last totals summed, or null when one of them has no record before {@code date}. */
        private static Baseline merged(Table totals, String claimant, String side, String source, LocalDate date,
                                       List<Category> predecessors) {
            double total = 0;
            double low = 0;
            double high = 0;
            boolean approximate = false;
            LocalDate latest = null;
            for (Category predecessor : predecessors) {
                Table rows = Rows.where(totals, totals.stringColumn(CLAIMANT).isEqualTo(claimant)
                        .and(totals.stringColumn(SIDE).isEqualTo(side))
                        .and(totals.stringColumn(SOURCE).isEqualTo(source))
                        .and(totals.stringColumn(CATEGORY).isEqualTo(predecessor.id()))
                        .and(totals.dateColumn(DATE).isBefore(date)));
                if (rows.isEmpty()) {
                    return null;
                }
                int last = rows.rowCount() - 1;
                double value = rows.doubleColumn(TOTAL).getDouble(last);
                total += value;
                low += rows.doubleColumn(TOTAL_LOW).isMissing(last) ? value : rows.doubleColumn(TOTAL_LOW).getDouble(last);
                high += rows.doubleColumn(TOTAL_HIGH).isMissing(last) ? value
                        : rows.doubleColumn(TOTAL_HIGH).getDouble(last);
                approximate |= rows.booleanColumn(APPROXIMATE).get(last);
                LocalDate lastDate = rows.dateColumn(DATE).get(last);
                latest = latest == null || lastDate.isAfter(latest) ? lastDate : latest;
            }
            return new Baseline(total, low, high, latest, approximate, MERGED);
        }
    }
}
