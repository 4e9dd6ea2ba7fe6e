package io.github.claimedlosses.cli;

import io.github.claimedlosses.read.DatasetFormat;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine;

/** Converts {@code --format} names to {@link DatasetFormat}, listing the valid names on error. */
final class FormatConverter implements CommandLine.ITypeConverter<DatasetFormat> {
    @Override
    public DatasetFormat convert(String value) {
        try {
            return DatasetFormat.fromId(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /** The names shown in help. */
    static final class Candidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(DatasetFormat.values()).map(DatasetFormat::id).iterator();
        }
    }
}
