package io.github.claimedlosses.stats;

import static io.github.claimedlosses.model.ClaimSchema.CATEGORY;
import static io.github.claimedlosses.stats.TypedStatistic.Col.number;
import static io.github.claimedlosses.stats.TypedStatistic.Col.text;

import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Mean and median one-day increment by day of the week, Monday first ({@link Trends#weekdays}). */
public final class WeekdayProfile extends TypedStatistic<WeekdayProfile> {
    private static final List<Col> COLUMNS = List.of(text(CATEGORY), text(StatColumns.DAY_OF_WEEK),
            number(StatColumns.INCREMENT_MEAN), number(StatColumns.INCREMENT_MEDIAN));

    WeekdayProfile(Table table, Description description) {
        super(table, description, "a day-of-week profile from Trends.weekdays", COLUMNS);
    }

    @Override
    public WeekdayProfile withRows(Table rows, Description description) {
        return new WeekdayProfile(rows, description);
    }

    /** The day of the week of each row, {@code MONDAY} to {@code SUNDAY}. */
    public StringColumn daysOfWeek() {
        return table().stringColumn(StatColumns.DAY_OF_WEEK);
    }

    /** The mean one-day increment on each day of the week. */
    public DoubleColumn means() {
        return numbers(StatColumns.INCREMENT_MEAN);
    }

    /** The median one-day increment on each day of the week. */
    public DoubleColumn medians() {
        return numbers(StatColumns.INCREMENT_MEDIAN);
    }
}
