package io.github.claimedlosses.source;

import io.github.claimedlosses.model.BadInputException;
import io.github.claimedlosses.model.Claim;
import java.nio.file.Path;
import java.util.List;

/**
 * The claims read from one file, and what reading it had to say.
 *
 * @param file     the file
 * @param format   the id of the format it was read as
 * @param claims   claims in source order
 * @param skipped  one entry per record skipped in lenient reading (always empty otherwise)
 * @param notes    what was left out on purpose and why (deliberately unmapped Oryx types, say)
 * @param warnings what a text did not settle (an undated figure, say), each {@code offset N: message}
 */
public record Reading(Path file, String format, List<Claim> claims, List<BadInputException> skipped,
                      List<String> notes, List<String> warnings) {
    public Reading {
        claims = List.copyOf(claims);
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }

    /** The file name, which claims name as their source. */
    public String name() {
        return file.getFileName().toString();
    }
}
