package io.github.claimedlosses.stats;

import static io.github.claimedlosses.model.ClaimSchema.CATEGORY;
import static io.github.claimedlosses.model.ClaimSchema.CLAIMANT;
import static io.github.claimedlosses.model.ClaimSchema.DATE;
import static io.github.claimedlosses.model.ClaimSchema.SIDE;
import static io.github.claimedlosses.stats.TypedStatistic.Col.date;
import static io.github.claimedlosses.stats.TypedStatistic.Col.integer;
import static io.github.claimedlosses.stats.TypedStatistic.Col.number;
import static io.github.claimedlosses.stats.TypedStatistic.Col.text;

import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Side;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Claimed running totals against visually confirmed counts, category by category ({@link Ratios#claimedVsConfirmed}):
 * per claimed record the confirmed count as of the latest confirmed date on or before it, its lag, and the ratio.
 */
public final class ClaimedVsConfirmed extends TypedStatistic<ClaimedVsConfirmed> {
    private static final List<Col> COLUMNS = List.of(text(CLAIMANT), text(SIDE), text(CATEGORY), date(DATE),
            number(StatColumns.CLAIMED), date(StatColumns.CONFIRMED_DATE), integer(StatColumns.LAG_DAYS),
            number(StatColumns.CONFIRMED), number(Ratios.CLAIMED_PER_CONFIRMED));

    ClaimedVsConfirmed(Table table, Description description) {
        super(table, description, "a comparison from Ratios.claimedVsConfirmed", COLUMNS);
    }

    @Override
    public ClaimedVsConfirmed withRows(Table rows, Description description) {
        return new ClaimedVsConfirmed(rows, description);
    }

    /** The rows that have a confirmed count to compare with. */
    public ClaimedVsConfirmed matched() {
        return where(confirmed().isNotMissing());
    }

    /** The rows with a ratio against a confirmed count at most {@code maxLagDays} days old. */
    public ClaimedVsConfirmed fresh(int maxLagDays) {
        return where(claimedPerConfirmed().isNotMissing()
                .and(lagDays().isLessThanOrEqualTo(maxLagDays)));
    }

    /** The claimant of every row (one claimant's figures). */
    public Claimant claimant() {
        return onlyClaimant();
    }

    /** The side of every row (losses of one side). */
    public Side side() {
        return onlySide();
    }

    /** The date of each claimed record. */
    public DateColumn dates() {
        return recordDates();
    }

    /** The claimed running total of each row. */
    public DoubleColumn claimed() {
        return numbers(StatColumns.CLAIMED);
    }

    /** The confirmed count each row compares with; missing before the first confirmed count. */
    public DoubleColumn confirmed() {
        return numbers(StatColumns.CONFIRMED);
    }

    /** The date of the confirmed count each row compares with. */
    public DateColumn confirmedDates() {
        return dates(StatColumns.CONFIRMED_DATE);
    }

    /** Days between the confirmed count's date and the claim's. */
    public IntColumn lagDays() {
        return integers(StatColumns.LAG_DAYS);
    }

    /** Claimed per confirmed loss; missing where there is no confirmed count or it is zero. */
    public DoubleColumn claimedPerConfirmed() {
        return numbers(Ratios.CLAIMED_PER_CONFIRMED);
    }

    /** The confirmed counts the rows compare with, on their own dates, in date order. */
    public NavigableMap<LocalDate, Double> confirmedCounts() {
        NavigableMap<LocalDate, Double> counts = new TreeMap<>();
        DoubleColumn confirmed = confirmed();
        DateColumn dates = confirmedDates();
        for (int row = 0; row < rowCount(); row++) {
            if (!confirmed.isMissing(row)) {
                counts.putIfAbsent(dates.get(row), confirmed.getDouble(row));
            }
        }
        return counts;
    }

    /** The latest claimed record's date; {@code null} when there is no row. */
    public LocalDate latestDate() {
        return latest(DATE);
    }
}
