package io.github.claimedlosses.stats;

import static io.github.claimedlosses.model.ClaimSchema.CATEGORY;
import static io.github.claimedlosses.model.ClaimSchema.CLAIMANT;
import static io.github.claimedlosses.model.ClaimSchema.SIDE;
import static io.github.claimedlosses.model.ClaimSchema.SOURCE;
import static io.github.claimedlosses.stats.TypedStatistic.Col.date;
import static io.github.claimedlosses.stats.TypedStatistic.Col.number;
import static io.github.claimedlosses.stats.TypedStatistic.Col.text;

import io.github.claimedlosses.model.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * Straight lines fitted to each series over a window ({@link Trends#fit}, {@link Trends#fitRate},
 * {@link Trends#theilSen}): one row per series, read as {@link FittedLine}s.
 */
public final class FittedLines extends TypedStatistic<FittedLines> {
    private static final List<Col> COLUMNS = List.of(text(CLAIMANT), text(SIDE), text(CATEGORY), text(SOURCE),
            text(StatColumns.FITTED), text(StatColumns.METHOD), date(StatColumns.WINDOW_FROM),
            date(StatColumns.WINDOW_TO), number(StatColumns.SLOPE), number(StatColumns.SLOPE_LOW_95),
            number(StatColumns.SLOPE_HIGH_95), number(StatColumns.INTERCEPT), number(StatColumns.R_SQUARED));

    FittedLines(Table table, Description description) {
        super(table, description, "fitted lines from Trends.fit", COLUMNS);
    }

    @Override
    public FittedLines withRows(Table rows, Description description) {
        return new FittedLines(rows, description);
    }

    /** Every line, in table order. */
    public List<FittedLine> lines() {
        List<FittedLine> lines = new ArrayList<>(rowCount());
        for (Row row : table()) {
            lines.add(new FittedLine(row.getString(CATEGORY), row.getString(StatColumns.FITTED),
                    row.getDate(StatColumns.WINDOW_FROM), row.getDate(StatColumns.WINDOW_TO),
                    row.getDouble(StatColumns.SLOPE), row.getDouble(StatColumns.SLOPE_LOW_95),
                    row.getDouble(StatColumns.SLOPE_HIGH_95), row.getDouble(StatColumns.INTERCEPT),
                    row.getDouble(StatColumns.R_SQUARED)));
        }
        return lines;
    }

    /** The first line of {@code category} that fits the running total ({@link Trends#fit}), if any. */
    public Optional<FittedLine> totalLine(Category category) {
        return lines().stream().filter(line -> line.category().equals(category.id()) && line.fitsTotal())
                .findFirst();
    }
}
