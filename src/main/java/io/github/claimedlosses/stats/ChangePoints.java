package io.github.claimedlosses.stats;

import static io.github.claimedlosses.model.ClaimSchema.CATEGORY;
import static io.github.claimedlosses.stats.TypedStatistic.Col.date;
import static io.github.claimedlosses.stats.TypedStatistic.Col.number;
import static io.github.claimedlosses.stats.TypedStatistic.Col.text;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/** Phases of each series' daily rate between change points ({@link Trends#changePoints}), read as {@link Phase}s. */
public final class ChangePoints extends TypedStatistic<ChangePoints> {
    private static final List<Col> COLUMNS = List.of(text(CATEGORY), date(StatColumns.WINDOW_FROM),
            date(StatColumns.WINDOW_TO), number(StatColumns.MEAN_RATE));

    ChangePoints(Table table, Description description) {
        super(table, description, "phases from Trends.changePoints", COLUMNS);
    }

    @Override
    public ChangePoints withRows(Table rows, Description description) {
        return new ChangePoints(rows, description);
    }

    /** Every phase, in table order (date order within each series). */
    public List<Phase> phases() {
        List<Phase> phases = new ArrayList<>(rowCount());
        for (Row row : table()) {
            phases.add(new Phase(row.getString(CATEGORY), row.getDate(StatColumns.WINDOW_FROM),
                    row.getDate(StatColumns.WINDOW_TO), row.getDouble(StatColumns.MEAN_RATE)));
        }
        return phases;
    }
}
