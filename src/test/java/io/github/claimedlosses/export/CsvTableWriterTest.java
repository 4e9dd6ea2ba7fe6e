package io.github.claimedlosses.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class CsvTableWriterTest {
    @Test
    void writesIsoDatesPlainNumbersEmptyMissingCellsAndQuotesWhereNeeded() {
        Table table = Table.create("t",
                DateColumn.create("date", new LocalDate[] {LocalDate.of(2022, 3, 31), null}),
                IntColumn.create("day", new int[] {36, 37}),
                DoubleColumn.create("rate", new double[] {12.5, Double.NaN}),
                DoubleColumn.create("total", new double[] {17500, -25}),
                StringColumn.create("quote", new String[] {"\"tank\": 614", "a, b"}));
        assertThat(CsvTableWriter.toCsv(table)).isEqualTo("date,day,rate,total,quote\r\n"
                + "2022-03-31,36,12.5,17500,\"\"\"tank\"\": 614\"\r\n"
                // Commons CSV quotes an empty first cell so that the record is never a blank line.
                + "\"\",37,,-25,\"a, b\"\r\n");
    }

    @Test
    void neutralisesTextThatASpreadsheetWouldRunAsAFormula() {
        Table table = Table.create("t", StringColumn.create("quote",
                new String[] {"=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "plain", "a=b"}));
        assertThat(CsvTableWriter.toCsv(table).split("\r\n")).containsExactly("quote",
                "\"'=HYPERLINK(\"\"x\"\")\"", "'+1", "'-2", "'@SUM(A1)", "'\tx", "\"'\rx\"", "plain", "a=b");
    }

    @Test
    void negativeNumbersAreNumbersNotFormulas() {
        Table table = Table.create("t", DoubleColumn.create("increment", new double[] {-5}));
        assertThat(CsvTableWriter.toCsv(table)).isEqualTo("increment\r\n-5\r\n");
    }
}
