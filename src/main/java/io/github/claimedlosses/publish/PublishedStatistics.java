package io.github.claimedlosses.publish;

import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.model.Taxonomy;
import io.github.claimedlosses.read.GeneralStaffReader;
import io.github.claimedlosses.read.OryxReader;
import io.github.claimedlosses.stats.Corrections;
import io.github.claimedlosses.stats.Period;
import io.github.claimedlosses.stats.Ratios;
import io.github.claimedlosses.stats.StatTable;
import io.github.claimedlosses.stats.Trends;
import io.github.claimedlosses.stats.Window;
import io.github.claimedlosses.table.ClaimFilter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * The statistics a publication shows, computed once from the tidy claims: the General Staff's daily series,
 * rolling means, monthly sums, ratios between categories, claimed against confirmed, Russia against Ukraine
 * (Oryx), the category mix, straight-line fits, phases and projections.
 */
public record PublishedStatistics(Table daily, Table rolling, Table monthly, Table ratios,
                                  Table claimedVsConfirmed, Table russiaVsUkraine, Table mix,
                                  Table fits, Table phases, Table projections) {
    /** Days of the window the trend is fitted over. */
    public static final int FIT_DAYS = 90;
    /** How far ahead projections reach, in days after the latest figure. */
    public static final int PROJECTION_DAYS = 180;
    /** Spacing of the projected points, in days. */
    public static final int PROJECTION_STEP_DAYS = 15;

    /** The categories the mix chart compares: heavy equipment counted in comparable units. */
    public static List<Category> mixCategories() {
        Taxonomy taxonomy = Taxonomy.standard();
        return List.of(taxonomy.category("tanks"), taxonomy.category("armored_vehicles"),
                taxonomy.category("artillery"), taxonomy.category("mlrs"), taxonomy.category("air_defense"));
    }

    /**
     * The statistics of {@code tidy}, or empty when it holds no General Staff dataset figures; the Oryx
     * comparisons are {@code null} when it holds no Oryx daily counts.
     */
    public static Optional<PublishedStatistics> of(Table tidy) {
        Table generalStaff = ClaimFilter.all().claimant(Claimant.UA_GENERAL_STAFF).side(Side.RUSSIA).apply(tidy);
        generalStaff = generalStaff.where(generalStaff.stringColumn("source").isIn(GeneralStaffReader.EQUIPMENT_FILE,
                GeneralStaffReader.PERSONNEL_FILE, GeneralStaffReader.CORRECTIONS_FILE));
        if (generalStaff.isEmpty()) {
            return Optional.empty();
        }
        Table oryx = ClaimFilter.all().claimant(Claimant.ORYX).source(OryxReader.DAILY_COUNT_FILE).apply(tidy);
        StatTable daily = Trends.daily(generalStaff, Corrections.shown(generalStaff));
        Taxonomy taxonomy = Taxonomy.standard();
        Category tanks = taxonomy.category("tanks");
        Table ratios = concat(List.of(
                Ratios.between(generalStaff, taxonomy.category("personnel"), tanks),
                Ratios.between(generalStaff, taxonomy.category("armored_vehicles"), tanks),
                Ratios.between(generalStaff, taxonomy.category("artillery"), tanks)));
        Table fits = concat(List.of(Trends.fit(daily, Window.lastDays(FIT_DAYS)),
                Trends.fitRate(daily, Window.lastDays(365))));
        return Optional.of(new PublishedStatistics(daily.table(), Trends.rolling(daily).table(),
                Trends.aggregate(daily, Period.MONTH).table(), ratios,
                oryx.isEmpty() ? null : Ratios.claimedVsConfirmed(generalStaff, oryx).table(),
                oryx.isEmpty() ? null : Ratios.russiaVsUkraine(oryx).table(),
                Ratios.shares(generalStaff, mixCategories().toArray(new Category[0])).table(),
                fits, Trends.changePoints(daily).table(), projections(daily)));
    }

    /** Projections of every series to every {@link #PROJECTION_STEP_DAYS} days ahead of its latest figure. */
    private static Table projections(StatTable daily) {
        LocalDate latest = daily.table().dateColumn("date").max();
        List<StatTable> steps = new ArrayList<>();
        for (int ahead = PROJECTION_STEP_DAYS; ahead <= PROJECTION_DAYS; ahead += PROJECTION_STEP_DAYS) {
            steps.add(Trends.project(daily, Window.lastDays(FIT_DAYS), latest.plusDays(ahead)));
        }
        return concat(steps);
    }

    /** The rows of statistics tables of one schema, one after another. */
    private static Table concat(List<StatTable> tables) {
        Table all = tables.get(0).table().copy();
        for (StatTable more : tables.subList(1, tables.size())) {
            all.append(more.table());
        }
        return all;
    }
}
