package io.github.claimedlosses.publish;

import io.github.claimedlosses.export.chart.ClaimedConfirmedChart;
import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.stats.ClaimedVsConfirmed;
import io.github.claimedlosses.stats.DailyIncrements;
import io.github.claimedlosses.stats.RollingRates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.DoubleColumn;

/**
 * One line of the report's summary: a category's latest claimed total, its recent daily rate, and how it compares
 * with visually confirmed counts. Absent comparisons are {@code null}.
 *
 * @param category            the category
 * @param date                date of the latest figure
 * @param total               latest running total (claimed)
 * @param approximate         whether that total is stated as approximate
 * @param rate7               mean per day over the last 7 days
 * @param rate30              mean per day over the last 30 days
 * @param claimedPerConfirmed claimed per Oryx-confirmed loss, on the latest date with a recent Oryx count
 * @param comparedOn          the date of that comparison
 * @param russiaPerUkraine    Russian per Ukrainian confirmed loss (Oryx), latest
 */
public record SummaryRow(Category category, LocalDate date, double total, boolean approximate, Double rate7,
                         Double rate30, Double claimedPerConfirmed, LocalDate comparedOn, Double russiaPerUkraine) {

    /** The summary of {@code categories} from a publication's statistics. */
    public static List<SummaryRow> of(PublishedStatistics statistics, List<Category> categories) {
        List<SummaryRow> rows = new ArrayList<>();
        for (Category category : categories) {
            DailyIncrements daily = statistics.daily().forCategory(category);
            if (daily.isEmpty()) {
                continue;
            }
            int last = daily.rowCount() - 1;
            RollingRates rolling = statistics.rolling().forCategory(category);
            Optional<ClaimedVsConfirmed> compared = statistics.confirmed().map(confirmed -> confirmed
                    .claimedVsConfirmed().forCategory(category).fresh(ClaimedConfirmedChart.MAX_LAG_DAYS))
                    .filter(fresh -> !fresh.isEmpty());
            rows.add(new SummaryRow(category, daily.dates().get(last), daily.totals().getDouble(last),
                    daily.approximate().get(last), lastValue(rolling.mean(7)), lastValue(rolling.mean(30)),
                    compared.map(fresh -> lastValue(fresh.claimedPerConfirmed())).orElse(null),
                    compared.map(fresh -> fresh.dates().get(fresh.rowCount() - 1)).orElse(null),
                    statistics.confirmed().map(confirmed -> lastValue(confirmed.russiaVsUkraine()
                            .forCategory(category).ratios())).orElse(null)));
        }
        return rows;
    }

    /** The last value of {@code column} that is not missing; {@code null} when there is none. */
    private static Double lastValue(DoubleColumn column) {
        for (int row = column.size() - 1; row >= 0; row--) {
            if (!column.isMissing(row)) {
                return column.getDouble(row);
            }
        }
        return null;
    }
}
