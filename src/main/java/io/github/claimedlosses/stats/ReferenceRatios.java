package io.github.claimedlosses.stats;

import static io.github.claimedlosses.model.ClaimSchema.CATEGORY;
import static io.github.claimedlosses.model.ClaimSchema.DATE;
import static io.github.claimedlosses.model.ClaimSchema.VALUE;
import static io.github.claimedlosses.stats.TypedStatistic.Col.date;
import static io.github.claimedlosses.stats.TypedStatistic.Col.number;
import static io.github.claimedlosses.stats.TypedStatistic.Col.text;

import java.util.List;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** Stated figures relative to a reference figure, such as casualties per force sent in ({@link Ratios#relativeTo}). */
public final class ReferenceRatios extends TypedStatistic<ReferenceRatios> {
    private static final List<Col> COLUMNS = List.of(text(CATEGORY), date(DATE), number(VALUE),
            text(StatColumns.REFERENCE), number(StatColumns.RATIO));

    ReferenceRatios(Table table, Description description) {
        super(table, description, "ratios from Ratios.relativeTo", COLUMNS);
    }

    @Override
    public ReferenceRatios withRows(Table rows, Description description) {
        return new ReferenceRatios(rows, description);
    }

    /** The date of each stated figure. */
    public DateColumn dates() {
        return recordDates();
    }

    /** Each stated figure. */
    public DoubleColumn values() {
        return numbers(VALUE);
    }

    /** Each figure per the reference figure. */
    public DoubleColumn ratios() {
        return numbers(StatColumns.RATIO);
    }
}
