package io.github.claimedlosses.read;

import io.github.claimedlosses.model.BadInputException;
import io.github.claimedlosses.model.Claim;
import java.util.ArrayList;
import java.util.List;

/**
 * The claims read from one or more files, and the records skipped in {@link Strictness#LENIENT} mode.
 *
 * @param claims  claims in source order
 * @param skipped one entry per skipped record, saying where and why (always empty in strict mode)
 * @param notes   what was left out on purpose and why (for example deliberately unmapped Oryx types)
 */
public record ReadResult(List<Claim> claims, List<BadInputException> skipped, List<String> notes) {
    public ReadResult {
        claims = List.copyOf(claims);
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }

    /** This result followed by {@code other}'s claims, skips and notes. */
    public ReadResult concat(ReadResult other) {
        List<Claim> allClaims = new ArrayList<>(claims);
        allClaims.addAll(other.claims);
        List<BadInputException> allSkipped = new ArrayList<>(skipped);
        allSkipped.addAll(other.skipped);
        List<String> allNotes = new ArrayList<>(notes);
        allNotes.addAll(other.notes);
        return new ReadResult(allClaims, allSkipped, allNotes);
    }
}
