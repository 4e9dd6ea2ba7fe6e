package io.github.claimedlosses.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static tech.tablesaw.aggregate.AggregateFunctions.countNonMissing;
import static tech.tablesaw.aggregate.AggregateFunctions.earliestDate;
import static tech.tablesaw.aggregate.AggregateFunctions.latestDate;
import static tech.tablesaw.aggregate.AggregateFunctions.max;
import static tech.tablesaw.aggregate.AggregateFunctions.min;
import static tech.tablesaw.aggregate.AggregateFunctions.sum;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tech.tablesaw.aggregate.AggregateFunction;
import tech.tablesaw.aggregate.NumericAggregateFunction;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Groups gives what Tablesaw's summarize(...).by(...) gives, on tables with repeated keys and missing values. */
class GroupsTest {
    @Test
    void sameAsTablesawForSumsMinimaAndMaxima() {
        for (long seed = 1; seed <= 20; seed++) {
            Table table = randomTable(new Random(seed));
            for (NumericAggregateFunction function : List.of(sum, min, max)) {
                Table expected = table.summarize(List.of("a", "b"), function).by("part", "date")
                        .sortAscendingOn("part", "date");
                Table actual = Groups.summarize(table, List.of("a", "b"), function, "part", "date")
                        .sortAscendingOn("part", "date");
                assertEquals(expected.columnNames(), actual.columnNames(), "seed " + seed);
                assertEquals(expected.printAll(), actual.printAll(), "seed " + seed + ", " + function.functionName());
                Table byDate = Groups.summarize(table, "a", function, "date").sortAscendingOn("date");
                assertEquals(table.summarize("a", function).by("date").sortAscendingOn("date").printAll(),
                        byDate.printAll());
            }
        }
    }

    @Test
    void sameAsTablesawForCountsAndDatesToo() {
        List<AggregateFunction<?, ?>> functions = List.of(sum, countNonMissing, max, earliestDate, latestDate);
        for (long seed = 1; seed <= 20; seed++) {
            Table table = randomTable(new Random(seed));
            DateColumn from = DateColumn.create("from");
            Random random = new Random(seed * 31);
            for (int row = 0; row < table.rowCount(); row++) {
                from.append(random.nextInt(4) == 0 ? null : LocalDate.of(2022, 2, 24).plusDays(random.nextInt(30)));
            }
            table.addColumns(from);
            Table expected = table.summarize(List.of("a", "from", "date"),
                    functions.toArray(new AggregateFunction<?, ?>[0])).by("part").sortAscendingOn("part");
            Table actual = Groups.summarize(table, List.of("a", "from", "date"), functions, "part")
                    .sortAscendingOn("part");
            assertEquals(new TreeSet<>(expected.columnNames()), new TreeSet<>(actual.columnNames()), "seed " + seed);
            for (String name : expected.columnNames()) {
                assertEquals(expected.column(name).type(), actual.column(name).type(), name);
                assertEquals(expected.column(name).asList(), actual.column(name).asList(),
                        "seed " + seed + ", " + name);
            }
        }
    }

    private static Table randomTable(Random random) {
        int rows = 1 + random.nextInt(60);
        StringColumn part = StringColumn.create("part");
        DateColumn date = DateColumn.create("date");
        DoubleColumn a = DoubleColumn.create("a");
        DoubleColumn b = DoubleColumn.create("b");
        for (int row = 0; row < rows; row++) {
            part.append("p" + random.nextInt(3));
            date.append(LocalDate.of(2022, 3, 1).plusDays(random.nextInt(8)));
            a.append(random.nextInt(5) == 0 ? Double.NaN : random.nextInt(1000) / 4.0);
            b.append(random.nextInt(3) == 0 ? Double.NaN : random.nextGaussian());
        }
        return Table.create("t", part, date, a, b);
    }
}
