package io.github.claimedlosses.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimedlosses.SharedData;
import io.github.claimedlosses.fetch.FileResult.Outcome;
import io.github.claimedlosses.files.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows 5, 6 and 11 of issue 12 against a hostile mirror on loopback: a redirect to another host, a file whose
 * published figures are zeroed or rewritten, a file that silently drops records, an impossible Content-Length. Each
 * leaves the cache byte-identical and says why in one line.
 */
class FetchTrustsNothingTest {
    private static final Instant FIRST_FETCH = Instant.parse("2026-08-09T06:00:00Z");
    /** A count in the General Staff JSON layout (the day excluded). */
    private static final Pattern COUNT = Pattern.compile("(\"(?!day\")[^\"]+\": )(\\d+)");

    @TempDir
    Path temp;

    private Path served;
    private LoopbackServer server;
    private final List<LoopbackServer> others = new ArrayList<>();
    private DatasetCache cache;
    private FetchOptions options;

    @BeforeEach
    void serveTheReferenceDatasets() throws IOException {
        served = copyOfTheDatasets(temp.resolve("served"));
        server = new LoopbackServer(served);
        cache = new DatasetCache(temp.resolve("cache"));
        options = FetchOptions.defaults().withBaseUrl(server.baseUrl()).withTimeout(Duration.ofSeconds(5))
                .withBackoff(Duration.ofMillis(10)).withClock(Clock.fixed(FIRST_FETCH, ZoneOffset.UTC));
    }

    @AfterEach
    void stopTheServers() {
        if (server != null) {
            server.close();
        }
        others.forEach(LoopbackServer::close);
    }

    private static Path copyOfTheDatasets(Path root) throws IOException {
        for (DatasetFile file : DatasetFile.standard()) {
            Path target = root.resolve(file.cachePath());
            Files.createDirectories(target.getParent());
            Files.copy(ServedDatasets.of(file), target);
        }
        return root;
    }

    private Path servedFile(DatasetFile file) {
        return served.resolve(file.cachePath());
    }

    private void firstFetch() {
        assertThat(cache.fetch(options).files()).extracting(FileResult::outcome).containsOnly(Outcome.UPDATED);
    }

    private Map<String, String> snapshot() throws IOException {
        try (Stream<Path> paths = Files.walk(cache.dir())) {
            return paths.filter(Files::isRegularFile).collect(Collectors.toMap(
                    p -> cache.dir().relativize(p).toString(), Sha256::of, (a, b) -> a, TreeMap::new));
        }
    }

    /** Fetches; only {@code file} fails, the cache keeps every byte, and the report has one line for it. */
    private FileResult failsAndKeepsTheCache(DatasetFile file, FetchOptions fetchOptions) throws IOException {
        Map<String, String> before = snapshot();
        FetchReport report = cache.fetch(fetchOptions);
        assertThat(snapshot()).isEqualTo(before);
        assertThat(report.failures()).extracting(FileResult::file).containsExactly(file);
        assertThat(report.usable()).isTrue();
        FileResult failed = report.failures().get(0);
        assertThat(report.problems()).containsExactly(failed.problemLine());
        assertThat(failed.problemLine()).doesNotContain("\n");
        return failed;
    }

    /** Rewrites every count of the served equipment file with {@code change}, keeping its layout. */
    private void rewriteCounts(java.util.function.LongUnaryOperator change) throws IOException {
        Path equipment = servedFile(DatasetFiles.GS_EQUIPMENT);
        Matcher counts = COUNT.matcher(Files.readString(equipment));
        Files.writeString(equipment, counts.replaceAll(m -> m.group(1) + change.applyAsLong(Long.parseLong(m.group(2)))));
    }

    @Test
    void row5_aRedirectToAnotherHostIsNotFollowedAndTheCacheStaysByteIdentical() throws IOException {
        firstFetch();
        Path elsewhere = copyOfTheDatasets(temp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve(DatasetFiles.GS_EQUIPMENT.cachePath()), "[]");
        LoopbackServer other = new LoopbackServer(elsewhere);
        others.add(other);
        URI otherHost = URI.create("http://localhost:" + other.baseUrl().getPort());
        server.redirect(DatasetFiles.GS_EQUIPMENT, otherHost);

        FileResult failed = failsAndKeepsTheCache(DatasetFiles.GS_EQUIPMENT, options);

        assertThat(failed.problem()).isEqualTo("redirected from " + DatasetFiles.GS_EQUIPMENT.url(server.baseUrl())
                + " to " + DatasetFiles.GS_EQUIPMENT.url(otherHost) + ", another host or scheme: not followed");
        assertThat(other.requests()).isEmpty();
    }

    @Test
    void row5_aRedirectWithinTheSameHostIsFollowedAndTheManifestRecordsTheAddressActuallyRead() throws IOException {
        URI moved = URI.create(server.baseUrl() + LoopbackServer.MOVED);
        server.redirect(DatasetFiles.ORYX_DAILY, moved);

        firstFetch();

        ManifestEntry entry = Manifest.read(cache.manifestPath()).entry(DatasetFiles.ORYX_DAILY).orElseThrow();
        assertThat(entry.url()).isEqualTo(DatasetFiles.ORYX_DAILY.url(moved));
        assertThat(cache.path(DatasetFiles.ORYX_DAILY)).hasSameBinaryContentAs(servedFile(DatasetFiles.ORYX_DAILY));
        assertThat(Manifest.read(cache.manifestPath()).entry(DatasetFiles.GS_EQUIPMENT).orElseThrow().url())
                .isEqualTo(DatasetFiles.GS_EQUIPMENT.url(server.baseUrl()));
    }

