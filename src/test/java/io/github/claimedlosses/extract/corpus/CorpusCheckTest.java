package io.github.claimedlosses.extract.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.claimedlosses.SharedData;
import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Provenance;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.model.Taxonomy;
import io.github.claimedlosses.read.GeneralStaffReader;
import io.github.claimedlosses.read.Strictness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The evaluation corpus itself: files and gold rows well formed, the languages and the no-loss documents as the
 * issue asks, and the General Staff bulletins faithful to the dataset's figures for their dates.
 */
class CorpusCheckTest {
    /**
     * Claimant ids the gold uses that {@link Claimant} may not know yet (the text engineer adds them with the
     * extractor's claimant data): accepted here, validated as {@link Claimant#OTHER}, until the model has them.
     */
    static final Set<String> PENDING_CLAIMANTS = Set.of("ru-general-staff", "ua-president", "mediazona");
    /** Claimants whose bulletins state the General Staff dataset's figures (the ministry reposts them). */
    private static final Set<String> DATASET_CLAIMANTS = Set.of(Claimant.UA_GENERAL_STAFF.id(), Claimant.UA_MOD.id());
    private static final List<String> LANGUAGES = List.of("uk", "ru", "en", "de", "pl", "hu", "sk", "it", "tr", "fr",
            "es");
    private static final Set<String> FULL_STRENGTH = Set.of("uk", "ru", "en");
    private static final int MIN_DOCUMENTS = 90;
    private static final int MIN_FULL_STRENGTH = 12;
    private static final int MIN_OTHER = 4;
    private static final int NO_LOSS_DOCUMENTS = 10;

    private final Corpus corpus = Corpus.load();

