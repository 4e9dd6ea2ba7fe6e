package io.github.claimedlosses.stats;

import static io.github.claimedlosses.model.ClaimSchema.CATEGORY;
import static io.github.claimedlosses.model.ClaimSchema.DATE;
import static io.github.claimedlosses.stats.TypedStatistic.Col.date;
import static io.github.claimedlosses.stats.TypedStatistic.Col.number;
import static io.github.claimedlosses.stats.TypedStatistic.Col.text;

import java.time.LocalDate;
import java.util.List;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** Russia's losses per Ukraine's, category by category ({@link Ratios#russiaVsUkraine}). */
public final class RussiaVsUkraine extends TypedStatistic<RussiaVsUkraine> {
    private static final List<Col> COLUMNS = List.of(text(CATEGORY), date(DATE), number(StatColumns.RUSSIA),
            number(StatColumns.UKRAINE), number(Ratios.RUSSIA_PER_UKRAINE));

    RussiaVsUkraine(Table table, Description description) {
        super(table, description, "a comparison from Ratios.russiaVsUkraine", COLUMNS);
    }

    @Override
    public RussiaVsUkraine withRows(Table rows, Description description) {
        return new RussiaVsUkraine(rows, description);
    }

    /** The rows that have a ratio. */
    public RussiaVsUkraine withRatio() {
        return where(ratios().isNotMissing());
    }

    /** The date of each Russian record. */
    public DateColumn dates() {
        return recordDates();
    }

    /** Russian per Ukrainian loss; missing where Ukraine's figure is zero or missing. */
    public DoubleColumn ratios() {
        return numbers(Ratios.RUSSIA_PER_UKRAINE);
    }

    /** The latest date; {@code null} when there is no row. */
    public LocalDate latestDate() {
        return latest(DATE);
    }
}
