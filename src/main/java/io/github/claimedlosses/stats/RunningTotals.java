package io.github.claimedlosses.stats;

import static io.github.claimedlosses.model.ClaimSchema.CATEGORY;
import static io.github.claimedlosses.model.ClaimSchema.CLAIMANT;
import static io.github.claimedlosses.model.ClaimSchema.DATE;
import static io.github.claimedlosses.model.ClaimSchema.SIDE;
import static io.github.claimedlosses.model.ClaimSchema.SOURCE;
import static io.github.claimedlosses.stats.TypedStatistic.Col.date;
import static io.github.claimedlosses.stats.TypedStatistic.Col.flag;
import static io.github.claimedlosses.stats.TypedStatistic.Col.number;
import static io.github.claimedlosses.stats.TypedStatistic.Col.text;

import java.time.LocalDate;
import java.util.List;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** Running totals per series and date ({@link Trends#totals}), with the parts summed into each. */
public final class RunningTotals extends TypedStatistic<RunningTotals> {
    private static final List<Col> COLUMNS = List.of(text(CLAIMANT), text(SIDE), text(CATEGORY), text(SOURCE),
            date(DATE), number(StatColumns.TOTAL), flag(StatColumns.APPROXIMATE));

    RunningTotals(Table table, Description description) {
        super(table, description, "running totals from Trends.totals", COLUMNS);
    }

    @Override
    public RunningTotals withRows(Table rows, Description description) {
        return new RunningTotals(rows, description);
    }

    /** The date of each row. */
    public DateColumn dates() {
        return recordDates();
    }

    /** The running total of each row. */
    public DoubleColumn totals() {
        return numbers(StatColumns.TOTAL);
    }

    /** The latest date; {@code null} when there is no row. */
    public LocalDate latestDate() {
        return latest(DATE);
    }
}
