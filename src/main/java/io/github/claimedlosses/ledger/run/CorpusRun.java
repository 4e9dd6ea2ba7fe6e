package io.github.claimedlosses.ledger.run;

import io.github.claimedlosses.corpus.BadRecords;
import io.github.claimedlosses.corpus.Corpus;
import io.github.claimedlosses.corpus.DocumentStream;
import io.github.claimedlosses.extract.TextExtractor;
import io.github.claimedlosses.ledger.DocumentClaims;
import io.github.claimedlosses.ledger.Ledger;
import io.github.claimedlosses.ledger.LedgerBuilder;
import io.github.claimedlosses.ledger.ReferenceFigures;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A news corpus through the extractor into a ledger, on one machine: documents read lazily, extracted on all cores
 * ({@link ParallelExtraction}), claims streamed to disk, the ledger aggregated per key. The worker threads also
 * format each document's rows and work out its say on the ledger, so that the one thread taking the results in
 * order only appends text and counts. The outputs are the same
 * bytes however the threads are scheduled.
 */
public final class CorpusRun {
    private final TextExtractor extractor;
    private final int threads;

    /** A run with {@code threads} worker threads and the given extractor. */
    public CorpusRun(TextExtractor extractor, int threads) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.threads = threads;
    }

    /** A run with the standard extractor on every available core. */
    public static CorpusRun standard() {
        return new CorpusRun(TextExtractor.standard(), Runtime.getRuntime().availableProcessors());
    }

    /** What a run did. */
    public record Summary(long documents, long skipped, long claims, long warnings, long undated, Ledger ledger) {
    }

    /**
     * Writes the corpus's outputs into the folder {@code out} (see {@link CorpusOutputs}), atomically: on any failure
     * the previous folder is left as it was.
     */
    public Summary writeTo(Path out, Corpus corpus, BadRecords badRecords, ReferenceFigures reference,
                           CorpusProgress progress) {
        try (CorpusOutputs outputs = CorpusOutputs.open(out)) {
            LedgerBuilder builder = new LedgerBuilder();
            long documents = extract(corpus, badRecords, progress, Prepared::of, document -> {
                outputs.accept(document.rows());
                builder.add(document.say());
            });
            Ledger ledger = builder.build();
            outputs.commit(ledger, reference);
            return new Summary(documents, badRecords.skipped(), outputs.claims(), outputs.warnings(),
                    builder.undated(), ledger);
        }
    }

    /** The ledger of the corpus, in memory, with nothing written. */
    public Summary ledger(Corpus corpus, BadRecords badRecords) {
        try (DocumentStream documents = corpus.open(badRecords)) {
            return ledger(documents, badRecords);
        }
    }

    /** The ledger of the documents of {@code documents} (any source of documents), in memory, with nothing written. */
    public Summary ledger(DocumentStream documents, BadRecords badRecords) {
        LedgerBuilder builder = new LedgerBuilder();
        long[] counts = new long[2];
        long count = new ParallelExtraction(extractor, threads).run(documents, Counted::of, document -> {
            builder.add(document.say());
            counts[0] += document.claims();
            counts[1] += document.warnings();
        }, CorpusProgress.none());
        return new Summary(count, badRecords.skipped(), counts[0], counts[1], builder.undated(), builder.build());
    }

    /** A document's rows and its say on the ledger, made on the worker thread that extracted it. */
    private record Prepared(CorpusOutputs.Rows rows, LedgerBuilder.Say say) {
        static Prepared of(DocumentClaims document) {
            return new Prepared(CorpusOutputs.Rows.of(document), LedgerBuilder.Say.of(document));
        }
    }

    /** A document's say on the ledger and its numbers of claims and warnings. */
    private record Counted(LedgerBuilder.Say say, int claims, int warnings) {
        static Counted of(DocumentClaims document) {
            return new Counted(LedgerBuilder.Say.of(document), document.claims().size(), document.warnings().size());
        }
    }

    private <T> long extract(Corpus corpus, BadRecords badRecords, CorpusProgress progress,
                             Function<DocumentClaims, T> prepare, Consumer<T> inOrder) {
        progress.started(corpus.bytes());
        try (DocumentStream documents = corpus.open(badRecords)) {
            long count = new ParallelExtraction(extractor, threads).run(documents, prepare, inOrder, progress);
            progress.finished(count, documents.bytesRead());
            return count;
        }
    }
}
