package io.github.claimedlosses.corpus;

import io.github.claimedlosses.model.BadInputException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Turns one record of a corpus (a JSON Lines object, a CSV row, a Spark row) into a {@link CorpusDocument}: the one
 * place that decides what a valid record is. A record needs a non-blank text; a {@code published} value must be a
 * date ({@code 2023-09-14}) or an ISO date-time ({@code 2023-09-14T08:30:00+03:00}, whose own date is taken).
 */
public final class CorpusRecords {
    private CorpusRecords() {
    }

    /**
     * The document of a record.
     *
     * @param input   the input file's name, for the id and messages
     * @param where   the record's place in the input ({@code line 17}, {@code record 4 (line 9)})
     * @param field   the record's value for a field name, or null when it has no such field
     * @param columns which field holds what
     * @throws BadInputException naming the input, the place and what is wrong
     */
    public static CorpusDocument document(String input, String where, Function<String, String> field,
                                          CorpusColumns columns) {
        String text = field.apply(columns.text());
        if (text == null) {
            throw new BadInputException(input, where, "no \"" + columns.text() + "\" field; every record needs the "
                    + "article's text");
        }
        if (text.isBlank()) {
            throw new BadInputException(input, where, "\"" + columns.text() + "\" is empty");
        }
        if (text.indexOf('\0') >= 0) {
            throw new BadInputException(input, where, "\"" + columns.text() + "\" holds a NUL character, not text");
        }
        String url = blankToNull(field.apply(columns.url()));
        String published = blankToNull(field.apply(columns.published()));
        LocalDate date = published == null ? null : date(input, where, columns.published(), published);
        return new CorpusDocument(DocumentIds.ofRecord(input, field.apply(columns.id()), url, text), text, url,
                blankToNull(field.apply(columns.title())), date, blankToNull(field.apply(columns.language())),
                input + ": " + where);
    }

    /**
     * The date of a {@code published} value: an ISO date, or the date of an ISO date-time with or without offset.
     *
     * @throws BadInputException when it is neither
     */
    public static LocalDate date(String input, String where, String column, String value) {
        String text = value.strip();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(text).toLocalDate();
            } catch (DateTimeParseException notAnOffsetDateTime) {
                try {
                    return LocalDateTime.parse(text).toLocalDate();
                } catch (DateTimeParseException notADateTime) {
                    throw new BadInputException(input, where, "\"" + column + "\" is " + BadInputException.shown(text)
                            + ", expected a date as YYYY-MM-DD or an ISO date-time");
                }
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
