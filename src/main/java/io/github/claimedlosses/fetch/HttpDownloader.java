package io.github.claimedlosses.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLException;

/**
 * Downloads one file with the JDK's HTTP client: a conditional GET when the cached copy has validators, the body
 * streamed into a staging file under the size cap, an idle timeout while the body comes, a check that it is as long
 * as announced, and retries with doubling back-off on transient failures. Redirects are followed only to the same
 * scheme, host and port (at most {@value #MAX_REDIRECTS}); a redirect elsewhere fails the file.
 */
final class HttpDownloader {
    private static final String USER_AGENT = "claimed-losses (dataset fetch)";
    /** Most redirects followed for one file. */
    static final int MAX_REDIRECTS = 5;

    private final FetchOptions options;
    private final HttpClient client;

    HttpDownloader(FetchOptions options) {
        this.options = options;
        // HTTP/1.1: a body's length is its Content-Length, so that a truncated body is recognised as such.
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(options.timeout())
                .followRedirects(HttpClient.Redirect.NEVER) // followed here, only within the same origin
                .build();
    }

    /**
     * Downloads {@code url} into {@code staged}.
     *
     * @param validators the cached copy's entry, whose {@code ETag} and {@code Last-Modified} make the request
     *                   conditional; empty for an unconditional request
     * @return the finished exchange; the body is in {@code staged} when {@link Download#modified()}
     * @throws DownloadFailure after the last attempt failed, or at once when trying again cannot help
     */
    Download download(DatasetFile file, URI url, Optional<ManifestEntry> validators, Path staged)
            throws DownloadFailure {
        for (int attempt = 1; ; attempt++) {
            try {
                return attempt(file, url, validators, staged);
            } catch (DownloadFailure failure) {
                if (!failure.retryable() || attempt > options.retries()) {
                    throw failure.afterAttempts(attempt);
                }
                pause(options.backoff().multipliedBy(1L << Math.min(attempt - 1, 16)));
            }
        }
    }

    private Download attempt(DatasetFile file, URI url, Optional<ManifestEntry> validators, Path staged)
            throws DownloadFailure {
        URI current = url;
        for (int redirects = 0; ; redirects++) {
            Exchange exchange = exchange(file, current, validators, staged);
            if (exchange.redirect().isEmpty()) {
                return exchange.download();
            }
            URI next = exchange.redirect().get();
            if (!sameOrigin(url, next)) {
                throw new DownloadFailure(DownloadFailure.Kind.PERMANENT, "redirected from " + current + " to "
                        + shown(next) + ", another host or scheme: not followed");
            }
            if (redirects == MAX_REDIRECTS) {
                throw new DownloadFailure(DownloadFailure.Kind.PERMANENT, "more than " + MAX_REDIRECTS
                        + " redirects from " + url);
            }
            current = next;
        }
    }

    /** One request's outcome: a download, or where the server redirects to. */
    private record Exchange(Download download, Optional<URI> redirect) {
    }

    /** Whether {@code other} has the scheme, host and port of {@code url}. */
    static boolean sameOrigin(URI url, URI other) {
        return other.getScheme() != null && other.getHost() != null
                && url.getScheme().equalsIgnoreCase(other.getScheme())
                && url.getHost().equalsIgnoreCase(other.getHost()) && port(url) == port(other);
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    private static String shown(URI uri) {
        String text = uri.toString();
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }

    private Exchange exchange(DatasetFile file, URI url, Optional<ManifestEntry> validators, Path staged)
            throws DownloadFailure {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(options.timeout())
                .header("User-Agent", USER_AGENT).GET();
        validators.flatMap(ManifestEntry::etag).ifPresent(etag -> request.header("If-None-Match", etag));
        validators.flatMap(ManifestEntry::lastModified).ifPresent(time -> request.header("If-Modified-Since", time));
        AtomicReference<BodyFile> sink = new AtomicReference<>();
        HttpResponse.BodyHandler<Long> handler = info -> {
            if (info.statusCode() != 200) {
                return HttpResponse.BodySubscribers.replacing(-1L);
            }
            long expected;
            try {
                expected = contentLength(info.headers().firstValue("Content-Length"));
            } catch (DownloadFailure failure) {
                throw new CompletionException(failure); // unwrapped by classify
            }
            options.progress().started(file, expected);
            BodyFile body = new BodyFile(staged, expected, options.maxBytes(),
                    received -> options.progress().advanced(file, received));
            sink.set(body);
            return body;
        };
        HttpResponse<Long> response = await(client.sendAsync(request.build(), handler), sink, url);
        int status = response.statusCode();
        if (status == 304 && validators.isPresent()) {
            return new Exchange(Download.notModified(url), Optional.empty());
        }
        if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
            String location = response.headers().firstValue("Location").orElseThrow(() -> new DownloadFailure(
                    DownloadFailure.Kind.PERMANENT, "HTTP " + status + " from " + url + " without a Location"));
            try {
                return new Exchange(null, Optional.of(url.resolve(new URI(location.strip()))));
            } catch (URISyntaxException e) {
                throw new DownloadFailure(DownloadFailure.Kind.PERMANENT, "HTTP " + status + " from " + url
                        + " to an invalid address");
            }
        }
        if (status != 200) {
            boolean transientStatus = status >= 500 || status == 408 || status == 429;
            throw new DownloadFailure(transientStatus ? DownloadFailure.Kind.TRANSIENT : DownloadFailure.Kind.PERMANENT,
                    "HTTP " + status + " from " + url);
        }
        BodyFile body = sink.get();
        if (body.expected() >= 0 && response.body() != body.expected()) {
            throw truncated(body);
        }
        return new Exchange(new Download(url, true, response.body(), response.headers().firstValue("ETag"),
                response.headers().firstValue("Last-Modified")), Optional.empty());
    }

