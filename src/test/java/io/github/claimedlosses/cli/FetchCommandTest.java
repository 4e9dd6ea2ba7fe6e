package io.github.claimedlosses.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimedlosses.SharedData;
import io.github.claimedlosses.fetch.DatasetFile;
import io.github.claimedlosses.fetch.ServedDatasets;
import io.github.claimedlosses.fetch.DatasetFiles;
import io.github.claimedlosses.fetch.LoopbackServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FetchCommandTest {
    @TempDir
    Path temp;

    private LoopbackServer server;
    private Path cache;

    /** Standard output, standard error and exit status of one run. */
    record Run(int status, List<String> out, List<String> err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString().lines().toList(), err.toString().lines().toList());
    }

    @BeforeEach
    void serveTheReferenceDatasets() throws IOException {
        Path served = temp.resolve("served");
        for (DatasetFile file : DatasetFile.standard()) {
            Path target = served.resolve(file.cachePath());
            Files.createDirectories(target.getParent());
            Files.copy(ServedDatasets.of(file), target);
        }
        server = new LoopbackServer(served);
        cache = temp.resolve("cache");
    }

    @AfterEach
    void stopTheServer() {
        if (server != null) {
            server.close();
        }
    }

    private Run fetch(String... more) {
        List<String> args = new ArrayList<>(List.of("fetch", "--to", cache.toString(), "--base-url",
                server.baseUrl().toString(), "--timeout", "2"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    @Test
    void quietFetchFillsTheCacheAndPrintsNothing() {
        Run run = fetch("-q");

        assertThat(run.status()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
        assertThat(cache.resolve("general-staff/russia_losses_equipment.json"))
                .hasSameBinaryContentAs(SharedData.generalStaff("russia_losses_equipment.json"));
        assertThat(cache.resolve("oryx/totals_by_type.csv")).hasSameBinaryContentAs(
                SharedData.oryx("totals_by_type.csv"));
        assertThat(cache.resolve("manifest.json")).isRegularFile();
    }

    @Test
    void withoutATerminalEachFileGetsOneLine() {
        assertThat(fetch().out()).hasSize(7).first().asString().isEqualTo("general-staff/russia_losses_equipment."
                + "json: updated, 706,073 bytes, data to 2026-08-08");

        Run again = fetch();

        assertThat(again.status()).isEqualTo(ExitCode.OK);
        assertThat(again.err()).isEmpty();
        assertThat(again.out()).containsExactly(
                "general-staff/russia_losses_equipment.json: unchanged, data to 2026-08-08",
                "general-staff/russia_losses_personnel.json: unchanged, data to 2026-08-08",
                "general-staff/russia_losses_equipment_correction.json: unchanged, data to 2025-12-31",
                "general-staff/russia_losses_equipment_oryx.json: unchanged, data to 2023-02-05",
                "oryx/daily_count.csv: unchanged, data to 2025-07-19",
                "oryx/totals_by_type.csv: unchanged",
                "uk-mod-estimates/russian_losses_estimates.csv: unchanged, data to 2022-05-31");
    }

    @Test
    void aFailedFileIsOneLineOnStandardErrorAndTheKeptCacheMeansSuccess() {
        fetch("-q");
        server.fault(DatasetFiles.ORYX_DAILY, LoopbackServer.Fault.NOT_FOUND);

        Run run = fetch("-q");

        assertThat(run.status()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).containsExactly("claimed-losses: oryx/daily_count.csv: HTTP 404 from "
                + server.baseUrl() + "/scarnecchia/oryx_data/main/daily_count.csv; keeping the cached copy (data to "
                + "2025-07-19)");
    }

    @Test
    void aFileMissingFromTheCacheAfterAFailureExitsWithFive() {
        server.fault(DatasetFiles.GS_CORRECTIONS, LoopbackServer.Fault.NOT_FOUND);

        Run run = fetch("-q");

        assertThat(run.status()).isEqualTo(ExitCode.FETCH_FAILED);
        assertThat(run.err()).containsExactly("claimed-losses: general-staff/russia_losses_equipment_correction.json: "
                + "HTTP 404 from " + server.baseUrl() + "/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset/main/data/"
                + "russia_losses_equipment_correction.json; no copy in the cache");
    }

    @Test
    void offlineSaysSoOnceAndExitsZeroWithACacheAndFiveWithout() throws IOException {
        String closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = "127.0.0.1:" + socket.getLocalPort();
        }
        Run empty = run("fetch", "--to", cache.toString(), "--base-url", "http://" + closed, "--retries", "0", "-q");
        assertThat(empty.status()).isEqualTo(ExitCode.FETCH_FAILED);
        assertThat(empty.err()).containsExactly("claimed-losses: cannot reach " + closed + ", and the cache in "
                + cache + " cannot be used: 7 of 7 files missing");

        fetch("-q");
        Run offline = run("fetch", "--to", cache.toString(), "--base-url", "http://" + closed, "--retries", "0");
        assertThat(offline.status()).isEqualTo(ExitCode.OK);
        assertThat(offline.err()).containsExactly("claimed-losses: cannot reach " + closed
                + ": using the cache from 2026-08-08");
        assertThat(offline.out()).isEmpty();
    }

    @Test
    void badOptionsAreUsageErrors() {
        Run scheme = run("fetch", "--base-url", "ftp://example.org", "--to", cache.toString());
        assertThat(scheme.status()).isEqualTo(ExitCode.USAGE);
        assertThat(scheme.err()).first().asString().contains("\"ftp://example.org\" is not an http or https base "
                + "address such as https://raw.githubusercontent.com");
        Run timeout = run("fetch", "--timeout", "0", "--to", cache.toString());
        assertThat(timeout.status()).isEqualTo(ExitCode.USAGE);
        assertThat(timeout.err()).first().asString().isEqualTo("--timeout must be at least 1 second");
        assertThat(run("fetch", "--retries", "-1", "--to", cache.toString()).status()).isEqualTo(ExitCode.USAGE);
        assertThat(cache).doesNotExist();
    }

    @Test
    void aCacheFolderThatIsAFileIsAnOutputError() throws IOException {
        Path file = Files.writeString(temp.resolve("cache"), "not a folder");

        Run run = fetch("-q");

        assertThat(run.status()).isEqualTo(ExitCode.OUTPUT_ERROR);
        assertThat(run.err()).containsExactly("claimed-losses: cannot write output: " + file + ": exists and is not "
                + "a folder");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void helpDocumentsTheCommandAndItsExitStatus() {
        Run main = run("--help");
        assertThat(main.out()).anySatisfy(line -> assertThat(line).contains("fetch"))
                .anySatisfy(line -> assertThat(line).contains("5   fetch: a file could not be fetched"));
        Run fetch = run("fetch", "--help");
        assertThat(fetch.status()).isEqualTo(ExitCode.OK);
        assertThat(String.join("\n", fetch.out())).contains("--base-url=URL").contains("--to=DIR")
                .contains("default: data/cache").contains("https://raw.githubusercontent.com").contains("--timeout")
                .contains("-q, --quiet");
    }
}
