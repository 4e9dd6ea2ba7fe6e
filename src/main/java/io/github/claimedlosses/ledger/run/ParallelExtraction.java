package io.github.claimedlosses.ledger.run;

import io.github.claimedlosses.corpus.CorpusDocument;
import io.github.claimedlosses.corpus.DocumentStream;
import io.github.claimedlosses.extract.TextExtractor;
import io.github.claimedlosses.ledger.DocumentClaims;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Extracts a stream of documents on several threads and hands the results on in document order, with bounded
 * memory: a reader thread reads documents lazily and submits them to the worker threads in batches (up to
 * {@value #BATCH_DOCUMENTS} documents or {@value #BATCH_CHARACTERS} characters of text: news items are small, and
 * handing each on by itself would cost more in waking threads than in extracting it), and at most
 * {@code 4 × threads} batches are in flight (read but not yet handed on) at any time. Handing on in input order
 * makes every output independent of thread scheduling. Whatever can be done per document (formatting its rows,
 * its say on the ledger) is best done by the workers too, through {@link #run(DocumentStream, Function, Consumer,
 * CorpusProgress)}: the thread that receives the results in order is the one part that does not run in parallel.
 */
public final class ParallelExtraction {
    private static final CompletableFuture<Object> END = CompletableFuture.completedFuture(null);
    /** A batch, the unit handed to a worker: at most this many documents... */
    static final int BATCH_DOCUMENTS = 64;
    /** ...or the documents that reach this many characters of text (a longer document is a batch of its own). */
    static final int BATCH_CHARACTERS = 1 << 20;

    private final TextExtractor extractor;
    private final int threads;

    /**
     * @param extractor the extractor (a pure function, shared by the threads)
     * @param threads   worker threads, at least 1
     */
    public ParallelExtraction(TextExtractor extractor, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.extractor = extractor;
        this.threads = threads;
    }

    /**
     * Extracts every document of {@code documents}, calling {@code inOrder} on this thread with each document's claims
     * in input order, and {@code progress} after each.
     *
     * @return how many documents were extracted
     * @throws io.github.claimedlosses.model.BadInputException when the reader refuses a record (strict reading);
     *                                                         nothing after it is handed on
     */
    public long run(DocumentStream documents, Consumer<DocumentClaims> inOrder, CorpusProgress progress) {
        return run(documents, Function.identity(), inOrder, progress);
    }

    /**
     * Extracts every document of {@code documents} and applies {@code then} to its claims, both on the worker
     * threads; calls {@code inOrder} on this thread with each result in input order, and {@code progress} after each.
     *
     * @return how many documents were extracted
     * @throws io.github.claimedlosses.model.BadInputException when the reader refuses a record (strict reading);
     *                                                         nothing after it is handed on
     */
    public <T> long run(DocumentStream documents, Function<DocumentClaims, T> then, Consumer<T> inOrder,
                        CorpusProgress progress) {
        BlockingQueue<Future<List<T>>> inFlight = new ArrayBlockingQueue<>(4 * threads);
        ExecutorService workers = Executors.newFixedThreadPool(threads, daemon("corpus-extract"));
        AtomicLong bytesRead = new AtomicLong();
        Thread reader = daemon("corpus-read").newThread(() -> read(documents, workers, then, inFlight, bytesRead));
        reader.start();
        long done = 0;
        Future<List<T>> end = end();
        try {
            while (true) {
                Future<List<T>> next = inFlight.take();
                if (next == end) {
                    break;
                }
                for (T result : get(next)) {
                    inOrder.accept(result);
                    done++;
                    progress.advanced(done, bytesRead.get());
                }
            }
            return done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting the corpus", e);
        } finally {
            reader.interrupt();
            workers.shutdownNow();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Future<T> end() {
        return (Future<T>) (Future<?>) END;
    }

    private <T> void read(DocumentStream documents, ExecutorService workers, Function<DocumentClaims, T> then,
                          BlockingQueue<Future<List<T>>> inFlight, AtomicLong bytesRead) {
        try {
            List<CorpusDocument> batch = new ArrayList<>();
            long characters = 0;
            try {
                CorpusDocument document;
                while ((document = documents.next()) != null) {
                    batch.add(document);
                    characters += document.text().length();
                    bytesRead.set(documents.bytesRead());
                    if (batch.size() >= BATCH_DOCUMENTS || characters >= BATCH_CHARACTERS) {
                        submit(batch, workers, then, inFlight);
                        batch = new ArrayList<>();
                        characters = 0;
                    }
                }
                bytesRead.set(documents.bytesRead());
                submit(batch, workers, then, inFlight);
            } catch (RuntimeException | Error e) {
                // the documents read before the bad record are handed on, then the failure
                submit(batch, workers, then, inFlight);
                inFlight.put(CompletableFuture.failedFuture(e));
            }
            inFlight.put(end());
        } catch (InterruptedException e) {
            // the consumer stopped: nothing more is wanted
        }
    }

    private <T> void submit(List<CorpusDocument> batch, ExecutorService workers, Function<DocumentClaims, T> then,
                            BlockingQueue<Future<List<T>>> inFlight) throws InterruptedException {
        if (batch.isEmpty()) {
            return;
        }
        List<CorpusDocument> documents = List.copyOf(batch);
        batch.clear();
        inFlight.put(workers.submit(() -> {
            List<T> results = new ArrayList<>(documents.size());
            for (CorpusDocument document : documents) {
                results.add(then.apply(DocumentClaims.of(document, extractor)));
            }
            return results;
        }));
    }

    private static <T> T get(Future<T> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicLong count = new AtomicLong();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
