package io.github.claimedlosses.publish;

import io.github.claimedlosses.export.chart.ClaimedConfirmedChart;
import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.ClaimSchema;
import io.github.claimedlosses.stats.Ratios;
import io.github.claimedlosses.stats.StatColumns;
import io.github.claimedlosses.table.Rows;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

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
            Table daily = rows(statistics.daily(), category);
            if (daily.isEmpty()) {
                continue;
            }
            int last = daily.rowCount() - 1;
            Table rolling = rows(statistics.rolling(), category);
            Table compared = statistics.confirmed().map(confirmed -> fresh(rows(confirmed.claimedVsConfirmed(),
                    category))).orElse(Table.create("none"));
            Table russia = statistics.confirmed().map(confirmed -> rows(confirmed.russiaVsUkraine(), category))
                    .orElse(Table.create("none"));
            rows.add(new SummaryRow(category, daily.dateColumn(ClaimSchema.DATE).get(last),
                    daily.doubleColumn(StatColumns.TOTAL).getDouble(last),
                    daily.booleanColumn(StatColumns.APPROXIMATE).get(last),
                    lastValue(rolling, StatColumns.rateMean(7)), lastValue(rolling, StatColumns.rateMean(30)),
                    lastValue(compared, Ratios.CLAIMED_PER_CONFIRMED),
                    compared.isEmpty() ? null : compared.dateColumn(ClaimSchema.DATE).get(compared.rowCount() - 1),
                    lastValue(russia, Ratios.RUSSIA_PER_UKRAINE)));
        }
        return rows;
    }

    private static Table rows(Table table, Category category) {
        return Rows.where(table, table.stringColumn(ClaimSchema.CATEGORY).isEqualTo(category.id()));
    }

    private static Table fresh(Table compared) {
        return Rows.where(compared, compared.doubleColumn(Ratios.CLAIMED_PER_CONFIRMED).isNotMissing()
                .and(compared.intColumn(StatColumns.LAG_DAYS).isLessThanOrEqualTo(ClaimedConfirmedChart.MAX_LAG_DAYS)));
    }

    private static Double lastValue(Table table, String column) {
        if (table.isEmpty() || !table.containsColumn(column)) {
            return null;
        }
        Table present = Rows.where(table, table.doubleColumn(column).isNotMissing());
        return present.isEmpty() ? null : present.doubleColumn(column).getDouble(present.rowCount() - 1);
    }
}
