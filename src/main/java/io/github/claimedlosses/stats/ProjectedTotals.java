package io.github.claimedlosses.stats;

import static io.github.claimedlosses.model.ClaimSchema.CATEGORY;
import static io.github.claimedlosses.stats.TypedStatistic.Col.date;
import static io.github.claimedlosses.stats.TypedStatistic.Col.number;
import static io.github.claimedlosses.stats.TypedStatistic.Col.text;

import java.util.List;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** Running totals projected to a date along a fitted line, with 95 % prediction intervals ({@link Trends#project}). */
public final class ProjectedTotals extends TypedStatistic<ProjectedTotals> {
    private static final List<Col> COLUMNS = List.of(text(CATEGORY), date(StatColumns.TARGET_DATE),
            number(StatColumns.PROJECTED_TOTAL), number(StatColumns.PREDICTION_LOW_95),
            number(StatColumns.PREDICTION_HIGH_95));

    ProjectedTotals(Table table, Description description) {
        super(table, description, "projections from Trends.project", COLUMNS);
    }

    @Override
    public ProjectedTotals withRows(Table rows, Description description) {
        return new ProjectedTotals(rows, description);
    }

    /** The date each row projects to. */
    public DateColumn targetDates() {
        return dates(StatColumns.TARGET_DATE);
    }

    /** The projected running total on the target date. */
    public DoubleColumn projected() {
        return numbers(StatColumns.PROJECTED_TOTAL);
    }

    /** The lower end of the 95 % prediction interval. */
    public DoubleColumn low() {
        return numbers(StatColumns.PREDICTION_LOW_95);
    }

    /** The upper end of the 95 % prediction interval. */
    public DoubleColumn high() {
        return numbers(StatColumns.PREDICTION_HIGH_95);
    }
}
