package io.github.claimedlosses.extract;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Extraction throughput in MB/s (megabytes of UTF-8 text per second, one thread), a benchmark rather than a test:
 * surefire does not run it. The corpus is synthetic, built from the project's own {@code seeds/} (its top-level
 * documents, two thirds General Staff bulletins), or from every {@code .txt} under another folder given as the third
 * argument (the evaluation corpus, {@code src/test/resources/io/github/claimedlosses/extract/corpus}: news in eleven
 * languages): copies of every document with their digits rotated copy by copy, so that the figures differ, up to the
 * requested size.
 * Each round extracts every document of the corpus; the median round is reported after warm-up rounds, in wall time
 * and in the CPU time of the benchmark's thread (steadier on a shared machine).
 *
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.claimedlosses.extract.ExtractBenchmark [-Dexec.args="MEGABYTES ROUNDS [FOLDER]"]
 * </pre>
 */
public final class ExtractBenchmark {
    private static final int DEFAULT_MEGABYTES = 8;
    private static final int DEFAULT_ROUNDS = 11;
    private static final int WARM_UP_ROUNDS = 3;
    private static final double MEGABYTE = 1_000_000.0;

    private ExtractBenchmark() {
    }

    /** Runs the benchmark; arguments: corpus size in megabytes, measured rounds. */
    public static void main(String[] args) throws IOException {
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_MEGABYTES;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_ROUNDS;
        Path folder = Path.of(args.length > 2 ? args[2] : "seeds");
        List<String> corpus = corpus(folder, (long) (megabytes * MEGABYTE));
        long bytes = corpus.stream().mapToLong(text -> text.getBytes(StandardCharsets.UTF_8).length).sum();
        TextExtractor extractor = TextExtractor.standard();

        int claims = 0;
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            claims = run(extractor, corpus);
        }
        double[] seconds = new double[rounds];
        double[] cpuSeconds = new double[rounds];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            int found = run(extractor, corpus);
            seconds[round] = (System.nanoTime() - start) / 1e9;
            cpuSeconds[round] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            if (found != claims) {
                throw new IllegalStateException("round " + round + " found " + found + " claims, not " + claims);
            }
        }
        Arrays.sort(seconds);
        Arrays.sort(cpuSeconds);
        double median = seconds[rounds / 2];
        double cpuMedian = cpuSeconds[rounds / 2];
        System.out.printf(Locale.ROOT, "corpus: %d documents from %s, %.2f MB, %d claims per round%n", corpus.size(),
                folder, bytes / MEGABYTE, claims);
        System.out.printf(Locale.ROOT, "rounds: %d after %d warm-up; seconds per round: median %.3f, min %.3f, max %.3f"
                + "%n", rounds, WARM_UP_ROUNDS, median, seconds[0], seconds[rounds - 1]);
        System.out.printf(Locale.ROOT, "throughput: median %.1f MB/s of wall time, %.1f MB/s of the thread's CPU time"
                + " (%s, %s)%n", bytes / MEGABYTE / median, bytes / MEGABYTE / cpuMedian,
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
    }

    private static int run(TextExtractor extractor, List<String> corpus) {
        int claims = 0;
        for (int i = 0; i < corpus.size(); i++) {
            claims += extractor.extract(corpus.get(i), DocumentInfo.named("document-" + i + ".txt")).claims().size();
        }
        return claims;
    }

    /** Copies of the seed documents, digits rotated by the copy number, until {@code bytes} are reached. */
    private static List<String> corpus(Path seeds, long bytes) throws IOException {
        List<String> documents;
        try (Stream<Path> files = seeds.equals(Path.of("seeds")) ? Files.list(seeds) : Files.walk(seeds)) {
            List<Path> texts = files.filter(file -> file.toString().endsWith(".txt")).sorted()
                    .collect(Collectors.toList());
            documents = new ArrayList<>();
            for (Path text : texts) {
                documents.add(TextFile.read(text));
            }
        }
        if (documents.isEmpty()) {
            throw new IllegalStateException("no seed documents in " + seeds.toAbsolutePath());
        }
        List<String> corpus = new ArrayList<>();
        long size = 0;
        for (int copy = 0; size < bytes; copy++) {
            String document = rotateDigits(documents.get(copy % documents.size()), copy / documents.size());
            corpus.add(document);
            size += document.getBytes(StandardCharsets.UTF_8).length;
        }
        return corpus;
    }

    private static String rotateDigits(String text, int by) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= '0' && chars[i] <= '9') {
                chars[i] = (char) ('0' + (chars[i] - '0' + by) % 10);
            }
        }
        return new String(chars);
    }
}
