package io.github.claimedlosses.spark;

import io.github.claimedlosses.ledger.Ledger;
import io.github.claimedlosses.ledger.LedgerEntry;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.ClaimSchema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The rows the Spark job writes, with the columns of the one-machine outputs: a claim as the tidy schema's columns
 * ({@link ClaimSchema}), a ledger entry as the columns of {@link Ledger#table()} (converted from that table, so that
 * the two paths cannot drift apart). Dates are {@link LocalDate}s (the job enables Spark's Java 8 date API).
 */
final class SparkRows {
    /** The tidy claim columns, then the document's publication date (for the ledger's first and latest source). */
    static final String PUBLISHED = "published";
    /** Whether the claim is its document's first statement of its key and value (what the ledger counts). */
    static final String COUNTS = "counts";

    static final StructType CLAIMS = new StructType(new StructField[] {
        field(ClaimSchema.DATE, DataTypes.DateType),
        field(ClaimSchema.DAY, DataTypes.IntegerType),
        field(ClaimSchema.CLAIMANT, DataTypes.StringType),
        field(ClaimSchema.SIDE, DataTypes.StringType),
        field(ClaimSchema.CATEGORY, DataTypes.StringType),
        field(ClaimSchema.VALUE, DataTypes.DoubleType),
        field(ClaimSchema.QUALIFIER, DataTypes.StringType),
        field(ClaimSchema.LOW, DataTypes.DoubleType),
        field(ClaimSchema.HIGH, DataTypes.DoubleType),
        field(ClaimSchema.KIND, DataTypes.StringType),
        field(ClaimSchema.SOURCE, DataTypes.StringType),
        field(ClaimSchema.LOCATION, DataTypes.StringType),
        field(ClaimSchema.QUOTE, DataTypes.StringType),
        field(ClaimSchema.ITEM, DataTypes.StringType),
    });
    static final StructType EXTRACTED = CLAIMS.add(field(PUBLISHED, DataTypes.DateType))
            .add(field(COUNTS, DataTypes.BooleanType));
    static final StructType LEDGER = schemaOf(Ledger.of(List.of()).table());

    private SparkRows() {
    }

    /** A claim with its document's publication date and whether the ledger counts it. */
    static Row extracted(Claim claim, LocalDate published, boolean counts) {
        return RowFactory.create(claim.date(), claim.day(), claim.claimant().id(), claim.side().id(),
                claim.category().id(), claim.value(), claim.qualifier().id(), claim.low(), claim.high(),
                claim.kind().id(), claim.provenance().source(), claim.provenance().location(),
                claim.provenance().quote(), claim.provenance().item(), published, counts);
    }

    /** The ledger row of one entry: the one row of {@link Ledger#table()} for a ledger of that entry alone. */
    static Row ledger(LedgerEntry entry) {
        Table table = Ledger.of(List.of(entry)).table();
        Object[] cells = new Object[table.columnCount()];
        for (int c = 0; c < cells.length; c++) {
            Column<?> column = table.column(c);
            cells[c] = column.isMissing(0) ? null : column.get(0);
        }
        return RowFactory.create(cells);
    }

    private static StructType schemaOf(Table table) {
        List<StructField> fields = new ArrayList<>();
        for (Column<?> column : table.columns()) {
            fields.add(field(column.name(), typeOf(column.type())));
        }
        return new StructType(fields.toArray(new StructField[0]));
    }

    private static DataType typeOf(ColumnType type) {
        if (type == ColumnType.STRING) {
            return DataTypes.StringType;
        }
        if (type == ColumnType.LOCAL_DATE) {
            return DataTypes.DateType;
        }
        if (type == ColumnType.INTEGER) {
            return DataTypes.IntegerType;
        }
        if (type == ColumnType.LONG) {
            return DataTypes.LongType;
        }
        if (type == ColumnType.DOUBLE) {
            return DataTypes.DoubleType;
        }
        if (type == ColumnType.BOOLEAN) {
            return DataTypes.BooleanType;
        }
        throw new IllegalStateException("no Spark type for the ledger column type " + type);
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }
}
