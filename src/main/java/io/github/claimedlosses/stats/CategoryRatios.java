package io.github.claimedlosses.stats;

import static io.github.claimedlosses.model.ClaimSchema.CLAIMANT;
import static io.github.claimedlosses.model.ClaimSchema.DATE;
import static io.github.claimedlosses.model.ClaimSchema.SIDE;
import static io.github.claimedlosses.stats.TypedStatistic.Col.date;
import static io.github.claimedlosses.stats.TypedStatistic.Col.number;
import static io.github.claimedlosses.stats.TypedStatistic.Col.text;

import io.github.claimedlosses.model.Category;
import java.util.List;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * One category's figures per another's over time ({@link Ratios#between}), or ratios of stated figures
 * ({@link Ratios#implied}): per row the numerator's category, the numerator, the denominator and the ratio.
 */
public final class CategoryRatios extends TypedStatistic<CategoryRatios> {
    private static final List<Col> COLUMNS = List.of(text(CLAIMANT), text(SIDE),
            text(StatColumns.NUMERATOR_CATEGORY), text(StatColumns.DENOMINATOR_CATEGORY), date(DATE),
            number(StatColumns.NUMERATOR), number(StatColumns.DENOMINATOR), number(StatColumns.RATIO));

    CategoryRatios(Table table, Description description) {
        super(table, description, "ratios between categories from Ratios.between or Ratios.implied",
                StatColumns.NUMERATOR_CATEGORY, COLUMNS);
    }

    @Override
    public CategoryRatios withRows(Table rows, Description description) {
        return new CategoryRatios(rows, description);
    }

    /** The date of each row (the numerator's). */
    public DateColumn dates() {
        return recordDates();
    }

    /** The numerator of each row. */
    public DoubleColumn numerators() {
        return numbers(StatColumns.NUMERATOR);
    }

    /** The denominator of each row. */
    public DoubleColumn denominators() {
        return numbers(StatColumns.DENOMINATOR);
    }

    /** The ratio of each row; missing where the denominator is zero or missing. */
    public DoubleColumn ratios() {
        return numbers(StatColumns.RATIO);
    }
}
