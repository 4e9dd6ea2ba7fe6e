package io.github.claimedlosses.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimedlosses.SharedData;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.read.GeneralStaffReader;
import io.github.claimedlosses.read.ReadResult;
import io.github.claimedlosses.read.Strictness;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Text-sourced figures against the General Staff dataset read with the existing reader: the seed article of
 * 31 March 2022, and the project's own seeds.
 */
class SeedMatchesGeneralStaffTest {
    private static final GeneralStaffReader READER = new GeneralStaffReader(Strictness.STRICT);

    @Test
    void theSeedArticleStatesTheDatasetsRecordFor31March2022() {
        Path seed = SharedData.seed();
        Extraction extraction = TextExtractor.standard().extract(TextFile.read(seed),
                DocumentInfo.named(seed.getFileName().toString()));
        Map<String, Double> article = figures(extraction.claims(),
                claim -> claim.claimant() == Claimant.UA_MOD && claim.kind() != Kind.DERIVED);
        // The dataset's "personnel" is the figure the article states as killed; prisoners are not in the article.
        article.put("personnel", article.remove("personnel_killed"));

        Map<String, Double> dataset = dataset(LocalDate.of(2022, 3, 31), Kind.CUMULATIVE);
        dataset.remove("pow");

        assertThat(article).hasSize(14).isEqualTo(dataset);
        assertThat(dataset).containsKeys("vehicles", "fuel_tanks", "srbm_launchers");
    }

    @Test
    void theProjectsArticleStatesTheRecordFor1April2022() {
        Extraction extraction = project("2022-04-01-article.txt");
        Map<String, Double> article = figures(extraction.claims(), claim -> claim.claimant() == Claimant.UA_MOD);
        Map<String, Double> dataset = dataset(LocalDate.of(2022, 4, 1), Kind.CUMULATIVE);
        dataset.remove("pow");
        assertThat(article).hasSize(14).isEqualTo(dataset);
    }

    @Test
    void theProjectsBulletinsStateTheRecordsAndTheirDailyChanges() {
        for (String file : new String[] {"2023-09-14-general-staff-bulletin-en.txt",
                "2024-02-24-general-staff-bulletin-ukrainian.txt"}) {
            LocalDate date = LocalDate.parse(file.substring(0, 10));
            Extraction extraction = project(file);
            Map<String, Double> totals = figures(extraction.claims(), claim -> claim.kind() == Kind.CUMULATIVE);
            Map<String, Double> changes = figures(extraction.claims(), claim -> claim.kind() == Kind.INCREMENT);

            Map<String, Double> today = dataset(date, Kind.CUMULATIVE);
            Map<String, Double> yesterday = dataset(date.minusDays(1), Kind.CUMULATIVE);
            Map<String, Double> differences = new TreeMap<>();
            today.forEach((category, total) -> differences.put(category, total - yesterday.getOrDefault(category, 0.0)));

            assertThat(totals).as(file).hasSize(14).isEqualTo(today);
            assertThat(changes).as(file).isEqualTo(differences);
        }
    }

    private static Extraction project(String file) {
        Path path = Path.of("seeds", file);
        return TextExtractor.standard().extract(TextFile.read(path), DocumentInfo.named(file));
    }

    private static Map<String, Double> figures(Iterable<Claim> claims, Predicate<Claim> which) {
        Map<String, Double> figures = new TreeMap<>();
        for (Claim claim : claims) {
            if (which.test(claim)) {
                assertThat(figures.put(claim.category().id(), claim.value())).as("one %s figure", claim.category())
                        .isNull();
            }
        }
        return figures;
    }

    /** The General Staff's figures on {@code date}, equipment and personnel files together. */
    private static Map<String, Double> dataset(LocalDate date, Kind kind) {
        ReadResult equipment = READER.equipment(SharedData.generalStaff(GeneralStaffReader.EQUIPMENT_FILE));
        ReadResult personnel = READER.personnel(SharedData.generalStaff(GeneralStaffReader.PERSONNEL_FILE));
        return figures(equipment.concat(personnel).claims(), claim -> claim.date().equals(date) && claim.kind() == kind);
    }
}
