package io.github.claimedlosses.stats;

import static io.github.claimedlosses.model.ClaimSchema.CATEGORY;
import static io.github.claimedlosses.model.ClaimSchema.CLAIMANT;
import static io.github.claimedlosses.model.ClaimSchema.SIDE;
import static io.github.claimedlosses.model.ClaimSchema.SOURCE;
import static io.github.claimedlosses.stats.TypedStatistic.Col.date;
import static io.github.claimedlosses.stats.TypedStatistic.Col.flag;
import static io.github.claimedlosses.stats.TypedStatistic.Col.number;
import static io.github.claimedlosses.stats.TypedStatistic.Col.text;

import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** Increments summed by week, month or year ({@link Trends#aggregate}), with per-day averages and changes. */
public final class PeriodSums extends TypedStatistic<PeriodSums> {
    private static final List<Col> COLUMNS = List.of(text(CLAIMANT), text(SIDE), text(CATEGORY), text(SOURCE),
            text(StatColumns.PERIOD), date(StatColumns.PERIOD_START), date(StatColumns.PERIOD_END),
            number(StatColumns.INCREMENT_SUM), number(StatColumns.PER_DAY_AVERAGE), flag(StatColumns.APPROXIMATE),
            flag(StatColumns.COMPLETE));

    PeriodSums(Table table, Description description) {
        super(table, description, "sums by period from Trends.aggregate", COLUMNS);
    }

    @Override
    public PeriodSums withRows(Table rows, Description description) {
        return new PeriodSums(rows, description);
    }

    /** The periods the records cover completely ({@code complete}) or only in part. */
    public PeriodSums complete(boolean complete) {
        BooleanColumn flags = flags(StatColumns.COMPLETE);
        return where(complete ? flags.isTrue() : flags.isFalse());
    }

    /** The first day of each period. */
    public DateColumn periodStarts() {
        return dates(StatColumns.PERIOD_START);
    }

    /** The sum of the increments of the intervals ending in each period. */
    public DoubleColumn incrementSums() {
        return numbers(StatColumns.INCREMENT_SUM);
    }

    /** The increment sum divided by the days covered. */
    public DoubleColumn perDayAverages() {
        return numbers(StatColumns.PER_DAY_AVERAGE);
    }

    /** Whether some row's figures were stated as approximate. */
    public boolean anyApproximate() {
        return anyFlagged(StatColumns.APPROXIMATE);
    }
}
