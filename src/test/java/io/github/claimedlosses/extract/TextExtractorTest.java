package io.github.claimedlosses.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimedlosses.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The extractor as a whole: a pure function, safe from many threads. */
class TextExtractorTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 25;

    @Test
    void parallelCallsGiveTheSameResultsAsOneThread() throws Exception {
        List<Path> documents = documents();
        List<Extraction> expected = new ArrayList<>();
        for (Path document : documents) {
            expected.add(extract(document));
        }
        assertThat(expected).allSatisfy(extraction -> assertThat(extraction.claims()).isNotEmpty());

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<Extraction>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    List<Extraction> results = new ArrayList<>();
                    for (int round = 0; round < ROUNDS; round++) {
                        for (Path document : documents) {
                            results.add(extract(document));
                        }
                    }
                    return results;
                }));
            }
            for (Future<List<Extraction>> future : futures) {
                List<Extraction> results = future.get();
                assertThat(results).hasSize(ROUNDS * documents.size());
                for (int i = 0; i < results.size(); i++) {
                    assertThat(results.get(i)).isEqualTo(expected.get(i % documents.size()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDocumentWithoutFiguresSaysSo() {
        Extraction extraction = Documents.extract("Peace talks resumed in Istanbul.");
        assertThat(extraction.claims()).isEmpty();
        assertThat(extraction.warnings()).containsExactly(new ExtractionWarning("", "no loss figures found"));
    }

    @Test
    void theResultsAreImmutable() {
        Extraction extraction = Documents.extract("Peace talks resumed in Istanbul.");
        assertThatThrownBy(() -> extraction.claims().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aDocumentNeedsAName() {
        assertThatThrownBy(() -> DocumentInfo.named(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a document needs a source name");
    }

    /** The project's seeds, and the shared seed article when it is there. */
    private static List<Path> documents() throws Exception {
        List<Path> documents;
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            documents = files.filter(file -> file.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
        }
        Path shared = SharedData.ROOT.resolve("seeds").resolve(SharedData.SEED_ARTICLE);
        if (Files.exists(shared)) {
            documents.add(shared);
        }
        return documents;
    }

    private static Extraction extract(Path document) {
        return TextExtractor.standard().extract(TextFile.read(document),
                DocumentInfo.named(document.getFileName().toString()));
    }
}
