package io.github.claimedlosses.stats;

import static io.github.claimedlosses.model.ClaimSchema.CATEGORY;
import static io.github.claimedlosses.model.ClaimSchema.CLAIMANT;
import static io.github.claimedlosses.model.ClaimSchema.DATE;
import static io.github.claimedlosses.model.ClaimSchema.DAY;
import static io.github.claimedlosses.model.ClaimSchema.HIGH;
import static io.github.claimedlosses.model.ClaimSchema.ITEM;
import static io.github.claimedlosses.model.ClaimSchema.KIND;
import static io.github.claimedlosses.model.ClaimSchema.LOW;
import static io.github.claimedlosses.model.ClaimSchema.QUALIFIER;
import static io.github.claimedlosses.model.ClaimSchema.SIDE;
import static io.github.claimedlosses.model.ClaimSchema.SOURCE;
import static io.github.claimedlosses.model.ClaimSchema.VALUE;
import static io.github.claimedlosses.stats.StatColumns.APPROXIMATE;
import static io.github.claimedlosses.stats.StatColumns.PARTS;
import static io.github.claimedlosses.stats.StatColumns.PART_NAMES;
import static io.github.claimedlosses.stats.StatColumns.TOTAL;
import static io.github.claimedlosses.stats.StatColumns.TOTAL_HIGH;
import static io.github.claimedlosses.stats.StatColumns.TOTAL_LOW;
import static tech.tablesaw.aggregate.AggregateFunctions.max;
import static tech.tablesaw.aggregate.AggregateFunctions.min;
import static tech.tablesaw.aggregate.AggregateFunctions.sum;

import io.github.claimedlosses.model.InvasionCalendar;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Provenance;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.table.Rows;
import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/**
 * The running totals of a tidy claim table: one row per series (claimant, side, category, source) and date on
 * which the series has a cumulative figure, sorted by series (categories in taxonomy order) and date.
 *
 * <p>A category's total may be made of parts: Oryx lists its types (several of which map to one category)
 * separately, and only on the dates a type's count changed; the per-model file lists models. Parts are the items of
 * the claims' provenance ({@code Provenance#item}: {@code tank}, {@code Tanks (Russia)}), and items that follow one
 * another in time are one part renamed (see {@link Parts}). Figures of one part on one date are summed (the models of
 * one Oryx type), and on each date the total is the sum of every part's latest figure on or before it: a part not
 * listed on a date is carried forward. A series with one figure per date of one part, such as the General Staff's,
 * keeps its figures unchanged.
 *
 * <p>A whole figure (a text's, {@code Provenance#WHOLE}) is no part of anything: the sentences of one document that
 * state a category's total for one date restate one figure, counted once. When they disagree, the date's total is the
 * largest, bounded by the smallest and the largest.
 */
final class Totals {
    private static final String PART = "__part";
    private static final String WHOLE = Provenance.WHOLE;
    private static final String APPROXIMATE_PARTS = "__approximate_parts";
    private static final String BOUNDED_PARTS = "__bounded_parts";
    private static final List<String> FIGURES = List.of(VALUE, LOW, HIGH, APPROXIMATE_PARTS, BOUNDED_PARTS, PARTS);
    /** How many results {@link #of} keeps. */
    private static final int KEPT_RESULTS = 4;
    private static final Deque<Kept> KEPT = new ArrayDeque<>();

    /** A result kept: the claims table it was computed from (not kept alive by it), its fingerprint, the totals. */
    private record Kept(WeakReference<Table> claims, long fingerprint, Table totals) {
    }

    private Totals() {
    }

    /**
     * The running totals of the dated {@code cumulative} claims of {@code tidy}. The statistics of one table ask for
     * its totals several times (daily series, ratios, shares): the last few results are kept, each for the very
     * table object it was computed from and only while that table's content is unchanged (a fingerprint of the
     * columns read here), and a copy is returned, so callers may change what they get.
     */
    static Table of(Table tidy) {
        Series.requireTidy(tidy);
        long fingerprint = fingerprint(tidy);
        synchronized (KEPT) {
            for (Kept kept : KEPT) {
                if (kept.claims().get() == tidy && kept.fingerprint() == fingerprint) {
                    return kept.totals().copy();
                }
            }
        }
        Table totals = compute(tidy);
        synchronized (KEPT) {
            KEPT.addFirst(new Kept(new WeakReference<>(tidy), fingerprint, totals.copy()));
            while (KEPT.size() > KEPT_RESULTS) {
                KEPT.removeLast();
            }
        }
        return totals;
    }

