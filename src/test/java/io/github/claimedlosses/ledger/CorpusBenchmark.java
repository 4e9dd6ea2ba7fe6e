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
import java.util.Map;
import java.util.TreeMap;

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
        Map<String, double[]> threadCpu = new TreeMap<>();
        for (int round = -warmUp; round < rounds; round++) {
            long start = System.nanoTime();
            long startCpu = processCpuNanos();
            ThreadCpu sampler = ThreadCpu.start();
            summary = new CorpusRun(extractor, threads).writeTo(out.resolve("out"),
                    Corpus.of(List.of(file), CorpusColumns.standard()), BadRecords.strict(), ReferenceFigures.none(),
                    CorpusProgress.none());
            Map<String, Double> byGroup = sampler.stop();
            if (round >= 0) {
                seconds[round] = (System.nanoTime() - start) / 1e9;
                cpu[round] = (processCpuNanos() - startCpu) / 1e9;
                int r = round;
                byGroup.forEach((group, value) -> threadCpu.computeIfAbsent(group, g -> new double[rounds])[r] = value);
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
        StringBuilder groups = new StringBuilder();
        threadCpu.forEach((group, values) -> {
            double[] sortedValues = values.clone();
            Arrays.sort(sortedValues);
            groups.append(String.format(Locale.ROOT, " %s %.2f s;", group, sortedValues[rounds / 2]));
        });
        System.out.println("CPU per round by thread (medians):" + groups);
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

    /**
     * The CPU time of the run's threads by name ({@code corpus-extract}, {@code corpus-read}, {@code main}, the JVM's
     * own), sampled every 50 ms: the pool's threads are gone when the run returns, so each thread's last sample is
     * its total (to within 50 ms).
     */
    private static final class ThreadCpu {
        private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory
                .getThreadMXBean();
        private final Map<Long, Long> start = new java.util.HashMap<>();
        private final Map<Long, Long> last = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<Long, String> names = new java.util.concurrent.ConcurrentHashMap<>();
        private volatile boolean running = true;
        private Thread sampler;

        static ThreadCpu start() {
            ThreadCpu cpu = new ThreadCpu();
            for (long id : cpu.threads.getAllThreadIds()) {
                cpu.start.put(id, Math.max(0, cpu.threads.getThreadCpuTime(id)));
            }
            cpu.sampler = new Thread(cpu::sample, "cpu-sampler");
            cpu.sampler.setDaemon(true);
            cpu.sampler.start();
            return cpu;
        }

        private void sample() {
            while (running) {
                takeSample();
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void takeSample() {
            for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (info == null) {
                    continue;
                }
                long time = threads.getThreadCpuTime(info.getThreadId());
                if (time >= 0) {
                    last.put(info.getThreadId(), time);
                    names.put(info.getThreadId(), info.getThreadName().replaceAll("-\\d+$", "")
                            .replaceAll("\\d+$", "#"));
                }
            }
        }

        Map<String, Double> stop() {
            takeSample();
            running = false;
            sampler.interrupt();
            Map<String, Double> groups = new TreeMap<>();
            last.forEach((id, time) -> {
                String name = names.get(id);
                if (!name.equals("cpu-sampler")) {
                    groups.merge(name, (time - start.getOrDefault(id, 0L)) / 1e9, Double::sum);
                }
            });
            groups.values().removeIf(seconds -> seconds < 0.01);
            return groups;
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
