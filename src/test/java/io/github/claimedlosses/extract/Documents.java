package io.github.claimedlosses.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Extraction of test documents and lookups in the result, for the extract tests. */
final class Documents {
    static final String SOURCE = "test.txt";

    private Documents() {
    }

    /** The extraction of {@code text}, a document known only by name. */
    static Extraction extract(String text) {
        return TextExtractor.standard().extract(text, DocumentInfo.named(SOURCE));
    }

    /** The extraction of {@code text}, a document published on {@code date}. */
    static Extraction extract(String text, LocalDate date) {
        return TextExtractor.standard().extract(text, new DocumentInfo(SOURCE, date));
    }

    /**
     * The claims of {@code text}, published on {@code date}, each as "claimant side category value kind" (the value
     * a whole number): what the prose tests compare.
     */
    static List<String> figures(String text, LocalDate date) {
        return extract(text, date).claims().stream().map(claim -> claim.claimant().id() + " " + claim.side().id()
                + " " + claim.category().id() + " " + (long) claim.value() + " " + claim.kind().id()).toList();
    }

    /** The one claim of {@code text}; fails when there are none or several. */
    static Claim onlyClaim(String text) {
        Extraction extraction = extract(text);
        assertThat(extraction.claims()).as("claims of: %s", text).hasSize(1);
        return extraction.claims().get(0);
    }

    /** The one claim in category {@code categoryId}; fails when there are none or several. */
    static Claim only(List<Claim> claims, String categoryId) {
        List<Claim> matching = claims.stream().filter(claim -> claim.category().id().equals(categoryId))
                .collect(Collectors.toList());
        assertThat(matching).as("claims in %s", categoryId).hasSize(1);
        return matching.get(0);
    }

    /** The one claim of {@code kind} in category {@code categoryId}; fails when there are none or several. */
    static Claim only(List<Claim> claims, String categoryId, Kind kind) {
        return only(claims.stream().filter(claim -> claim.kind() == kind).collect(Collectors.toList()), categoryId);
    }

    /** The claims of {@code claimant}. */
    static List<Claim> by(List<Claim> claims, Claimant claimant) {
        return claims.stream().filter(claim -> claim.claimant() == claimant).collect(Collectors.toList());
    }

    /** The character offset of a claim's figure, from its provenance location {@code offset N}. */
    static int offset(Claim claim) {
        String location = claim.provenance().location();
        assertThat(location).matches("offset \\d+");
        return Integer.parseInt(location.substring("offset ".length()));
    }
}
