package io.github.claimedlosses.publish;

import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.ClaimSchema;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.model.Taxonomy;
import io.github.claimedlosses.source.Sources;
import io.github.claimedlosses.stats.CategoryRatios;
import io.github.claimedlosses.stats.CategoryShares;
import io.github.claimedlosses.stats.ChangePoints;
import io.github.claimedlosses.stats.ClaimedVsConfirmed;
import io.github.claimedlosses.stats.Corrections;
import io.github.claimedlosses.stats.DailyIncrements;
import io.github.claimedlosses.stats.FittedLines;
import io.github.claimedlosses.stats.Period;
import io.github.claimedlosses.stats.PeriodSums;
import io.github.claimedlosses.stats.ProjectedTotals;
import io.github.claimedlosses.stats.Ratios;
import io.github.claimedlosses.stats.RollingRates;
import io.github.claimedlosses.stats.RussiaVsUkraine;
import io.github.claimedlosses.stats.StatTable;
import io.github.claimedlosses.stats.Trends;
import io.github.claimedlosses.stats.Window;
import io.github.claimedlosses.table.ClaimFilter;
import io.github.claimedlosses.table.Rows;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import tech.tablesaw.api.Table;

/**
 * The statistics a publication shows, computed once from the tidy claims: the General Staff's daily series,
 * rolling means, monthly sums, ratios between categories, claimed against confirmed, Russia against Ukraine
 * (Oryx), the category mix, straight-line fits, phases and projections.
 *
 * @param mixCategories the categories the mix compares, in order
 */
