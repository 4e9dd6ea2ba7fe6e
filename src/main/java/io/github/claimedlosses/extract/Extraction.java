package io.github.claimedlosses.extract;

import io.github.claimedlosses.model.Claim;
import java.util.List;

/**
 * The claims found in one document, in document order, and the warnings about what could not be settled.
 *
 * @param claims   the claims, ordered by their offset in the document
 * @param warnings the warnings, ordered by offset (document-wide ones first)
 */
public record Extraction(List<Claim> claims, List<ExtractionWarning> warnings) {
    public Extraction {
        claims = List.copyOf(claims);
        warnings = List.copyOf(warnings);
    }
}
