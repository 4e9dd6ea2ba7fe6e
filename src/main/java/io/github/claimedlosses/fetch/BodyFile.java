package io.github.claimedlosses.fetch;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.LongConsumer;

/**
 * Streams a response body into a file, refusing it once it passes the size cap, reporting progress and remembering
 * when the last bytes came (for the idle timeout). Its body value is the number of bytes written.
 */
final class BodyFile implements HttpResponse.BodySubscriber<Long> {
    private final Path target;
    private final long expected;
    private final long cap;
    private final LongConsumer progress;
    private final CompletableFuture<Long> body = new CompletableFuture<>();

    private Flow.Subscription subscription;
    private FileChannel channel;
    private long received;
    private boolean finished;
    private volatile long lastActivity = System.nanoTime();

    /**
     * @param expected the announced length, or -1
     * @param cap      the size cap in bytes
     */
    BodyFile(Path target, long expected, long cap, LongConsumer progress) {
        this.target = target;
        this.expected = expected;
        this.cap = cap;
        this.progress = progress;
    }

    /** The announced length, or -1 when the server did not announce one. */
    long expected() {
        return expected;
    }

    /** Bytes written so far. */
    synchronized long received() {
        return received;
    }

    /** How long since the last bytes (or the headers) arrived. */
    Duration idle() {
        return Duration.ofNanos(System.nanoTime() - lastActivity);
    }

    @Override
    public CompletionStage<Long> getBody() {
        return body;
    }

    @Override
    public synchronized void onSubscribe(Flow.Subscription newSubscription) {
        subscription = newSubscription;
        if (expected > cap) {
            fail(tooLarge("the server announced " + expected + " bytes"));
            return;
        }
        try {
            channel = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            fail(cannotWrite(e));
            return;
        }
        subscription.request(1);
    }

    @Override
    public synchronized void onNext(List<ByteBuffer> buffers) {
        if (finished) {
            return;
        }
        lastActivity = System.nanoTime();
        try {
            for (ByteBuffer buffer : buffers) {
                if (received + buffer.remaining() > cap) {
                    fail(tooLarge("the response passed " + cap + " bytes"));
                    return;
                }
                received += buffer.remaining();
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        } catch (IOException e) {
            fail(cannotWrite(e));
            return;
        }
        progress.accept(received);
        subscription.request(1);
    }

    @Override
    public synchronized void onError(Throwable throwable) {
        if (!finished) {
            finished = true;
            close();
            body.completeExceptionally(throwable);
        }
    }

    @Override
    public synchronized void onComplete() {
        if (!finished) {
            finished = true;
            close();
            body.complete(received);
        }
    }

    /** Stops the download (closing the connection) and fails the body with {@code reason}. */
    synchronized void abort(DownloadFailure reason) {
        if (!finished) {
            fail(reason);
        }
    }

    private DownloadFailure tooLarge(String what) {
        return new DownloadFailure(DownloadFailure.Kind.PERMANENT, "refused: " + what + ", more than the " + cap
                + "-byte cap");
    }

    private DownloadFailure cannotWrite(IOException e) {
        return new DownloadFailure(DownloadFailure.Kind.PERMANENT, "cannot write the download to " + target.getParent()
                + ": " + e.getMessage());
    }

    private void fail(DownloadFailure failure) {
        finished = true;
        subscription.cancel();
        close();
        body.completeExceptionally(failure);
    }

    private void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // The staging file is discarded with its folder; a failed close changes nothing for the cache.
            }
        }
    }
}
