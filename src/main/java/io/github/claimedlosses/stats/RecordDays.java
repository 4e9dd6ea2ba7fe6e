package io.github.claimedlosses.stats;

import static io.github.claimedlosses.model.ClaimSchema.CATEGORY;
import static io.github.claimedlosses.model.ClaimSchema.DATE;
import static io.github.claimedlosses.stats.TypedStatistic.Col.date;
import static io.github.claimedlosses.stats.TypedStatistic.Col.integer;
import static io.github.claimedlosses.stats.TypedStatistic.Col.number;
import static io.github.claimedlosses.stats.TypedStatistic.Col.text;

import java.util.List;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/** The largest one-day increments of each series, ranked from 1 ({@link Trends#recordDays}): daily rows with a rank. */
public final class RecordDays extends TypedStatistic<RecordDays> {
    private static final List<Col> COLUMNS = List.of(integer(StatColumns.RANK), text(CATEGORY), date(DATE),
            number(StatColumns.INCREMENT));

    RecordDays(Table table, Description description) {
        super(table, description, "record days from Trends.recordDays", COLUMNS);
    }

    @Override
    public RecordDays withRows(Table rows, Description description) {
        return new RecordDays(rows, description);
    }

    /** The rank of each row, 1 for the largest increment of its series. */
    public IntColumn ranks() {
        return integers(StatColumns.RANK);
    }

    /** The date of each record day. */
    public DateColumn dates() {
        return recordDates();
    }

    /** The one-day increment of each record day. */
    public DoubleColumn increments() {
        return numbers(StatColumns.INCREMENT);
    }
}
