package io.github.claimedlosses.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP server on 127.0.0.1 (ephemeral port) serving a folder laid out like the reference datasets under the
 * paths of the public raw locations, with {@code ETag} / {@code Last-Modified} validators, and faults on demand.
 */
public final class LoopbackServer implements AutoCloseable {
    /** Misbehaviours for one file. */
    public enum Fault {
        /** 404 on every request. */
        NOT_FOUND,
        /** 500 on the first two requests, then the file. */
        SERVER_ERROR_TWICE,
        /** Never answers (until the server closes). */
        STALL_BEFORE_HEADERS,
        /** Sends the headers and half the body, then nothing more (until the server closes). */
        STALL_IN_BODY,
        /** Announces the full length, sends half the body and closes the connection. */
        TRUNCATED,
        /** Sends the body without a Content-Length (chunked). */
        CHUNKED
    }

    /** Each fetched source's remote path to its folder (DatasetCacheTest checks the public addresses). */
    private static final Map<String, String> FOLDERS = DatasetFile.standard().stream().collect(
            java.util.stream.Collectors.toMap(file -> file.source().remotePath(), file -> file.source().folder(),
                    (a, b) -> a));
    /** A prefix under which every file is served too, as the target of a redirect within this server. */
    public static final String MOVED = "/moved";
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    /** One request as the server saw it. */
    public record Request(String path, String ifNoneMatch, String ifModifiedSince, int status) {
    }

    private final Path root;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "loopback-server");
        thread.setDaemon(true);
        return thread;
    });
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Map<String, Fault> faults = new ConcurrentHashMap<>();
    private final Map<String, Integer> served = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, URI> redirects = new ConcurrentHashMap<>();
    private volatile boolean etags = true;

    /** Serves {@code root} ({@code general-staff/...}, {@code oryx/...}). */
    public LoopbackServer(Path root) throws IOException {
        this.root = root;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The base address to give {@code --base-url}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Makes the server misbehave for {@code file}. */
    public void fault(DatasetFile file, Fault fault) {
        faults.put(file.fileName(), fault);
    }

    /**
     * Answers every request for {@code file} with {@code 302 Found} to {@code base} followed by the request's path
     * (another server, or this one under a prefix that {@link #baseUrl()} also serves: {@code /moved}).
     */
    public void redirect(DatasetFile file, URI base) {
        redirects.put(file.fileName(), base);
    }

    /** Stops sending {@code ETag}s, so that only {@code If-Modified-Since} can make a request conditional. */
    public void withoutEtags() {
        etags = false;
    }

    /** Every request so far. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The requests for {@code file}. */
    public List<Request> requests(DatasetFile file) {
        return requests.stream().filter(r -> r.path().endsWith("/" + file.fileName())).toList();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String name0 = path.substring(path.lastIndexOf('/') + 1);
            URI redirect = redirects.get(name0);
            if (redirect != null && !path.startsWith(MOVED)) {
                requests.add(new Request(path, null, null, 302));
                exchange.getResponseHeaders().set("Location", redirect + path);
                exchange.sendResponseHeaders(302, -1);
                return;
            }
            if (path.startsWith(MOVED)) {
                path = path.substring(MOVED.length());
            }
            String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
            String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
            Path file = resolve(path);
            String name = path.substring(path.lastIndexOf('/') + 1);
            Fault fault = faults.get(name);
            int status = status(file, fault, name, ifNoneMatch, ifModifiedSince);
            requests.add(new Request(path, ifNoneMatch, ifModifiedSince, status));
            if (fault == Fault.STALL_BEFORE_HEADERS) {
                awaitClosing();
                return;
            }
            if (status != 200) {
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            if (etags) {
                exchange.getResponseHeaders().set("ETag", etag(body));
            }
            exchange.getResponseHeaders().set("Last-Modified", lastModified(file));
            send(exchange, body, fault);
        }
    }

    private int status(Path file, Fault fault, String name, String ifNoneMatch, String ifModifiedSince)
            throws IOException {
        if (file == null || !Files.isRegularFile(file) || fault == Fault.NOT_FOUND) {
            return 404;
        }
        if (fault == Fault.SERVER_ERROR_TWICE && served.merge(name, 1, Integer::sum) <= 2) {
            return 500;
        }
        if (etags && ifNoneMatch != null) {
            return ifNoneMatch.equals(etag(Files.readAllBytes(file))) ? 304 : 200;
        }
        if (ifModifiedSince != null) {
            Instant since = ZonedDateTime.parse(ifModifiedSince, HTTP_DATE).toInstant();
            return modified(file).isAfter(since) ? 200 : 304;
        }
        return 200;
    }

    private void send(HttpExchange exchange, byte[] body, Fault fault) throws IOException {
        if (fault == Fault.CHUNKED) {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            return;
        }
        exchange.sendResponseHeaders(200, body.length);
        OutputStream out = exchange.getResponseBody();
        if (fault == Fault.STALL_IN_BODY || fault == Fault.TRUNCATED) {
            out.write(body, 0, body.length / 2);
            out.flush();
            if (fault == Fault.STALL_IN_BODY) {
                awaitClosing();
            }
            return; // closing the exchange now, short of the announced length, drops the connection
        }
        out.write(body);
        out.close();
    }

    private Path resolve(String path) {
        for (Map.Entry<String, String> folder : FOLDERS.entrySet()) {
            if (path.startsWith(folder.getKey()) && path.indexOf('/', folder.getKey().length()) < 0) {
                return root.resolve(folder.getValue()).resolve(path.substring(folder.getKey().length()));
            }
        }
        return null;
    }

    private void awaitClosing() {
        try {
            closing.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Instant modified(Path file) throws IOException {
        return Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static String lastModified(Path file) throws IOException {
        return HTTP_DATE.format(modified(file).atZone(ZoneOffset.UTC));
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 8) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