    @Test
    void row6_aFileWithEveryCountZeroedIsHeldBack() throws IOException {
        firstFetch();
        rewriteCounts(count -> 0);

        FileResult failed = failsAndKeepsTheCache(DatasetFiles.GS_EQUIPMENT, options);

        assertThat(failed.problem()).startsWith("refused: ").contains(" published running totals fell to zero (")
                .endsWith(": suspicious, refused (fetch --accept-changes takes a deliberate rewrite)");
        assertThat(failed.problemLine()).endsWith("; keeping the cached copy (data to 2026-08-08)");
    }

    @Test
    void row6_aFileOfTheSameSizeAndLastDateWithItsPublishedFiguresRewrittenIsHeldBack() throws IOException {
        firstFetch();
        long size = Files.size(servedFile(DatasetFiles.GS_EQUIPMENT));
        rewriteCounts(count -> count < 9 ? count + 1 : count - 1);
        assertThat(Files.size(servedFile(DatasetFiles.GS_EQUIPMENT))).isBetween(size - 5000, size + 5000);

        FileResult failed = failsAndKeepsTheCache(DatasetFiles.GS_EQUIPMENT, options);

        assertThat(failed.problem()).matches("refused: \\d+ of its \\d+ published values changed \\(\\d+\\.\\d%, more "
                + "than 2%; 2022-02-25 russia \\w+ cumulative ua-general-staff was \\d+, now \\d+\\): suspicious, "
                + "refused \\(fetch --accept-changes takes a deliberate rewrite\\)");
    }

    @Test
    void row6_aFileThatDropsSomeOfItsRecordsIsHeldBackThoughItIsBarelySmaller() throws IOException {
        firstFetch();
        Path personnel = servedFile(DatasetFiles.GS_PERSONNEL);
        String text = Files.readString(personnel);
        List<String> records = new ArrayList<>(List.of(text.substring(text.indexOf('{'), text.lastIndexOf('}') + 1)
                .split("(?<=\\}),\\s*(?=\\{)")));
        int before = records.size();
        int drop = before * 75 / 1000; // 7.5 %: less than the 10 % size tolerance
        records.subList(before / 2, before / 2 + drop).clear();
        Files.writeString(personnel, "[\n    " + String.join(",\n    ", records) + "\n]\n");

        FileResult failed = failsAndKeepsTheCache(DatasetFiles.GS_PERSONNEL, options);

        assertThat(failed.problem()).isEqualTo(String.format(java.util.Locale.ROOT, "refused: has %d records where "
                + "the cached copy has %d (%.1f%% fewer, more than 2%%): suspicious, refused (fetch --accept-changes "
                + "takes a deliberate rewrite)", before - drop, before, 100.0 * drop / before));
    }

    @Test
    void row6_acceptChangesTakesADeliberateRewrite() throws IOException {
        firstFetch();
        rewriteCounts(count -> 0);

        FetchReport report = cache.fetch(options.withAcceptChanges(true));

        assertThat(report.files()).extracting(FileResult::outcome).containsExactly(Outcome.UPDATED,
                Outcome.UNCHANGED, Outcome.UNCHANGED, Outcome.UNCHANGED, Outcome.UNCHANGED, Outcome.UNCHANGED,
                Outcome.UNCHANGED);
        assertThat(cache.path(DatasetFiles.GS_EQUIPMENT)).hasSameBinaryContentAs(servedFile(DatasetFiles.GS_EQUIPMENT));
    }

    @Test
    void row11_anImpossibleContentLengthIsOneClearLine() throws Exception {
        try (ServerSocket raw = new ServerSocket(0, 16, InetAddress.getLoopbackAddress())) {
            Thread answering = new Thread(() -> {
                while (!raw.isClosed()) {
                    try (Socket socket = raw.accept()) {
                        InputStream in = socket.getInputStream();
                        byte[] buffer = new byte[8192];
                        in.read(buffer);
                        OutputStream out = socket.getOutputStream();
                        out.write(("HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999999\r\nConnection: close"
                                + "\r\n\r\n[]").getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "impossible-length");
            answering.setDaemon(true);
            answering.start();
            FetchReport report = cache.fetch(options.withBaseUrl(URI.create("http://127.0.0.1:" + raw.getLocalPort()))
                    .withRetries(0));
            assertThat(report.failures()).hasSize(DatasetFile.standard().size());
            assertThat(report.problems().get(0)).isEqualTo("general-staff/russia_losses_equipment.json: the server "
                    + "announced an impossible length (Content-Length 99999999999999999999999); no copy in the cache");
            assertThat(cache.dir().resolve(DatasetFiles.GS_EQUIPMENT.cachePath())).doesNotExist();
        }
    }
}
