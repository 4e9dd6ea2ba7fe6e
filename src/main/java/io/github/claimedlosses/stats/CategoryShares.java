package io.github.claimedlosses.stats;

import static io.github.claimedlosses.model.ClaimSchema.CATEGORY;
import static io.github.claimedlosses.model.ClaimSchema.DATE;
import static io.github.claimedlosses.stats.TypedStatistic.Col.date;
import static io.github.claimedlosses.stats.TypedStatistic.Col.number;
import static io.github.claimedlosses.stats.TypedStatistic.Col.text;

import io.github.claimedlosses.model.Category;
import java.time.LocalDate;
import java.util.List;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** Each listed category's share of their summed running totals, per series and date ({@link Ratios#shares}). */
public final class CategoryShares extends TypedStatistic<CategoryShares> {
    private static final List<Col> COLUMNS = List.of(text(CATEGORY), date(DATE), number(StatColumns.TOTAL),
            number(StatColumns.SHARE));

    CategoryShares(Table table, Description description) {
        super(table, description, "shares from Ratios.shares", COLUMNS);
    }

    @Override
    public CategoryShares withRows(Table rows, Description description) {
        return new CategoryShares(rows, description);
    }

    /** The rows that have a share. */
    public CategoryShares withShare() {
        return where(shares().isNotMissing());
    }

    /** The date of each row. */
    public DateColumn dates() {
        return recordDates();
    }

    /** Each row's share of the listed categories' total, from 0 to 1. */
    public DoubleColumn shares() {
        return numbers(StatColumns.SHARE);
    }

    /** The latest date; {@code null} when there is no row. */
    public LocalDate latestDate() {
        return latest(DATE);
    }
}