    @Test
    void everyIndexedDocumentHasItsTextAndGoldAndNothingIsUnindexed() throws IOException {
        Set<String> indexed = new TreeSet<>();
        for (CorpusDocument document : corpus.documents()) {
            assertThat(indexed.add(document.file())).as("%s is indexed once", document.file()).isTrue();
            assertThat(corpus.root().resolve(document.file())).as("text of %s", document.file()).isRegularFile();
            assertThat(corpus.root().resolve(document.goldFile())).as("gold of %s", document.file()).isRegularFile();
            assertThat(corpus.text(document)).as("text of %s", document.file()).isNotBlank();
        }
        // The committed folder, not the build's copy, which keeps files removed since the last clean build.
        Path source = Path.of("src/test/resources").resolve(Corpus.RESOURCE.substring(1));
        assumeTrue(Files.isDirectory(source), "the corpus sources are not at " + source.toAbsolutePath());
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> files = Files.walk(source)) {
            files.filter(Files::isRegularFile).map(path -> source.relativize(path).toString().replace('\\', '/'))
                    .filter(name -> name.contains("/")) // the language folders; the index and README sit above
                    .forEach(onDisk::add);
        }
        Set<String> expected = new TreeSet<>(indexed);
        corpus.documents().forEach(document -> expected.add(document.goldFile()));
        assertThat(onDisk).as("files of the corpus folder").isEqualTo(expected);
    }

    @Test
    void everyGoldRowIsAValidClaim() {
        Taxonomy taxonomy = Taxonomy.standard();
        for (CorpusDocument document : corpus.documents()) {
            List<Figure> gold = corpus.gold(document);
            for (Figure row : gold) {
                String what = document.goldFile() + " row " + (row.order() + 2) + " (" + row.describe() + ")";
                Claimant claimant = claimant(row.claimant(), what);
                Category category = taxonomy.category(row.category());
                Claim claim = new Claim(row.date(), null, claimant, row.side(), category, row.value(),
                        row.qualifier(), row.low(), row.high(), row.kind(), new Provenance(document.file(), "gold", ""));
                assertThat(claim.kind()).as(what + ": derived figures are never gold").isNotEqualTo(Kind.DERIVED);
                if (row.qualifier() == Qualifier.RANGE) {
                    assertThat(row.value()).as(what + ": a range's value is its midpoint")
                            .isEqualTo((row.low() + row.high()) / 2);
                } else {
                    assertThat(row.low() == null && row.high() == null).as(what + ": bounds only for a range")
                            .isTrue();
                }
            }
            if (document.losses()) {
                assertThat(gold).as("%s states losses", document.file()).isNotEmpty();
            } else {
                assertThat(gold).as("%s is a no-loss document: header only", document.file()).isEmpty();
            }
        }
    }

    @Test
    void theLanguagesAndTheNoLossDocumentsAreAsTheIssueAsks() {
        Map<String, Long> perLanguage = corpus.documents().stream()
                .collect(Collectors.groupingBy(CorpusDocument::language, TreeMap::new, Collectors.counting()));
        assertThat(corpus.documents()).hasSizeGreaterThanOrEqualTo(MIN_DOCUMENTS);
        assertThat(LANGUAGES).containsAll(perLanguage.keySet());
        for (String language : LANGUAGES) {
            int least = FULL_STRENGTH.contains(language) ? MIN_FULL_STRENGTH : MIN_OTHER;
            assertThat(perLanguage.getOrDefault(language, 0L)).as("documents in %s", language)
                    .isGreaterThanOrEqualTo(least);
        }
        long ukrainianOrRussian = perLanguage.getOrDefault("uk", 0L) + perLanguage.getOrDefault("ru", 0L);
        assertThat(ukrainianOrRussian * 3).as("uk + ru documents (%d) are a third of all", ukrainianOrRussian)
                .isGreaterThanOrEqualTo(corpus.documents().size());
        assertThat(corpus.documents().stream().filter(document -> !document.losses()))
                .as("no-loss documents").hasSize(NO_LOSS_DOCUMENTS)
                .allMatch(document -> document.style().equals("no-loss"));
    }

    @Test
    void generalStaffBulletinsStateTheDatasetsFiguresAndDailyChangesForTheirDates() {
        Map<LocalDate, Map<String, Double>> dataset = dataset();
        Taxonomy taxonomy = Taxonomy.standard();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (CorpusDocument document : corpus.documents()) {
            if (!document.isBulletin()) {
                continue;
            }
            for (Figure row : corpus.gold(document)) {
                if (!DATASET_CLAIMANTS.contains(row.claimant()) || row.date() == null) {
                    continue;
                }
                Map<String, Double> today = dataset.getOrDefault(row.date(), Map.of());
                Double expected = today.get(row.category());
                if (row.kind() == Kind.INCREMENT && expected != null) {
                    expected = expected - previous(dataset, row.date().minusDays(1), taxonomy.category(row.category()),
                            taxonomy);
                }
                checked++;
                if (expected == null || expected != row.value()) {
                    wrong.add(document.goldFile() + " row " + (row.order() + 2) + ": " + row.describe()
                            + ", the dataset says " + (expected == null ? "nothing" : Claim.format(expected)));
                }
            }
        }
        assertThat(checked).as("General Staff bulletin rows checked").isGreaterThan(100);
        assertThat(wrong).as("bulletin figures that are not the dataset's for their date").isEmpty();
    }

    /** The day before's total of {@code category}, or of the categories it continues when it started that day. */
    private static double previous(Map<LocalDate, Map<String, Double>> dataset, LocalDate date, Category category,
                                   Taxonomy taxonomy) {
        Map<String, Double> before = dataset.getOrDefault(date, Map.of());
        if (before.containsKey(category.id())) {
            return before.get(category.id());
        }
        double sum = 0;
        for (Category predecessor : taxonomy.predecessors(category)) {
            sum += before.getOrDefault(predecessor.id(), 0.0);
        }
        return sum;
    }

    private static Map<LocalDate, Map<String, Double>> dataset() {
        GeneralStaffReader reader = new GeneralStaffReader(Strictness.STRICT);
        Path equipment = SharedData.generalStaff(GeneralStaffReader.EQUIPMENT_FILE);
        Path personnel = SharedData.generalStaff(GeneralStaffReader.PERSONNEL_FILE);
        Map<LocalDate, Map<String, Double>> byDate = new HashMap<>();
        for (Claim claim : reader.equipment(equipment).concat(reader.personnel(personnel)).claims()) {
            byDate.computeIfAbsent(claim.date(), key -> new HashMap<>()).put(claim.category().id(), claim.value());
        }
        return byDate;
    }

    private static Claimant claimant(String id, String what) {
        try {
            return Claimant.fromId(id);
        } catch (IllegalArgumentException e) {
            if (PENDING_CLAIMANTS.contains(id)) {
                return Claimant.OTHER;
            }
            throw new AssertionError(what + ": " + e.getMessage(), e);
        }
    }
}
