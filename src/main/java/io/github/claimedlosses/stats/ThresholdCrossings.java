package io.github.claimedlosses.stats;

import static io.github.claimedlosses.model.ClaimSchema.CATEGORY;
import static io.github.claimedlosses.stats.TypedStatistic.Col.date;
import static io.github.claimedlosses.stats.TypedStatistic.Col.text;

import java.util.List;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The date each series' running total reaches a threshold, observed or projected ({@link Trends#projectCrossing}). */
public final class ThresholdCrossings extends TypedStatistic<ThresholdCrossings> {
    private static final List<Col> COLUMNS = List.of(text(CATEGORY), text(StatColumns.STATUS),
            date(StatColumns.CROSSING_DATE), date(StatColumns.CROSSING_EARLIEST_95),
            date(StatColumns.CROSSING_LATEST_95));

    ThresholdCrossings(Table table, Description description) {
        super(table, description, "crossings from Trends.projectCrossing", COLUMNS);
    }

    @Override
    public ThresholdCrossings withRows(Table rows, Description description) {
        return new ThresholdCrossings(rows, description);
    }

    /** {@code reached}, {@code projected} or why there is no projection. */
    public StringColumn statuses() {
        return table().stringColumn(StatColumns.STATUS);
    }

    /** The date the threshold is (projected to be) reached. */
    public DateColumn crossingDates() {
        return dates(StatColumns.CROSSING_DATE);
    }

    /** The earliest crossing date within the 95 % prediction band. */
    public DateColumn earliest95() {
        return dates(StatColumns.CROSSING_EARLIEST_95);
    }

    /** The latest crossing date within the 95 % prediction band; missing when the band never reaches it. */
    public DateColumn latest95() {
        return dates(StatColumns.CROSSING_LATEST_95);
    }
}
