package io.github.claimedlosses.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Converts a {@code YYYY-MM-DD} option value to a date, saying in plain words what is wrong with one that is not. */
final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is no date: write it as YYYY-MM-DD, "
                    + "e.g. 2025-03-10");
        }
    }
}
