package io.github.claimedlosses.stats;

import static io.github.claimedlosses.model.ClaimSchema.CATEGORY;
import static io.github.claimedlosses.model.ClaimSchema.CLAIMANT;
import static io.github.claimedlosses.model.ClaimSchema.DATE;
import static io.github.claimedlosses.model.ClaimSchema.DAY;
import static io.github.claimedlosses.model.ClaimSchema.HIGH;
import static io.github.claimedlosses.model.ClaimSchema.KIND;
import static io.github.claimedlosses.model.ClaimSchema.LOCATION;
import static io.github.claimedlosses.model.ClaimSchema.LOW;
import static io.github.claimedlosses.model.ClaimSchema.QUALIFIER;
import static io.github.claimedlosses.model.ClaimSchema.SIDE;
import static io.github.claimedlosses.model.ClaimSchema.SOURCE;
import static io.github.claimedlosses.model.ClaimSchema.VALUE;
import static io.github.claimedlosses.stats.StatColumns.DENOMINATOR;
import static io.github.claimedlosses.stats.StatColumns.DENOMINATOR_CATEGORY;
import static io.github.claimedlosses.stats.StatColumns.DENOMINATOR_KIND;
import static io.github.claimedlosses.stats.StatColumns.DENOMINATOR_LOCATION;
import static io.github.claimedlosses.stats.StatColumns.NUMERATOR;
import static io.github.claimedlosses.stats.StatColumns.NUMERATOR_CATEGORY;
import static io.github.claimedlosses.stats.StatColumns.NUMERATOR_KIND;
import static io.github.claimedlosses.stats.StatColumns.NUMERATOR_LOCATION;
import static io.github.claimedlosses.stats.StatColumns.RATIO;
import static io.github.claimedlosses.stats.StatColumns.REFERENCE;

import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.table.Rows;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Ratios implied by stated figures, taken claim by claim from a tidy table of any kind but increments (text claims
 * are often estimates or derived figures): between two categories stated in one document, or relative to a stated
 * reference figure.
 */
final class Stated {
    private Stated() {
    }

    /**
     * One row per pair of a {@code numerator} and a {@code denominator} claim from the same source, claimant, side and
     * date (both undated counts as the same date).
     */
    static Table implied(Table claims, Category numerator, Category denominator) {
        Table stated = statedRows(claims);
        Table tops = Rows.where(stated, stated.stringColumn(CATEGORY).isEqualTo(numerator.id()));
        Table bottoms = Rows.where(stated, stated.stringColumn(CATEGORY).isEqualTo(denominator.id()));
        Map<String, List<Integer>> byDocument = new HashMap<>();
        for (int row = 0; row < bottoms.rowCount(); row++) {
            byDocument.computeIfAbsent(document(bottoms, row), key -> new ArrayList<>()).add(row);
        }
        List<Integer> topRows = new ArrayList<>();
        List<Integer> bottomRows = new ArrayList<>();
        for (int row = 0; row < tops.rowCount(); row++) {
            for (int bottom : byDocument.getOrDefault(document(tops, row), List.of())) {
                topRows.add(row);
                bottomRows.add(bottom);
            }
        }
        Table top = rows(tops, topRows);
        Table bottom = rows(bottoms, bottomRows);
        List<Column<?>> columns = new ArrayList<>();
        for (String key : List.of(SOURCE, CLAIMANT, SIDE, DATE, DAY)) {
            columns.add(top.column(key).copy());
        }
        columns.add(top.stringColumn(CATEGORY).copy().setName(NUMERATOR_CATEGORY));
        columns.add(top.stringColumn(KIND).copy().setName(NUMERATOR_KIND));
        columns.add(top.doubleColumn(VALUE).copy().setName(NUMERATOR));
        columns.add(top.stringColumn(LOCATION).copy().setName(NUMERATOR_LOCATION));
        columns.add(bottom.stringColumn(CATEGORY).copy().setName(DENOMINATOR_CATEGORY));
        columns.add(bottom.stringColumn(KIND).copy().setName(DENOMINATOR_KIND));
        columns.add(bottom.doubleColumn(VALUE).copy().setName(DENOMINATOR));
        columns.add(bottom.stringColumn(LOCATION).copy().setName(DENOMINATOR_LOCATION));
        columns.addAll(quotient(bottom).dividing(quotient(top), RATIO));
        return Table.create("implied ratios", columns.toArray(new Column<?>[0]));
    }

    /** The given rows of {@code table}, in that order; Tablesaw's {@code rows()} refuses an empty list. */
    private static Table rows(Table table, List<Integer> rows) {
        return rows.isEmpty() ? table.emptyCopy() : table.rows(rows.stream().mapToInt(Integer::intValue).toArray());
    }

    /** One row per {@code category} claim, divided by the reference figure. */
    static Table relativeTo(Table claims, Category category, Reference reference) {
        Table stated = statedRows(claims);
        Table rows = Rows.where(stated, stated.stringColumn(CATEGORY).isEqualTo(category.id()));
        int size = rows.rowCount();
        BooleanColumn approximate = BooleanColumn.create("reference approximate", size);
        for (int row = 0; row < size; row++) {
            approximate.set(row, reference.qualifier().isApproximate());
        }
        Quotient figure = new Quotient(constant(size, reference.value()), constant(size, reference.low()),
                constant(size, reference.high()), approximate);
        List<Column<?>> columns = new ArrayList<>();
        for (String key : List.of(SOURCE, CLAIMANT, SIDE, DATE, DAY, CATEGORY, KIND, VALUE, QUALIFIER, LOCATION)) {
            columns.add(rows.column(key).copy());
        }
        columns.add(Columns.constant(REFERENCE, size, reference.description()));
        columns.add(figure.value().copy().setName("reference_value"));
        columns.addAll(figure.dividing(quotient(rows), RATIO));
        return Table.create("relative to reference", columns.toArray(new Column<?>[0]));
    }

    private static Table statedRows(Table claims) {
        return Series.requireTidy(claims).where(claims.stringColumn(KIND).isNotEqualTo(Kind.INCREMENT.id()));
    }

    private static String document(Table rows, int row) {
        return rows.stringColumn(SOURCE).get(row) + "|" + rows.stringColumn(CLAIMANT).get(row) + "|"
                + rows.stringColumn(SIDE).get(row) + "|" + rows.dateColumn(DATE).get(row);
    }

    private static Quotient quotient(Table rows) {
        BooleanColumn approximate = BooleanColumn.create("approximate", rows.stringColumn(QUALIFIER)
                .isNotEqualTo(Qualifier.EXACT.id()), rows.rowCount());
        return new Quotient(rows.doubleColumn(VALUE).copy(), rows.doubleColumn(LOW).copy(),
                rows.doubleColumn(HIGH).copy(), approximate);
    }

    private static DoubleColumn constant(int size, Double value) {
        DoubleColumn column = DoubleColumn.create("constant", size);
        if (value != null) {
            column.fillWith(value);
        }
        return column;
    }
}