    /**
     * The announced length: -1 when there is none.
     *
     * @throws DownloadFailure for a value that is not a length (such as one too large for any file)
     */
    private static long contentLength(Optional<String> header) throws DownloadFailure {
        if (header.isEmpty()) {
            return -1;
        }
        String text = header.get().strip();
        if (!text.matches("\\d{1,18}")) {
            throw new DownloadFailure(DownloadFailure.Kind.PERMANENT, "the server announced an impossible length "
                    + "(Content-Length " + (text.length() > 40 ? text.substring(0, 40) + "…, " + text.length()
                    + " characters" : text) + ")");
        }
        return Long.parseLong(text);
    }

    /** Waits for the exchange, aborting it when the body stops coming for longer than the timeout. */
    private HttpResponse<Long> await(CompletableFuture<HttpResponse<Long>> exchange, AtomicReference<BodyFile> sink,
            URI url) throws DownloadFailure {
        long pollMillis = Math.max(10, Math.min(1000, options.timeout().toMillis() / 4));
        while (true) {
            try {
                return exchange.get(pollMillis, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                BodyFile body = sink.get();
                if (body != null && body.idle().compareTo(options.timeout()) >= 0) {
                    DownloadFailure stalled = new DownloadFailure(DownloadFailure.Kind.TRANSIENT, "timed out: "
                            + "nothing received for " + seconds(options.timeout()) + " after " + body.received()
                            + (body.expected() >= 0 ? " of " + body.expected() : "") + " bytes");
                    body.abort(stalled);
                    exchange.cancel(true);
                    throw stalled;
                }
            } catch (ExecutionException e) {
                throw classify(e.getCause(), sink.get(), url);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.cancel(true);
                throw new DownloadFailure(DownloadFailure.Kind.PERMANENT, "interrupted");
            }
        }
    }

    private DownloadFailure classify(Throwable thrown, BodyFile body, URI url) {
        Throwable cause = thrown;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String host = url.getAuthority();
        if (cause instanceof DownloadFailure) {
            return (DownloadFailure) cause;
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new DownloadFailure(DownloadFailure.Kind.UNREACHABLE, "cannot reach " + host + " (no connection "
                    + "within " + seconds(options.timeout()) + ")");
        }
        if (cause instanceof HttpTimeoutException) {
            return new DownloadFailure(DownloadFailure.Kind.TRANSIENT, "timed out: no response within "
                    + seconds(options.timeout()));
        }
        if (cause instanceof ConnectException) {
            return new DownloadFailure(DownloadFailure.Kind.UNREACHABLE, "cannot reach " + host + " ("
                    + innermost(cause) + ")");
        }
        if (cause instanceof SSLException) {
            return new DownloadFailure(DownloadFailure.Kind.PERMANENT, "no secure connection to " + host + ": "
                    + innermost(cause));
        }
        if (body != null && body.expected() >= 0 && body.received() < body.expected()) {
            return truncated(body);
        }
        if (cause instanceof IOException) {
            return new DownloadFailure(DownloadFailure.Kind.TRANSIENT, "connection failed: " + innermost(cause));
        }
        return new DownloadFailure(DownloadFailure.Kind.PERMANENT, "failed: " + innermost(cause));
    }

    private static DownloadFailure truncated(BodyFile body) {
        return new DownloadFailure(DownloadFailure.Kind.TRANSIENT, "truncated: the connection ended after "
                + body.received() + " of the " + body.expected() + " bytes announced");
    }

    /** The deepest message of a chain of causes, which is the one that says what happened. */
    private static String innermost(Throwable thrown) {
        String message = null;
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException) {
                return "unknown host";
            }
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return message == null ? thrown.getClass().getSimpleName() : message.replaceAll("\\s+", " ").strip();
    }

    private static String seconds(Duration duration) {
        double seconds = duration.toMillis() / 1000.0;
        return (seconds == Math.rint(seconds) ? String.valueOf((long) seconds)
                : String.format(Locale.ROOT, "%.1f", seconds)) + " s";
    }

    private static void pause(Duration duration) throws DownloadFailure {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DownloadFailure(DownloadFailure.Kind.PERMANENT, "interrupted");
        }
    }
}
