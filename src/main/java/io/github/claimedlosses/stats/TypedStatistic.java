package io.github.claimedlosses.stats;

import static io.github.claimedlosses.model.ClaimSchema.CATEGORY;
import static io.github.claimedlosses.model.ClaimSchema.CLAIMANT;
import static io.github.claimedlosses.model.ClaimSchema.DATE;
import static io.github.claimedlosses.model.ClaimSchema.SIDE;

import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.table.Rows;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.Selection;

/**
 * What the typed statistics share: the table and its description, the check that the table has the statistic's
 * columns (made once, where the statistic is made), and typed access to its columns. Column names appear only in
 * the subclasses, as {@link StatColumns} constants.
 */
abstract class TypedStatistic<S extends TypedStatistic<S>> implements StatTable {
    private final Table table;
    private final Description description;
    private final String categoryColumn;

    /**
     * @param what    what the statistic is, for the message, e.g. "a daily series from Trends.daily"
     * @param columns the columns the statistic reads, each with its Tablesaw type
     * @throws IllegalArgumentException naming the missing columns when {@code table} lacks one
     */
    TypedStatistic(Table table, Description description, String what, List<Col> columns) {
        this(table, description, what, CATEGORY, columns);
    }

    /**
     * @param categoryColumn the column {@link #forCategory} selects on: {@code category}, or for a ratio between
     *                       categories its numerator's
     */
    TypedStatistic(Table table, Description description, String what, String categoryColumn, List<Col> columns) {
        this.table = Objects.requireNonNull(table, "table");
        this.description = Objects.requireNonNull(description, "description");
        this.categoryColumn = categoryColumn;
        List<String> missing = columns.stream().filter(column -> !column.in(table)).map(Col::name).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("expected " + what + ", but the table \"" + table.name()
                    + "\" has no column " + String.join(", ", missing));
        }
    }

    /** A column a statistic reads: its name and Tablesaw type. */
    record Col(String name, Class<? extends Column<?>> type) {
        static Col text(String name) {
            return new Col(name, StringColumn.class);
        }

        static Col date(String name) {
            return new Col(name, DateColumn.class);
        }

        static Col number(String name) {
            return new Col(name, DoubleColumn.class);
        }

        static Col integer(String name) {
            return new Col(name, IntColumn.class);
        }

        static Col flag(String name) {
            return new Col(name, BooleanColumn.class);
        }

        boolean in(Table table) {
            return table.containsColumn(name) && type.isInstance(table.column(name));
        }
    }

    @Override
    public abstract S withRows(Table rows, Description description);

    /** The rows about {@code category} (for a ratio between categories, its numerator's), in table order. */
    public final S forCategory(Category category) {
        return where(table.stringColumn(categoryColumn).isEqualTo(category.id()));
    }

    /** The selected rows, as this statistic, with its description. */
    final S where(Selection rows) {
        return withRows(Rows.where(table, rows), description);
    }

    @Override
    public final Table table() {
        return table;
    }

    @Override
    public final Description description() {
        return description;
    }

    /** Whether the statistic has no row. */
    public final boolean isEmpty() {
        return table.isEmpty();
    }

    /** Number of rows. */
    public final int rowCount() {
        return table.rowCount();
    }

    @Override
    public final String toString() {
        return StatTable.show(this);
    }

    final DateColumn dates(String column) {
        return table.dateColumn(column);
    }

    final DoubleColumn numbers(String column) {
        return table.doubleColumn(column);
    }

    final IntColumn integers(String column) {
        return table.intColumn(column);
    }

    final BooleanColumn flags(String column) {
        return table.booleanColumn(column);
    }

    /** The latest date of {@code column}; {@code null} when the statistic has no row. */
    final LocalDate latest(String column) {
        return table.dateColumn(column).max();
    }

    /** The dates of the rows (column {@code date}). */
    final DateColumn recordDates() {
        return dates(DATE);
    }

    /** Whether some row is flagged {@code approximate}: an input figure was not stated exactly. */
    final boolean anyFlagged(String column) {
        return !table.booleanColumn(column).isTrue().isEmpty();
    }

    /** The claimant of every row (column {@code claimant}). */
    final Claimant onlyClaimant() {
        return only(CLAIMANT, Claimant::fromId);
    }

    /** The side of every row (column {@code side}). */
    final Side onlySide() {
        return only(SIDE, Side::fromId);
    }

    private <T> T only(String column, Function<String, T> parse) {
        Set<String> values = new LinkedHashSet<>(table.stringColumn(column).asList());
        if (values.size() != 1) {
            throw new IllegalStateException("the rows of \"" + table.name() + "\" have " + (values.isEmpty()
                    ? "no " + column : "several " + column + " values " + new TreeSet<>(values))
                    + "; select one first");
        }
        return parse.apply(values.iterator().next());
    }

}
