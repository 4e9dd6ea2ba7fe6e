package io.github.claimedlosses.export.chart;

import io.github.claimedlosses.model.ClaimSchema;
import io.github.claimedlosses.stats.StatColumns;
import io.github.claimedlosses.model.Category;
import java.time.LocalDate;
import tech.tablesaw.api.Table;

/** Selections of rows from statistics tables, for the chart builders. */
final class StatRows {
    private StatRows() {
    }

    /** The rows of {@code table} whose {@code category} column is {@code category}'s id, in table order. */
    static Table of(Table table, Category category) {
        return of(table, ClaimSchema.CATEGORY, category.id());
    }

    /** The rows of {@code table} whose text column {@code column} equals {@code value}. */
    static Table of(Table table, String column, String value) {
        return table.where(table.stringColumn(column).isEqualTo(value));
    }

    /** The latest date of {@code column}. */
    static LocalDate latest(Table table, String column) {
        return table.dateColumn(column).max();
    }

    /** "; from figures stated as approximate" when any row of {@code rows} is flagged approximate, else "". */
    static String approximateNote(Table rows) {
        return rows.booleanColumn(StatColumns.APPROXIMATE).isTrue().isEmpty() ? ""
                : "; from figures stated as approximate (\"about\", \"more than\")";
    }
}