    /** A hash of every cell {@link #compute} reads, in row order. */
    private static long fingerprint(Table tidy) {
        long hash = tidy.rowCount();
        for (String name : List.of(CLAIMANT, SIDE, CATEGORY, SOURCE, ITEM, KIND, QUALIFIER)) {
            StringColumn column = tidy.stringColumn(name);
            for (int row = 0; row < column.size(); row++) {
                hash = 31 * hash + column.get(row).hashCode();
            }
        }
        DateColumn dates = tidy.dateColumn(DATE);
        for (int row = 0; row < dates.size(); row++) {
            hash = 31 * hash + dates.getIntInternal(row);
        }
        for (String name : List.of(VALUE, LOW, HIGH)) {
            DoubleColumn column = tidy.doubleColumn(name);
            for (int row = 0; row < column.size(); row++) {
                hash = 31 * hash + Double.doubleToLongBits(column.getDouble(row));
            }
        }
        return hash;
    }

    private static Table compute(Table tidy) {
        Table cumulative = Rows.where(tidy.selectColumns(CLAIMANT, SIDE, CATEGORY, SOURCE, ITEM, DATE, VALUE, QUALIFIER,
                LOW, HIGH), tidy.stringColumn(KIND).isEqualTo(Kind.CUMULATIVE.id())
                .and(tidy.dateColumn(DATE).isNotMissing()));
        Table totals = empty(tidy.name());
        for (Table series : Series.split(Series.sorted(figures(cumulative), Series.KEYS, DATE), Series.KEYS)) {
            if (series.stringColumn(PART).isEqualTo(WHOLE).size() == series.rowCount()) {
                series = restatedOnce(series);
            }
            Parts parts = Parts.of(series.stringColumn(PART), series.dateColumn(DATE));
            boolean simple = parts.count() == 1 && series.dateColumn(DATE).countUnique() == series.rowCount();
            totals.append(totals(simple ? series : assembled(series, parts), parts.names()));
        }
        return totals;
    }

    /** An empty table of running totals named {@code name}. */
    static Table empty(String name) {
        return Table.create(name, StringColumn.create(CLAIMANT), StringColumn.create(SIDE),
                StringColumn.create(CATEGORY), StringColumn.create(SOURCE), DateColumn.create(DATE),
                IntColumn.create(DAY), DoubleColumn.create(TOTAL), DoubleColumn.create(TOTAL_LOW),
                DoubleColumn.create(TOTAL_HIGH), BooleanColumn.create(APPROXIMATE), IntColumn.create(PARTS),
                StringColumn.create(PART_NAMES));
    }

    /**
     * The claims' series keys, part, date and figures: value, low and high (the value where no bound is stated), and
     * 1 or 0 for approximate, bounded and (each figure being one part) parts.
     */
    private static Table figures(Table cumulative) {
        DoubleColumn value = cumulative.doubleColumn(VALUE);
        Selection approximate = cumulative.stringColumn(QUALIFIER).isNotEqualTo(Qualifier.EXACT.id());
        Selection bounded = cumulative.doubleColumn(LOW).isNotMissing()
                .or(cumulative.doubleColumn(HIGH).isNotMissing());
        int rows = cumulative.rowCount();
        return Table.create(cumulative.name(),
                cumulative.stringColumn(CLAIMANT).copy(), cumulative.stringColumn(SIDE).copy(),
                cumulative.stringColumn(CATEGORY).copy(), cumulative.stringColumn(SOURCE).copy(),
                cumulative.stringColumn(ITEM).copy().setName(PART),
                cumulative.dateColumn(DATE).copy(), value.copy(),
                Columns.orValue(cumulative.doubleColumn(LOW), value),
                Columns.orValue(cumulative.doubleColumn(HIGH), value),
                Columns.indicator(APPROXIMATE_PARTS, approximate, rows),
                Columns.indicator(BOUNDED_PARTS, bounded, rows),
                Columns.indicator(PARTS, Selection.withRange(0, rows), rows));
    }

