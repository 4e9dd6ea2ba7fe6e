package io.github.claimedlosses.fetch;

import io.github.claimedlosses.files.Sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimedlosses.SharedData;
import io.github.claimedlosses.fetch.FileResult.Outcome;
import io.github.claimedlosses.fetch.LoopbackServer.Fault;
import io.github.claimedlosses.read.DatasetReader;
import io.github.claimedlosses.read.Strictness;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetCacheTest {
    private static final Instant FIRST_FETCH = Instant.parse("2026-08-09T06:00:00Z");
    private static final String GS_PATH = "/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset/main/data/";

    @TempDir
    Path temp;

    /** The six public files and the test tree's source's one. */
    private static final int FILES = 7;

    private Path served;
    private LoopbackServer server;
    private DatasetCache cache;
    private FetchOptions options;

    @BeforeEach
    void serveTheReferenceDatasets() throws IOException {
        served = temp.resolve("served");
        for (DatasetFile file : DatasetFile.standard()) {
            Path target = served.resolve(file.cachePath());
            Files.createDirectories(target.getParent());
            Files.copy(ServedDatasets.of(file), target);
        }
        server = new LoopbackServer(served);
        cache = new DatasetCache(temp.resolve("cache"));
        options = FetchOptions.defaults().withBaseUrl(server.baseUrl()).withTimeout(Duration.ofSeconds(5))
                .withBackoff(Duration.ofMillis(10)).withClock(Clock.fixed(FIRST_FETCH, ZoneOffset.UTC));
    }

    @AfterEach
    void stopTheServer() {
        if (server != null) {
            server.close();
        }
    }

    // ---- helpers

    private Path servedFile(DatasetFile file) {
        return served.resolve(file.cachePath());
    }

    private FetchReport firstFetch() {
        FetchReport report = cache.fetch(options);
        assertThat(report.files()).extracting(FileResult::outcome).containsOnly(Outcome.UPDATED);
        return report;
    }

    /** SHA-256 of every file under the cache folder, by relative path: the cache's bytes, manifest included. */
    private Map<String, String> snapshot() throws IOException {
        try (Stream<Path> paths = Files.walk(cache.dir())) {
            return paths.filter(Files::isRegularFile).collect(Collectors.toMap(
                    p -> cache.dir().relativize(p).toString(), Sha256::of, (a, b) -> a, TreeMap::new));
        }
    }

    /** Fetches with {@code fetchOptions}, asserting that only {@code file} fails and the cache's bytes stay put. */
    private FileResult failsAndKeepsTheCache(DatasetFile file, FetchOptions fetchOptions) throws IOException {
        Map<String, String> before = snapshot();
        FetchReport report = cache.fetch(fetchOptions);
        assertThat(snapshot()).isEqualTo(before);
        assertThat(report.failures()).extracting(FileResult::file).containsExactly(file);
        assertThat(report.usable()).isTrue();
        assertThat(report.files()).filteredOn(f -> f.file() != file).extracting(FileResult::outcome)
                .containsOnly(Outcome.UNCHANGED);
        FileResult failed = report.failures().get(0);
        assertThat(failed.inCache()).isTrue();
        assertThat(report.problems()).containsExactly(failed.problemLine());
        return failed;
    }

    /**
     * Appends the record of the next day to the served equipment file, in the file's own layout: the last record
     * with its date moved on and every number (the day included) one higher.
     */
    private void publishNextDay() throws IOException {
        Path equipment = servedFile(DatasetFiles.GS_EQUIPMENT);
        String text = Files.readString(equipment);
        int end = text.lastIndexOf('}') + 1;
        String last = text.substring(text.lastIndexOf("    {"), end);
        String next = Pattern.compile("(\"[^\"]+\": )(\\d+)").matcher(last.replace("2026-08-08", "2026-08-09"))
                .replaceAll(m -> m.group(1) + (Long.parseLong(m.group(2)) + 1));
        Files.writeString(equipment, text.substring(0, end) + ",\n" + next + text.substring(end));
    }

    // ---- the cases

    @Test
    void defaultAddressesAreThePublicRawLocations() {
        URI base = FetchOptions.defaults().baseUrl();
        assertThat(DatasetFiles.GS_EQUIPMENT.url(base)).hasToString("https://raw.githubusercontent.com/PetroIvaniuk/"
                + "2022-Ukraine-Russia-War-Dataset/main/data/russia_losses_equipment.json");
        assertThat(DatasetFiles.ORYX_TOTALS.url(base)).hasToString(
                "https://raw.githubusercontent.com/scarnecchia/oryx_data/main/totals_by_type.csv");
        assertThat(DatasetFiles.ORYX_DAILY.url(URI.create("http://mirror.test/raw/"))).hasToString(
                "http://mirror.test/raw/scarnecchia/oryx_data/main/daily_count.csv");
        assertThat(DatasetFile.standard().stream().map(DatasetFile::cachePath)).containsExactly(
                "general-staff/russia_losses_equipment.json", "general-staff/russia_losses_personnel.json",
                "general-staff/russia_losses_equipment_correction.json",
                "general-staff/russia_losses_equipment_oryx.json", "oryx/daily_count.csv", "oryx/totals_by_type.csv",
                // the test tree's source (UkEstimatesSource): its descriptor alone makes the cache keep its file
                "uk-mod-estimates/russian_losses_estimates.csv");
    }

    @Test
    void firstFetchFillsTheCacheInTheReferenceLayoutAndRecordsEachFile() throws IOException {
        FetchReport report = firstFetch();

        assertThat(report.usable()).isTrue();
        assertThat(report.problems()).isEmpty();
        assertThat(report.cacheDate()).contains(LocalDate.of(2026, 8, 8));
        for (DatasetFile file : DatasetFile.standard()) {
            assertThat(cache.path(file)).hasSameBinaryContentAs(ServedDatasets.of(file));
        }
        Manifest manifest = Manifest.read(cache.manifestPath());
        ManifestEntry equipment = manifest.entry(DatasetFiles.GS_EQUIPMENT).orElseThrow();
        assertThat(equipment.url()).isEqualTo(URI.create(server.baseUrl() + GS_PATH + "russia_losses_equipment.json"));
        assertThat(equipment.fetched()).isEqualTo(FIRST_FETCH);
        assertThat(equipment.size()).isEqualTo(706_073);
        assertThat(equipment.sha256()).isEqualTo(Sha256.of(SharedData.generalStaff("russia_losses_equipment.json")))
                .hasSize(64);
        assertThat(equipment.lastDate()).contains(LocalDate.of(2026, 8, 8));
        assertThat(equipment.etag()).isPresent();
        assertThat(equipment.lastModified()).isPresent();
        assertThat(manifest.entries()).hasSize(FILES);
        assertThat(manifest.entry(DatasetFiles.GS_ORYX_MODELS).flatMap(ManifestEntry::lastDate))
                .contains(LocalDate.of(2023, 2, 5));
        assertThat(manifest.entry(DatasetFiles.ORYX_DAILY).flatMap(ManifestEntry::lastDate))
                .contains(LocalDate.of(2025, 7, 19));
        assertThat(manifest.entry(DatasetFiles.ORYX_TOTALS).flatMap(ManifestEntry::lastDate)).isEmpty();
        assertThat(manifest.entry(DatasetFiles.ORYX_TOTALS).map(ManifestEntry::size)).contains(3348L);
        assertThat(report.files().get(0).summary()).isEqualTo("general-staff/russia_losses_equipment.json: updated, "
                + "706,073 bytes, data to 2026-08-08");

        int fromCache = new DatasetReader(Strictness.STRICT).readFolder(cache.dir()).claims().size();
        int fromReference = new DatasetReader(Strictness.STRICT).readFolder(SharedData.datasets()).claims().size();
        // the reference datasets' claims and the three estimates of the test tree's source
        assertThat(fromCache).isEqualTo(fromReference + 3).isGreaterThan(20_000);
        try (Stream<Path> top = Files.list(cache.dir())) {
            assertThat(top.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("general-staff", "oryx",
                    "uk-mod-estimates", "manifest.json", ".lock");
        }
    }

    @Test
    void unchangedFilesAreAnswered304ThroughTheirEtag() throws IOException {
        firstFetch();
        Map<String, String> before = snapshot();
        int requestsBefore = server.requests().size();

        FetchReport again = cache.fetch(options.withClock(Clock.fixed(FIRST_FETCH.plusSeconds(3600), ZoneOffset.UTC)));

        assertThat(again.files()).extracting(FileResult::outcome).containsOnly(Outcome.UNCHANGED);
        assertThat(again.files().get(0).summary()).isEqualTo("general-staff/russia_losses_equipment.json: unchanged, "
                + "data to 2026-08-08");
        List<LoopbackServer.Request> second = server.requests().subList(requestsBefore, server.requests().size());
        assertThat(second).hasSize(FILES).allSatisfy(request -> {
            assertThat(request.ifNoneMatch()).isNotNull();
            assertThat(request.status()).isEqualTo(304);
        });
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void withoutEtagsIfModifiedSinceSkipsUnchangedFiles() throws IOException {
        server.withoutEtags();
        firstFetch();
        assertThat(Manifest.read(cache.manifestPath()).entry(DatasetFiles.GS_EQUIPMENT)
                .flatMap(ManifestEntry::etag)).isEmpty();
        Map<String, String> before = snapshot();

        FetchReport again = cache.fetch(options);

        assertThat(again.files()).extracting(FileResult::outcome).containsOnly(Outcome.UNCHANGED);
        assertThat(server.requests().subList(FILES, 2 * FILES)).allSatisfy(request -> {
            assertThat(request.ifNoneMatch()).isNull();
            assertThat(request.ifModifiedSince()).endsWith(" GMT");
            assertThat(request.status()).isEqualTo(304);
        });
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anUpdatedFileReplacesTheCachedCopyAndItsManifestEntry() throws IOException {
        firstFetch();
        publishNextDay();
        Instant later = FIRST_FETCH.plusSeconds(86_400);

        FetchReport report = cache.fetch(options.withClock(Clock.fixed(later, ZoneOffset.UTC)));

        assertThat(report.files()).extracting(FileResult::outcome).containsExactly(Outcome.UPDATED,
                Outcome.UNCHANGED, Outcome.UNCHANGED, Outcome.UNCHANGED, Outcome.UNCHANGED, Outcome.UNCHANGED,
                Outcome.UNCHANGED);
        assertThat(cache.path(DatasetFiles.GS_EQUIPMENT)).hasSameBinaryContentAs(servedFile(DatasetFiles.GS_EQUIPMENT));
        ManifestEntry entry = Manifest.read(cache.manifestPath()).entry(DatasetFiles.GS_EQUIPMENT).orElseThrow();
        assertThat(entry.lastDate()).contains(LocalDate.of(2026, 8, 9));
        assertThat(entry.fetched()).isEqualTo(later);
        assertThat(entry.size()).isEqualTo(Files.size(servedFile(DatasetFiles.GS_EQUIPMENT)));
        assertThat(entry.sha256()).isEqualTo(Sha256.of(servedFile(DatasetFiles.GS_EQUIPMENT)));
        assertThat(Manifest.read(cache.manifestPath()).entry(DatasetFiles.GS_PERSONNEL).map(ManifestEntry::fetched))
                .contains(FIRST_FETCH);
        assertThat(cache.lastDate()).contains(LocalDate.of(2026, 8, 9));
        assertThat(new DatasetReader(Strictness.STRICT).read(cache.path(DatasetFiles.GS_EQUIPMENT)).claims())
                .filteredOn(c -> c.date().equals(LocalDate.of(2026, 8, 9)) && c.category().id().equals("tanks"))
                .singleElement().satisfies(c -> assertThat(c.value()).isEqualTo(12_252));
    }

    @Test
    void notFoundKeepsTheCachedCopy() throws IOException {
        firstFetch();
        server.fault(DatasetFiles.GS_PERSONNEL, Fault.NOT_FOUND);

        FileResult failed = failsAndKeepsTheCache(DatasetFiles.GS_PERSONNEL, options);

        assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(failed.problemLine()).isEqualTo("general-staff/russia_losses_personnel.json: HTTP 404 from "
                + server.baseUrl() + GS_PATH + "russia_losses_personnel.json; keeping the cached copy (data to "
                + "2026-08-08)");
        assertThat(server.requests(DatasetFiles.GS_PERSONNEL)).hasSize(2); // not retried
    }

    @Test
    void aServerErrorIsRetriedWithBackOff() {
        server.fault(DatasetFiles.GS_EQUIPMENT, Fault.SERVER_ERROR_TWICE);

        firstFetch();

        assertThat(server.requests(DatasetFiles.GS_EQUIPMENT)).extracting(LoopbackServer.Request::status)
                .containsExactly(500, 500, 200);
        assertThat(cache.path(DatasetFiles.GS_EQUIPMENT)).hasSameBinaryContentAs(servedFile(DatasetFiles.GS_EQUIPMENT));
    }

    @Test
    void aServerErrorOnEveryAttemptIsReportedWithTheNumberOfAttempts() throws IOException {
        firstFetch();
        publishNextDay();
        server.fault(DatasetFiles.GS_EQUIPMENT, Fault.SERVER_ERROR_TWICE);

        FileResult failed = failsAndKeepsTheCache(DatasetFiles.GS_EQUIPMENT, options.withRetries(1));

        assertThat(failed.problem()).isEqualTo("HTTP 500 from " + server.baseUrl() + GS_PATH
                + "russia_losses_equipment.json (2 attempts)");
    }

    @Test
    void aServerThatStopsRespondingTimesOut() throws IOException {
        firstFetch();
        publishNextDay();
        Files.writeString(servedFile(DatasetFiles.GS_PERSONNEL), "\n", StandardOpenOption.APPEND);
        server.fault(DatasetFiles.GS_EQUIPMENT, Fault.STALL_IN_BODY);
        server.fault(DatasetFiles.GS_PERSONNEL, Fault.STALL_BEFORE_HEADERS);
        Map<String, String> before = snapshot();

        FetchReport report = cache.fetch(options.withTimeout(Duration.ofSeconds(1)).withRetries(1));

        assertThat(snapshot()).isEqualTo(before);
        assertThat(report.usable()).isTrue();
        long announced = Files.size(servedFile(DatasetFiles.GS_EQUIPMENT));
        assertThat(report.problems()).containsExactly(
                "general-staff/russia_losses_equipment.json: timed out: nothing received for 1 s after "
                        + announced / 2 + " of " + announced + " bytes (2 attempts); keeping the cached copy (data to "
                        + "2026-08-08)",
                "general-staff/russia_losses_personnel.json: timed out: no response within 1 s (2 attempts); "
                        + "keeping the cached copy (data to 2026-08-08)");
    }

    @Test
    void aTruncatedBodyIsRefused() throws IOException {
        firstFetch();
        publishNextDay();
        server.fault(DatasetFiles.GS_EQUIPMENT, Fault.TRUNCATED);

        FileResult failed = failsAndKeepsTheCache(DatasetFiles.GS_EQUIPMENT, options);

        long announced = Files.size(servedFile(DatasetFiles.GS_EQUIPMENT));
        assertThat(failed.problem()).isEqualTo("truncated: the connection ended after " + announced / 2 + " of the "
                + announced + " bytes announced (3 attempts)");
    }

    @Test
    void anOversizedBodyIsRefusedWithOrWithoutAnnouncedLength() throws IOException {
        firstFetch();
        byte[] huge = new byte[3 * 1024 * 1024];
        Arrays.fill(huge, (byte) ' ');
        Files.write(servedFile(DatasetFiles.GS_EQUIPMENT), huge);
        Files.write(servedFile(DatasetFiles.GS_PERSONNEL), huge);
        server.fault(DatasetFiles.GS_PERSONNEL, Fault.CHUNKED);
        Map<String, String> before = snapshot();

        FetchReport report = cache.fetch(options.withMaxBytes(1024 * 1024));

        assertThat(snapshot()).isEqualTo(before);
        assertThat(report.failures()).extracting(FileResult::problem).containsExactly(
                "refused: the server announced 3145728 bytes, more than the 1048576-byte cap",
                "refused: the response passed 1048576 bytes, more than the 1048576-byte cap");
        assertThat(server.requests(DatasetFiles.GS_EQUIPMENT)).hasSize(2); // not retried
        assertThat(server.requests(DatasetFiles.GS_PERSONNEL)).hasSize(2);
    }

    @Test
    void validJsonWithAnOlderSeriesIsRefused() throws IOException {
        firstFetch();
        Path equipment = servedFile(DatasetFiles.GS_EQUIPMENT);
        String text = Files.readString(equipment);
        // The same file without its last record (2026-08-08): 400 bytes shorter, well within the size tolerance.
        Files.writeString(equipment, text.substring(0, text.lastIndexOf(",\n    {")) + "\n]");

        FileResult failed = failsAndKeepsTheCache(DatasetFiles.GS_EQUIPMENT, options);

        assertThat(failed.problem()).isEqualTo("refused: its last date 2026-08-07 is older than the cached copy's "
                + "2026-08-08: suspicious, refused (fetch --accept-changes takes a deliberate rewrite)");
    }

    @Test
    void aMuchSmallerFileIsRefused() throws IOException {
        firstFetch();
        Path personnel = servedFile(DatasetFiles.GS_PERSONNEL);
        String text = Files.readString(personnel);
        // The same records, from the start of the war to 2026-08-08, with all the indentation removed.
        Files.writeString(personnel, text.replaceAll("\\n\\s+", "\n"));

        FileResult failed = failsAndKeepsTheCache(DatasetFiles.GS_PERSONNEL, options);

        assertThat(failed.problem()).matches("refused: is \\d+ bytes, \\d+% smaller than the cached copy "
                + "\\(200237 bytes\\): suspicious, refused \\(fetch --accept-changes takes a deliberate rewrite\\)");
    }

    @Test
    void corruptBytesAreRefusedWithTheReadersMessage() throws IOException {
        firstFetch();
        Path equipment = servedFile(DatasetFiles.GS_EQUIPMENT);
        byte[] bytes = Files.readAllBytes(equipment);
        byte[] garbage = "\u0000\u00ff#garbage#".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(garbage, 0, bytes, bytes.length / 2, garbage.length);
        Files.write(equipment, bytes);
        Files.writeString(servedFile(DatasetFiles.ORYX_TOTALS), "country,equipment_type,total\nRussia,Tanks,4074\n");

        Map<String, String> before = snapshot();
        FetchReport report = cache.fetch(options);

        assertThat(snapshot()).isEqualTo(before);
        assertThat(report.usable()).isTrue();
        assertThat(report.problems()).hasSize(2);
        assertThat(report.problems().get(0)).startsWith("general-staff/russia_losses_equipment.json: refused: line ")
                .contains("not valid JSON").endsWith("; keeping the cached copy (data to 2026-08-08)");
        assertThat(report.problems().get(1)).isEqualTo("oryx/totals_by_type.csv: refused: line 1: no column "
                + "\"destroyed\" in the header, expected an Oryx totals_by_type.csv; keeping the cached copy");
    }

    @Test
    void offlineTheCacheIsUsedWithOneClearLine() throws IOException {
        firstFetch();
        Map<String, String> before = snapshot();
        FetchOptions offline = options.withBaseUrl(closedPort());

        FetchReport report = cache.fetch(offline);

        assertThat(snapshot()).isEqualTo(before);
        assertThat(report.offline()).isTrue();
        assertThat(report.usable()).isTrue();
        assertThat(report.problems()).containsExactly("cannot reach " + offline.baseUrl().getAuthority()
                + ": using the cache from 2026-08-08");
        assertThat(report.files().get(0).problem()).startsWith("cannot reach " + offline.baseUrl().getAuthority()
                + " (").endsWith("(3 attempts)");
    }

    @Test
    void offlineWithAnEmptyCacheIsNotUsable() throws IOException {
        FetchOptions offline = options.withBaseUrl(closedPort()).withRetries(0);

        FetchReport report = cache.fetch(offline);

        assertThat(report.usable()).isFalse();
        assertThat(report.problems()).containsExactly("cannot reach " + offline.baseUrl().getAuthority() + ", and "
                + "the cache in " + cache.dir() + " cannot be used: " + FILES + " of " + FILES + " files missing");
        assertThat(snapshot().keySet()).containsExactly(".lock");
    }

    @Test
    void ensureFetchesOnlyWhenFilesAreMissing() throws IOException {
        FetchReport first = cache.ensure(options);
        assertThat(first.files()).extracting(FileResult::outcome).containsOnly(Outcome.UPDATED);
        int requests = server.requests().size();

        FetchReport second = cache.ensure(options);

        assertThat(server.requests()).hasSize(requests);
        assertThat(second.files()).extracting(FileResult::outcome).containsOnly(Outcome.NOT_CHECKED);
        assertThat(second.usable()).isTrue();
        assertThat(second.cacheDate()).contains(LocalDate.of(2026, 8, 8));

        Files.delete(cache.path(DatasetFiles.ORYX_TOTALS));
        assertThat(cache.isComplete()).isFalse();
        FetchReport third = cache.ensure(options);
        assertThat(third.files()).extracting(FileResult::outcome).containsExactly(Outcome.UNCHANGED,
                Outcome.UNCHANGED, Outcome.UNCHANGED, Outcome.UNCHANGED, Outcome.UNCHANGED, Outcome.UPDATED,
                Outcome.UNCHANGED);
        assertThat(server.requests(DatasetFiles.ORYX_TOTALS).get(1).ifNoneMatch()).isNull();
    }

    @Test
    void aCachedFileEditedByHandIsDownloadedAgainNotTrustedBy304() throws IOException {
        firstFetch();
        Path personnel = cache.path(DatasetFiles.GS_PERSONNEL);
        Files.writeString(personnel, "[]\n");
        assertThat(cache.lastDate()).contains(LocalDate.of(2026, 8, 8));

        FetchReport report = cache.fetch(options);

        assertThat(report.files().get(1).outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(server.requests(DatasetFiles.GS_PERSONNEL).get(1).ifNoneMatch()).isNull();
        assertThat(personnel).hasSameBinaryContentAs(servedFile(DatasetFiles.GS_PERSONNEL));
    }

    @Test
    void anUnreadableManifestIsRebuiltWithANote() throws IOException {
        firstFetch();
        Files.writeString(cache.manifestPath(), "{ not json");

        FetchReport report = cache.fetch(options);

        assertThat(report.notes()).singleElement().asString().startsWith("manifest.json: not valid JSON: ")
                .endsWith("; it will be rebuilt");
        assertThat(report.files()).extracting(FileResult::outcome).containsOnly(Outcome.UPDATED);
        assertThat(Manifest.read(cache.manifestPath()).entries()).hasSize(FILES);
    }

    @Test
    void aSecondFetchIntoTheSameCacheWaitsItsTurnAndLeftoversAreSweptAway() throws IOException {
        Files.createDirectories(cache.dir().resolve(".fetch-123/general-staff"));
        Files.writeString(cache.dir().resolve(".fetch-123/general-staff/russia_losses_equipment.json"), "[");
        try (FileChannel channel = FileChannel.open(cache.dir().resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = channel.lock()) {
            assertThatThrownBy(() -> cache.fetch(options)).isInstanceOf(UncheckedIOException.class)
                    .hasMessage(cache.dir() + ": another fetch is updating this cache; try again when it has finished");
        }
        assertThat(server.requests()).isEmpty();

        firstFetch();

        assertThat(cache.dir().resolve(".fetch-123")).doesNotExist();
        try (Stream<Path> top = Files.list(cache.dir())) {
            assertThat(top).noneMatch(p -> p.getFileName().toString().startsWith(".fetch-"));
        }
    }

    private static URI closedPort() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        return URI.create("http://127.0.0.1:" + port);
    }
}
