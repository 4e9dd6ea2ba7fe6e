package io.github.claimedlosses.export.chart;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * A named series of values by date, as a chart draws it. Missing values are {@code NaN} and leave a gap.
 *
 * @param name   legend entry
 * @param dates  dates in ascending order
 * @param values one value per date
 */
public record DatedSeries(String name, List<LocalDate> dates, double[] values) {
    public DatedSeries {
        Objects.requireNonNull(name, "name");
        dates = List.copyOf(dates);
        values = values.clone();
        if (dates.size() != values.length) {
            throw new IllegalArgumentException("series " + name + " has " + dates.size() + " dates but "
                    + values.length + " values");
        }
    }

    /**
     * The series of {@code valueColumn} by {@code dateColumn} in {@code table}'s row order; missing cells are NaN.
     */
    public static DatedSeries of(String name, Table table, String dateColumn, String valueColumn) {
        return of(name, table.dateColumn(dateColumn), table.numberColumn(valueColumn));
    }

    /** The series of {@code numbers} by {@code dates}, row by row (columns of one table); missing cells are NaN. */
    public static DatedSeries of(String name, DateColumn dates, NumericColumn<?> numbers) {
        if (dates.size() != numbers.size()) {
            throw new IllegalArgumentException("series " + name + " has " + dates.size() + " dates but "
                    + numbers.size() + " values");
        }
        double[] values = new double[numbers.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = numbers.isMissing(i) ? Double.NaN : numbers.getDouble(i);
        }
        return new DatedSeries(name, dates.asList(), values);
    }

    /** The series of a map's values by its dates, in the map's order. */
    public static DatedSeries of(String name, java.util.SortedMap<LocalDate, Double> values) {
        return new DatedSeries(name, List.copyOf(values.keySet()),
                values.values().stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Number of points. */
    public int size() {
        return values.length;
    }

    /** The value at {@code index}. */
    public double value(int index) {
        return values[index];
    }

    @Override
    public double[] values() {
        return values.clone();
    }
}
