package io.github.claimedlosses.table;

import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.ClaimSchema;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Side;
import java.util.LinkedHashMap;
import java.util.Map;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/**
 * An immutable selection of tidy claim rows, built fluently:
 * {@code ClaimFilter.all().claimant(Claimant.UA_GENERAL_STAFF).kind(Kind.CUMULATIVE).apply(claims)}.
 */
public final class ClaimFilter {
    private final Map<String, String> equalities;

    private ClaimFilter(Map<String, String> equalities) {
        this.equalities = equalities;
    }

    /** A filter that keeps every row. */
    public static ClaimFilter all() {
        return new ClaimFilter(Map.of());
    }

    /** Keeps the rows of {@code claimant}. */
    public ClaimFilter claimant(Claimant claimant) {
        return with(ClaimSchema.CLAIMANT, claimant.id());
    }

    /** Keeps the rows about {@code side}'s losses. */
    public ClaimFilter side(Side side) {
        return with(ClaimSchema.SIDE, side.id());
    }

    /** Keeps the rows of {@code kind}. */
    public ClaimFilter kind(Kind kind) {
        return with(ClaimSchema.KIND, kind.id());
    }

    /** Keeps the rows of {@code category}. */
    public ClaimFilter category(Category category) {
        return with(ClaimSchema.CATEGORY, category.id());
    }

    /** Keeps the rows read from {@code source} (a file or dataset name, as in the {@code source} column). */
    public ClaimFilter source(String source) {
        return with(ClaimSchema.SOURCE, source);
    }

    /** The selected rows of {@code tidy}, in their order, as a new table with the same name. */
    public Table apply(Table tidy) {
        Selection selection = Selection.withRange(0, tidy.rowCount());
        for (Map.Entry<String, String> equality : equalities.entrySet()) {
            selection = selection.and(tidy.stringColumn(equality.getKey()).isEqualTo(equality.getValue()));
        }
        return Rows.where(tidy, selection).setName(tidy.name());
    }

    private ClaimFilter with(String column, String value) {
        Map<String, String> next = new LinkedHashMap<>(equalities);
        next.put(column, value);
        return new ClaimFilter(next);
    }
}
