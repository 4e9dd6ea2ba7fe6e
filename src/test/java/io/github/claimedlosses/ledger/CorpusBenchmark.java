package io.github.claimedlosses.ledger;

import io.github.claimedlosses.corpus.BadRecords;
import io.github.claimedlosses.corpus.Corpus;
import io.github.claimedlosses.corpus.CorpusColumns;
import io.github.claimedlosses.extract.TextExtractor;
import io.github.claimedlosses.ledger.run.CorpusProgress;
import io.github.claimedlosses.ledger.run.CorpusRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Throughput and memory of the one-machine corpus run, a benchmark rather than a test (surefire does not run it).
 * {@code generate MEGABYTES FILE} writes a generated corpus ({@link NewsCorpusFixture}: General Staff bulletins and
 * reposts in five languages, ministry statements) of that size as JSON Lines; {@code run FILE [THREADS] [ROUNDS]
 * [WARMUP]} runs the corpus
 * command's pipeline on it (reading, extraction on THREADS threads, claims to disk, the ledger) ROUNDS times after
 * WARMUP rounds left uncounted (the JIT compiler's), prints the median round in MB/s and documents/s, the median
 * process CPU time of a round (MB per CPU second: what other load on the machine does not change much) and the
 * process's peak resident memory ({@code VmHWM}).
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) io.github.claimedlosses.ledger.CorpusBenchmark \
 *     generate 10 /tmp/corpus-10.jsonl
 * java -Xmx512m -cp ... io.github.claimedlosses.ledger.CorpusBenchmark run /tmp/corpus-10.jsonl 2 5 3
 * </pre>
 */
public final class CorpusBenchmark {
    private CorpusBenchmark() {
    }

    /** See the class comment. */
    public static void main(String[] args) throws IOException {
        if (args.length >= 3 && args[0].equals("generate")) {
            long bytes = (long) (Double.parseDouble(args[1]) * 1_000_000);
            int written = new NewsCorpusFixture(Integer.MAX_VALUE).writeJsonLines(Path.of(args[2]), bytes);
            System.out.printf(Locale.ROOT, "wrote %s: %,d documents, %,d bytes%n", args[2], written,
                    Files.size(Path.of(args[2])));
            return;
        }
        if (args.length >= 2 && args[0].equals("run")) {
            Path file = Path.of(args[1]);
            int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
            int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 1;
            int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 0;
            run(file, threads, rounds, warmUp);
            return;
        }
        if (args.length >= 2 && args[0].equals("stages")) {
            stages(Path.of(args[1]));
            return;
        }
        System.err.println("usage: generate MEGABYTES FILE | run FILE [THREADS] [ROUNDS] [WARMUP] | stages FILE");
        System.exit(2);
    }

    private static void run(Path file, int threads, int rounds, int warmUp) throws IOException {
        long bytes = Files.size(file);
        Path out = Files.createTempDirectory("corpus-benchmark");
        double[] seconds = new double[rounds];
        double[] cpu = new double[rounds];
        CorpusRun.Summary summary = null;
        TextExtractor extractor = TextExtractor.standard();
        for (int round = -warmUp; round < rounds; round++) {
            long start = System.nanoTime();
            long startCpu = processCpuNanos();
            summary = new CorpusRun(extractor, threads).writeTo(out.resolve("out"),
                    Corpus.of(List.of(file), CorpusColumns.standard()), BadRecords.strict(), ReferenceFigures.none(),
                    CorpusProgress.none());
            if (round >= 0) {
                seconds[round] = (System.nanoTime() - start) / 1e9;
                cpu[round] = (processCpuNanos() - startCpu) / 1e9;
            }
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double median = sorted[rounds / 2];
        double[] sortedCpu = cpu.clone();
        Arrays.sort(sortedCpu);
        double medianCpu = sortedCpu[rounds / 2];
        System.out.printf(Locale.ROOT, "corpus: %s, %.1f MB, %,d documents, %,d claims, %,d ledger entries%n",
                file.getFileName(), bytes / 1e6, summary.documents(), summary.claims(),
                summary.ledger().entries().size());
        System.out.printf(Locale.ROOT, "threads: %d; rounds: %d after %d to warm up; seconds: median %.2f (all %s)%n",
                threads, rounds, warmUp, median, Arrays.toString(seconds));
        System.out.printf(Locale.ROOT, "process CPU seconds per round: median %.2f (all %s): %.2f MB per CPU second%n",
                medianCpu, Arrays.toString(cpu), bytes / 1e6 / medianCpu);
        System.out.printf(Locale.ROOT, "throughput: %.2f MB/s, %,.0f documents/s%n", bytes / 1e6 / median,
                summary.documents() / median);
        System.out.printf(Locale.ROOT, "peak resident memory (VmHWM): %s; max heap %d MB%n", peakResident(),
                Runtime.getRuntime().maxMemory() / 1_000_000);
    }

    /** Where the time goes, on one thread: reading the records, extracting, the ledger, writing the claims CSV. */
    private static void stages(Path file) {
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            List<io.github.claimedlosses.corpus.CorpusDocument> documents = new java.util.ArrayList<>();
            try (io.github.claimedlosses.corpus.DocumentStream stream = Corpus.of(List.of(file),
                    CorpusColumns.standard()).open(BadRecords.strict())) {
                for (io.github.claimedlosses.corpus.CorpusDocument d; (d = stream.next()) != null; ) {
                    documents.add(d);
                }
            }
            long read = System.nanoTime();
            List<DocumentClaims> extracted = new java.util.ArrayList<>(documents.size());
            TextExtractor extractor = TextExtractor.standard();
            for (io.github.claimedlosses.corpus.CorpusDocument document : documents) {
                extracted.add(DocumentClaims.of(document, extractor));
            }
            long extract = System.nanoTime();
            LedgerBuilder builder = new LedgerBuilder();
            extracted.forEach(builder::add);
            builder.build();
            long ledger = System.nanoTime();
            io.github.claimedlosses.export.ClaimsCsvWriter.Printer printer = io.github.claimedlosses.export
                    .ClaimsCsvWriter.printer(java.io.Writer.nullWriter());
            extracted.forEach(document -> document.claims().forEach(printer::print));
            long write = System.nanoTime();
            System.out.printf(Locale.ROOT, "round %d: read %.2f s, extract %.2f s, ledger %.2f s, claims CSV %.2f s%n",
                    round, (read - start) / 1e9, (extract - read) / 1e9, (ledger - extract) / 1e9,
                    (write - ledger) / 1e9);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String peakResident() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "unknown (no /proc)";
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmHWM:"))
                .map(line -> line.substring("VmHWM:".length()).strip()).findFirst().orElse("unknown");
    }
}
