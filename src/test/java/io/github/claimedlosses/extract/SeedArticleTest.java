package io.github.claimedlosses.extract;

import static io.github.claimedlosses.extract.Documents.by;
import static io.github.claimedlosses.extract.Documents.offset;
import static io.github.claimedlosses.extract.Documents.only;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimedlosses.SharedData;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.model.Side;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The founding seed article of 31 March 2022 (read from ../shared/seeds, never copied into the project). */
class SeedArticleTest {
    private static final LocalDate DAY_36 = LocalDate.of(2022, 3, 31);
    /** The figures of the issue's "Done when", as the Ukrainian Ministry of Defence states them. */
    private static final Map<String, Double> MINISTRY = ministry();
    /** How each figure is written in the article, where its offset must point (the article has no-break spaces). */
    private static final Map<String, String> WRITTEN = written();

    private static String text;
    private static Extraction extraction;

    /** Reads the seed once; every test is skipped, with the reason, when it is absent. */
    @BeforeEach
    void extract() {
        Path seed = SharedData.seed();
        if (extraction == null) {
            text = TextFile.read(seed);
            extraction = TextExtractor.standard().extract(text, DocumentInfo.named(seed.getFileName().toString()));
        }
    }

    private static Map<String, Double> ministry() {
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("personnel_killed", 17_500.0);
        figures.put("personnel_wounded", 52_500.0);
        figures.put("aircraft", 135.0);
        figures.put("helicopters", 131.0);
        figures.put("tanks", 614.0);
        figures.put("artillery", 311.0);
        figures.put("armored_vehicles", 1735.0);
        figures.put("mlrs", 96.0);
        figures.put("warships", 7.0);
        figures.put("vehicles", 1201.0);
        figures.put("fuel_tanks", 75.0);
        figures.put("air_defense", 54.0);
        figures.put("uav", 83.0);
        figures.put("special_equipment", 22.0);
        figures.put("srbm_launchers", 4.0);
        return figures;
    }

    private static Map<String, String> written() {
        Map<String, String> written = new LinkedHashMap<>();
        List<String> forms = List.of("17,500 Russian troops", "thrice that number", "135 fighter", "131 helicopters",
                "614 tanks", "311 artillery", "1,735 armored", "96\u00A0Multiple", "seven boats", "1,201 vehicles",
                "75 fuel tanks", "54 anti-aircraft", "83 unmanned", "22 special", "four mobile Iskander");
        int i = 0;
        for (String category : MINISTRY.keySet()) {
            written.put(category, forms.get(i++));
        }
        return written;
    }

    @Test
    void theMinistryFiguresAreExactlyThoseOfTheIssue() {
        List<Claim> ministry = by(extraction.claims(), Claimant.UA_MOD);
        Map<String, Double> found = ministry.stream()
                .collect(Collectors.toMap(claim -> claim.category().id(), Claim::value, (a, b) -> Double.NaN,
                        LinkedHashMap::new));
        assertThat(found).containsExactlyEntriesOf(MINISTRY);
        assertThat(ministry).allSatisfy(claim -> {
            assertThat(claim.side()).isEqualTo(Side.RUSSIA);
            assertThat(claim.date()).isEqualTo(DAY_36);
            assertThat(claim.day()).isEqualTo(36);
            assertThat(claim.provenance().source()).isEqualTo(SharedData.SEED_ARTICLE);
        });
    }

    @Test
    void killedIsAboutAndWoundedIsDerivedFromThriceThatNumber() {
        Claim killed = only(extraction.claims(), "personnel_killed");
        assertThat(killed.qualifier()).isEqualTo(Qualifier.ABOUT);
        assertThat(killed.kind()).isEqualTo(Kind.CUMULATIVE);

        Claim wounded = only(extraction.claims(), "personnel_wounded");
        assertThat(wounded.value()).isEqualTo(52_500);
        assertThat(wounded.qualifier()).isEqualTo(Qualifier.ABOUT);
        assertThat(wounded.kind()).isEqualTo(Kind.DERIVED);
        assertThat(wounded.claimant()).isEqualTo(Claimant.UA_MOD);
    }

