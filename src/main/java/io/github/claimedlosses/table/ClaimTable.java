package io.github.claimedlosses.table;

import static io.github.claimedlosses.model.ClaimSchema.CATEGORY;
import static io.github.claimedlosses.model.ClaimSchema.CLAIMANT;
import static io.github.claimedlosses.model.ClaimSchema.DATE;
import static io.github.claimedlosses.model.ClaimSchema.DAY;
import static io.github.claimedlosses.model.ClaimSchema.HIGH;
import static io.github.claimedlosses.model.ClaimSchema.ITEM;
import static io.github.claimedlosses.model.ClaimSchema.KIND;
import static io.github.claimedlosses.model.ClaimSchema.LOCATION;
import static io.github.claimedlosses.model.ClaimSchema.LOW;
import static io.github.claimedlosses.model.ClaimSchema.QUALIFIER;
import static io.github.claimedlosses.model.ClaimSchema.QUOTE;
import static io.github.claimedlosses.model.ClaimSchema.SIDE;
import static io.github.claimedlosses.model.ClaimSchema.SOURCE;
import static io.github.claimedlosses.model.ClaimSchema.VALUE;

import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Provenance;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.model.Taxonomy;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Converts claims to and from the tidy Tablesaw table: one row per figure, columns of {@code ClaimSchema}. */
public final class ClaimTable {
    private ClaimTable() {
    }

    /** A tidy table named {@code name} holding {@code claims} in the given order. */
    public static Table of(String name, List<Claim> claims) {
        DateColumn date = DateColumn.create(DATE);
        IntColumn day = IntColumn.create(DAY);
        StringColumn claimant = StringColumn.create(CLAIMANT);
        StringColumn side = StringColumn.create(SIDE);
        StringColumn category = StringColumn.create(CATEGORY);
        DoubleColumn value = DoubleColumn.create(VALUE);
        StringColumn qualifier = StringColumn.create(QUALIFIER);
        DoubleColumn low = DoubleColumn.create(LOW);
        DoubleColumn high = DoubleColumn.create(HIGH);
        StringColumn kind = StringColumn.create(KIND);
        StringColumn source = StringColumn.create(SOURCE);
        StringColumn location = StringColumn.create(LOCATION);
        StringColumn quote = StringColumn.create(QUOTE);
        StringColumn item = StringColumn.create(ITEM);
        for (Claim claim : claims) {
            date.append(claim.date());
            if (claim.day() == null) {
                day.appendMissing();
            } else {
                day.append(claim.day());
            }
            claimant.append(claim.claimant().id());
            side.append(claim.side().id());
            category.append(claim.category().id());
            value.append(claim.value());
            qualifier.append(claim.qualifier().id());
            appendOptional(low, claim.low());
            appendOptional(high, claim.high());
            kind.append(claim.kind().id());
            source.append(claim.provenance().source());
            location.append(claim.provenance().location());
            quote.append(claim.provenance().quote());
            item.append(claim.provenance().item());
        }
        return Table.create(name, date, day, claimant, side, category, value, qualifier, low, high, kind, source,
                location, quote, item);
    }

    /** A tidy table named "claims". */
    public static Table of(List<Claim> claims) {
        return of("claims", claims);
    }

    /** The claims of a tidy table, validated again as they are rebuilt. */
    public static List<Claim> claims(Table table) {
        Taxonomy taxonomy = Taxonomy.standard();
        List<Claim> claims = new ArrayList<>(table.rowCount());
        for (Row row : table) {
            claims.add(new Claim(
                    row.isMissing(DATE) ? null : row.getDate(DATE),
                    row.isMissing(DAY) ? null : row.getInt(DAY),
                    Claimant.fromId(row.getString(CLAIMANT)),
                    Side.fromId(row.getString(SIDE)),
                    taxonomy.category(row.getString(CATEGORY)),
                    row.getDouble(VALUE),
                    Qualifier.fromId(row.getString(QUALIFIER)),
                    optional(row, LOW),
                    optional(row, HIGH),
                    Kind.fromId(row.getString(KIND)),
                    new Provenance(row.getString(SOURCE), row.getString(LOCATION), row.getString(QUOTE),
                            row.getString(ITEM))));
        }
        return claims;
    }

    private static void appendOptional(DoubleColumn column, Double value) {
        if (value == null) {
            column.appendMissing();
        } else {
            column.append(value);
        }
    }

    private static Double optional(Row row, String column) {
        return row.isMissing(column) ? null : row.getDouble(column);
    }
}