    /**
     * One series' figures summed per date over parts, each part carried forward: every part's change since its
     * previous date (its whole figure on its first date, where it also adds 1 to {@code parts}) is summed by date and
     * accumulated.
     */
    private static Table assembled(Table series, Parts parts) {
        Table lineages = series.copy();
        lineages.replaceColumn(PART, series.stringColumn(PART).map(parts::lineage).setName(PART));
        Table byPart = Groups.summarize(lineages, FIGURES.subList(0, 5), sum, PART, DATE);
        for (String column : FIGURES.subList(0, 5)) {
            byPart.column("Sum [" + column + "]").setName(column);
        }
        clampToOne(byPart.doubleColumn(APPROXIMATE_PARTS));
        clampToOne(byPart.doubleColumn(BOUNDED_PARTS));
        Table sorted = byPart.sortAscendingOn(PART, DATE);
        Selection firsts = Series.starts(sorted, List.of(PART));
        Table changes = sorted.copy();
        for (String column : FIGURES.subList(0, 5)) {
            DoubleColumn figures = sorted.doubleColumn(column);
            DoubleColumn change = figures.difference().setName(column);
            change.set(firsts, figures);
            changes.replaceColumn(column, change);
        }
        changes.addColumns(Columns.indicator(PARTS, firsts, sorted.rowCount()));
        Table byDate = Groups.summarize(changes, FIGURES, sum, DATE).sortAscendingOn(DATE);
        Table assembled = Table.create(series.name(), byDate.dateColumn(DATE));
        for (String column : FIGURES) {
            assembled.addColumns(byDate.doubleColumn("Sum [" + column + "]").cumSum().setName(column));
        }
        for (String key : Series.KEYS) {
            assembled.addColumns(Columns.constant(key, assembled.rowCount(), series.stringColumn(key).get(0)));
        }
        return assembled;
    }

    /** One series' totals, from a table with a figure per date. */
    private static Table totals(Table series, String partNames) {
        int rows = series.rowCount();
        DateColumn dates = series.dateColumn(DATE);
        IntColumn days = IntColumn.create(DAY, rows);
        for (int row = 0; row < rows; row++) {
            days.set(row, InvasionCalendar.dayOf(dates.get(row)));
        }
        boolean bounded = series.doubleColumn(BOUNDED_PARTS).sum() > 0;
        DoubleColumn low = bounded ? series.doubleColumn(LOW).copy().setName(TOTAL_LOW)
                : DoubleColumn.create(TOTAL_LOW, rows);
        DoubleColumn high = bounded ? series.doubleColumn(HIGH).copy().setName(TOTAL_HIGH)
                : DoubleColumn.create(TOTAL_HIGH, rows);
        IntColumn parts = series.doubleColumn(PARTS).asIntColumn().setName(PARTS);
        return Table.create(series.name(), constant(series, CLAIMANT), constant(series, SIDE),
                constant(series, CATEGORY), constant(series, SOURCE), dates.copy(), days,
                series.doubleColumn(VALUE).copy().setName(TOTAL), low, high,
                BooleanColumn.create(APPROXIMATE, series.doubleColumn(APPROXIMATE_PARTS).isGreaterThan(0), rows),
                parts, Columns.constant(PART_NAMES, rows, partNames));
    }

    private static StringColumn constant(Table series, String key) {
        return Columns.constant(key, series.rowCount(), series.stringColumn(key).get(0));
    }

    /**
     * A series of whole figures with one row per date: the figures stated for one date are one figure, its value the
     * largest, its bounds the smallest and the largest, approximate when any is, bounded when any is or they differ.
     */
    private static Table restatedOnce(Table series) {
        if (series.dateColumn(DATE).countUnique() == series.rowCount()) {
            return series;
        }
        Table largest = Groups.summarize(series, List.of(VALUE, HIGH, APPROXIMATE_PARTS, BOUNDED_PARTS, PARTS), max,
                DATE).sortAscendingOn(DATE);
        Table smallest = Groups.summarize(series, LOW, min, DATE).sortAscendingOn(DATE);
        DoubleColumn low = smallest.doubleColumn("Min [" + LOW + "]").copy().setName(LOW);
        DoubleColumn high = largest.doubleColumn("Max [" + HIGH + "]").copy().setName(HIGH);
        DoubleColumn bounded = largest.doubleColumn("Max [" + BOUNDED_PARTS + "]").copy().setName(BOUNDED_PARTS);
        bounded.set(low.isLessThan(high), 1.0);
        Table once = Table.create(series.name(), largest.dateColumn(DATE), largest.doubleColumn("Max [" + VALUE + "]")
                .copy().setName(VALUE), low, high,
                largest.doubleColumn("Max [" + APPROXIMATE_PARTS + "]").copy().setName(APPROXIMATE_PARTS), bounded,
                largest.doubleColumn("Max [" + PARTS + "]").copy().setName(PARTS));
        for (String key : Series.KEYS) {
            once.addColumns(Columns.constant(key, once.rowCount(), series.stringColumn(key).get(0)));
        }
        once.addColumns(Columns.constant(PART, once.rowCount(), WHOLE));
        return once;
    }

    private static void clampToOne(DoubleColumn counts) {
        counts.set(counts.isGreaterThan(1.0), 1.0);
    }
}