    @Test
    void equipmentFiguresAreExactRunningTotals() {
        assertThat(by(extraction.claims(), Claimant.UA_MOD))
                .filteredOn(claim -> !claim.category().id().startsWith("personnel"))
                .hasSize(13)
                .allSatisfy(claim -> {
                    assertThat(claim.qualifier()).isEqualTo(Qualifier.EXACT);
                    assertThat(claim.kind()).isEqualTo(Kind.CUMULATIVE);
                    assertThat(claim.low()).isNull();
                });
    }

    @Test
    void everyOffsetPointsAtTheFigureAsWritten() {
        for (Claim claim : by(extraction.claims(), Claimant.UA_MOD)) {
            String form = WRITTEN.get(claim.category().id());
            assertThat(text.startsWith(form, offset(claim))).as("text at the offset of %s is \"%s\"",
                    claim.category(), form).isTrue();
            assertThat(offset(claim)).isEqualTo(text.indexOf(form));
        }
        assertThat(offset(only(extraction.claims(), "tanks"))).isEqualTo(1667);
    }

    @Test
    void theQuoteIsTheWholeSentence() {
        Claim tanks = only(extraction.claims(), "tanks");
        // The ministry's sentence is a paragraph of its own: the quote is that paragraph, white space folded.
        assertThat(tanks.provenance().quote()).isEqualTo(folded(paragraphAt(offset(tanks))))
                .startsWith("The Ukrainian Ministry of Defense claimed").contains("614 tanks").endsWith("systems.");
        assertThat(by(extraction.claims(), Claimant.UA_MOD))
                .allSatisfy(claim -> assertThat(claim.provenance().quote()).isEqualTo(tanks.provenance().quote()));
    }

    /** The text between the blank lines around {@code offset}. */
    private static String paragraphAt(int offset) {
        int start = text.lastIndexOf("\n\n", offset) + 2;
        int end = text.indexOf("\n\n", offset);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private static String folded(String words) {
        return words.replaceAll("[\\s\\h]+", " ").strip();
    }

    @Test
    void theReaderCommentIsTheReadersClaimDatedByItsTimestamp() {
        List<Claim> reader = by(extraction.claims(), Claimant.READER_COMMENT);
        assertThat(reader).hasSize(1);
        Claim casualties = reader.get(0);
        assertThat(casualties.category().id()).isEqualTo("personnel");
        assertThat(casualties.value()).isEqualTo(70_000);
        assertThat(casualties.qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(casualties.kind()).isEqualTo(Kind.ESTIMATE);
        assertThat(casualties.side()).isEqualTo(Side.RUSSIA);
        assertThat(casualties.date()).isEqualTo(DAY_36);
        assertThat(text.startsWith("70k casualties", offset(casualties))).isTrue();
        assertThat(casualties.provenance().quote()).isEqualTo(folded(paragraphAt(offset(casualties))))
                .contains("70k casualties").endsWith("conscripts.");
    }

    @Test
    void forceSizesPercentagesUnitNamesAndDatesAreNoLosses() {
        assertThat(extraction.claims()).hasSize(16);
        assertThat(extraction.claims()).extracting(Claim::value)
                .doesNotContain(1_000.0, 20.0, 135_000.0, 150_000.0, 575.0, 36.0, 24.0, 2.0, 3.0, 2.5, 2022.0, 90.0);
        assertThat(extraction.claims()).extracting(Claim::claimant)
                .containsOnly(Claimant.UA_MOD, Claimant.READER_COMMENT);
        assertThat(extraction.warnings()).isEmpty();
    }

    @Test
    void asOfThursdayResolvesAgainstTheDocumentsDate() {
        Extraction laterIssue = TextExtractor.standard().extract(text,
                new DocumentInfo(SharedData.SEED_ARTICLE, LocalDate.of(2022, 4, 8)));
        assertThat(only(laterIssue.claims(), "tanks").date()).isEqualTo(LocalDate.of(2022, 4, 7));
        assertThat(by(laterIssue.claims(), Claimant.READER_COMMENT).get(0).date())
                .as("a comment keeps its own timestamp").isEqualTo(DAY_36);
    }
}
