package io.github.claimedlosses.cli;

import io.github.claimedlosses.source.Format;
import io.github.claimedlosses.source.Sources;
import java.util.Iterator;
import picocli.CommandLine;

/** Converts {@code --format} names to a registered {@link Format}, listing the valid names on error. */
final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
        try {
            return Sources.standard().format(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /** The names shown in help. */
    static final class Candidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Sources.standard().formatIds().iterator();
        }
    }
}
