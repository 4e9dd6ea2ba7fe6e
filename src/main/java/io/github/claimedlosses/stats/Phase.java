package io.github.claimedlosses.stats;

import io.github.claimedlosses.model.ClaimSchema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * One phase of a series' daily rate between change points (a row of {@link Trends#changePoints}), as a typed value.
 *
 * @param category the category's id
 * @param from     first date of the phase
 * @param to       last date of the phase
 * @param meanRate mean daily rate in the phase
 */
public record Phase(String category, LocalDate from, LocalDate to, double meanRate) {
    /** The phases of a table of change points, in its order. */
    public static List<Phase> of(StatTable phases) {
        return of(phases.table());
    }

    /** The phases of a table with the columns of {@link Trends#changePoints}, in its order. */
    public static List<Phase> of(Table phases) {
        List<Phase> list = new ArrayList<>(phases.rowCount());
        for (Row row : phases) {
            list.add(new Phase(row.getString(ClaimSchema.CATEGORY), row.getDate(StatColumns.WINDOW_FROM),
                    row.getDate(StatColumns.WINDOW_TO), row.getDouble(StatColumns.MEAN_RATE)));
        }
        return list;
    }
}