public record PublishedStatistics(DailyIncrements daily, RollingRates rolling, PeriodSums monthly,
                                  CategoryRatios ratios, Optional<Confirmed> confirmed, CategoryShares mix,
                                  List<Category> mixCategories, FittedLines fits, ChangePoints phases,
                                  ProjectedTotals projections) {
    /**
     * The comparisons with Oryx's visually confirmed counts, present when the claims hold Oryx daily counts.
     *
     * @param claimedVsConfirmed claimed (General Staff) per visually confirmed loss
     * @param russiaVsUkraine    Russian per Ukrainian visually confirmed loss
     */
    public record Confirmed(ClaimedVsConfirmed claimedVsConfirmed, RussiaVsUkraine russiaVsUkraine) {
        public Confirmed {
            Objects.requireNonNull(claimedVsConfirmed, "claimedVsConfirmed");
            Objects.requireNonNull(russiaVsUkraine, "russiaVsUkraine");
        }
    }

    public PublishedStatistics {
        Objects.requireNonNull(daily, "daily");
        Objects.requireNonNull(rolling, "rolling");
        Objects.requireNonNull(monthly, "monthly");
        Objects.requireNonNull(ratios, "ratios");
        Objects.requireNonNull(confirmed, "confirmed");
        Objects.requireNonNull(mix, "mix");
        mixCategories = List.copyOf(mixCategories);
        Objects.requireNonNull(fits, "fits");
        Objects.requireNonNull(phases, "phases");
        Objects.requireNonNull(projections, "projections");
    }

    /** Days of the window the trend is fitted over. */
    public static final int FIT_DAYS = 90;
    /** How far ahead projections reach, in days after the latest figure. */
    public static final int PROJECTION_DAYS = 180;
    /** Spacing of the projected points, in days. */
    public static final int PROJECTION_STEP_DAYS = 15;

    /** The categories of {@code taxonomy} the mix chart compares: heavy equipment counted in comparable units. */
    public static List<Category> mixCategories(Taxonomy taxonomy) {
        return List.of(taxonomy.category("tanks"), taxonomy.category("armored_vehicles"),
                taxonomy.category("artillery"), taxonomy.category("mlrs"), taxonomy.category("air_defense"));
    }

    /**
     * The statistics of {@code tidy}, or empty when it holds no General Staff dataset figures; the Oryx
     * comparisons are empty when it holds no Oryx daily counts.
     */
    public static Optional<PublishedStatistics> of(Table tidy, Sources sources, Taxonomy taxonomy) {
        Table generalStaff = fromSource(ClaimFilter.all().claimant(Claimant.UA_GENERAL_STAFF).side(Side.RUSSIA)
                .apply(tidy), sources, Claimant.UA_GENERAL_STAFF);
        if (generalStaff.isEmpty()) {
            return Optional.empty();
        }
        Table oryx = fromSource(ClaimFilter.all().claimant(Claimant.ORYX).apply(tidy), sources, Claimant.ORYX);
        DailyIncrements daily = Trends.daily(generalStaff, Corrections.shown(generalStaff));
        Category tanks = taxonomy.category("tanks");
        List<Category> mixCategories = mixCategories(taxonomy);
        // Each statistic below reads only the tables above (the running totals of generalStaff are kept from
        // Trends.daily), so they are computed at the same time, one per core; the results do not depend on the order.
        try (Parallel parallel = new Parallel()) {
            Supplier<CategoryRatios> ratios = parallel.submit(() -> StatTable.concat(List.of(
                    Ratios.between(generalStaff, taxonomy.category("personnel"), tanks),
                    Ratios.between(generalStaff, taxonomy.category("armored_vehicles"), tanks),
                    Ratios.between(generalStaff, taxonomy.category("artillery"), tanks))));
            Supplier<FittedLines> fits = parallel.submit(() -> StatTable.concat(List.of(
                    Trends.fit(daily, Window.lastDays(FIT_DAYS)), Trends.fitRate(daily, Window.lastDays(365)))));
            Supplier<RollingRates> rolling = parallel.submit(() -> Trends.rolling(daily));
            Supplier<PeriodSums> monthly = parallel.submit(() -> Trends.aggregate(daily, Period.MONTH));
            Supplier<Optional<Confirmed>> confirmed = parallel.submit(() -> oryx.isEmpty() ? Optional.empty()
                    : Optional.of(new Confirmed(Ratios.claimedVsConfirmed(generalStaff, oryx),
                            Ratios.russiaVsUkraine(oryx))));
            Supplier<CategoryShares> mix = parallel.submit(() -> Ratios.shares(generalStaff,
                    mixCategories.toArray(new Category[0])));
            Supplier<ChangePoints> phases = parallel.submit(() -> Trends.changePoints(daily));
            Supplier<ProjectedTotals> projections = parallel.submit(() -> projections(daily));
            return Optional.of(new PublishedStatistics(daily, rolling.get(), monthly.get(), ratios.get(),
                    confirmed.get(), mix.get(), mixCategories, fits.get(), phases.get(), projections.get()));
        }
    }

    /** Computations run on all cores; {@link #close} stops the threads. */
    private static final class Parallel implements AutoCloseable {
        private final ExecutorService threads = Executors.newFixedThreadPool(
                Math.max(1, Runtime.getRuntime().availableProcessors()), task -> {
                    Thread thread = new Thread(task, "statistics");
                    thread.setDaemon(true);
                    return thread;
                });

        /** Starts {@code work}; the supplier waits for its result and rethrows what it threw. */
        <T> Supplier<T> submit(Callable<T> work) {
            Future<T> future = threads.submit(work);
            return () -> {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while computing statistics", e);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException("cannot compute statistics", e.getCause());
                }
            };
        }

        @Override
        public void close() {
            threads.shutdownNow();
        }
    }

    /**
     * The rows of {@code claims} read from the files of {@code claimant}'s source in the registry (its dataset, not the
     * documents that repost its figures); none when it has no source.
     */
    static Table fromSource(Table claims, Sources sources, Claimant claimant) {
        List<String> files = sources.forClaimant(claimant).map(source -> source.fileNames()).orElse(List.of());
        return Rows.where(claims, claims.stringColumn(ClaimSchema.SOURCE).isIn(files));
    }

    /** Projections of every series to every {@link #PROJECTION_STEP_DAYS} days ahead of its latest figure. */
    private static ProjectedTotals projections(DailyIncrements daily) {
        LocalDate latest = daily.latestDate();
        List<ProjectedTotals> steps = new ArrayList<>();
        for (int ahead = PROJECTION_STEP_DAYS; ahead <= PROJECTION_DAYS; ahead += PROJECTION_STEP_DAYS) {
            steps.add(Trends.project(daily, Window.lastDays(FIT_DAYS), latest.plusDays(ahead)));
        }
        return StatTable.concat(steps);
    }
}
