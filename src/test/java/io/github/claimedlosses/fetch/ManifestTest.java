package io.github.claimedlosses.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimedlosses.model.BadInputException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
    private static final ManifestEntry TOTALS = new ManifestEntry(
            URI.create("https://raw.githubusercontent.com/scarnecchia/oryx_data/main/totals_by_type.csv"),
            Instant.parse("2026-08-09T06:00:00Z"), 3348, "ab".repeat(32), Optional.empty(), Optional.empty(),
            Optional.of("Sat, 19 Jul 2025 10:00:00 GMT"));
    private static final ManifestEntry EQUIPMENT = new ManifestEntry(URI.create("https://raw.githubusercontent.com/"
            + "PetroIvaniuk/2022-Ukraine-Russia-War-Dataset/main/data/russia_losses_equipment.json"),
            Instant.parse("2026-08-09T06:00:01Z"), 706_073, "cd".repeat(32), Optional.of(LocalDate.of(2026, 8, 8)),
            Optional.of("W/\"1a2b\""), Optional.empty());

    @Test
    void writesOneEntryPerFileInDatasetOrderAndReadsItBack(@TempDir Path dir) {
        Manifest manifest = Manifest.empty().with(DatasetFiles.ORYX_TOTALS, TOTALS)
                .with(DatasetFiles.GS_EQUIPMENT, EQUIPMENT);
        Path file = dir.resolve(Manifest.FILE_NAME);

        manifest.write(file);

        assertThat(file).hasContent("{\n"
                + "  \"files\" : {\n"
                + "    \"general-staff/russia_losses_equipment.json\" : {\n"
                + "      \"url\" : \"https://raw.githubusercontent.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset/"
                + "main/data/russia_losses_equipment.json\",\n"
                + "      \"fetched\" : \"2026-08-09T06:00:01Z\",\n"
                + "      \"size\" : 706073,\n"
                + "      \"sha256\" : \"" + "cd".repeat(32) + "\",\n"
                + "      \"lastDate\" : \"2026-08-08\",\n"
                + "      \"etag\" : \"W/\\\"1a2b\\\"\"\n"
                + "    },\n"
                + "    \"oryx/totals_by_type.csv\" : {\n"
                + "      \"url\" : \"https://raw.githubusercontent.com/scarnecchia/oryx_data/main/"
                + "totals_by_type.csv\",\n"
                + "      \"fetched\" : \"2026-08-09T06:00:00Z\",\n"
                + "      \"size\" : 3348,\n"
                + "      \"sha256\" : \"" + "ab".repeat(32) + "\",\n"
                + "      \"lastModified\" : \"Sat, 19 Jul 2025 10:00:00 GMT\"\n"
                + "    }\n"
                + "  }\n"
                + "}");
        Manifest read = Manifest.read(file);
        assertThat(read.entries()).containsExactly(Map.entry(DatasetFiles.GS_EQUIPMENT, EQUIPMENT),
                Map.entry(DatasetFiles.ORYX_TOTALS, TOTALS));
        assertThat(read.toJson()).isEqualTo(manifest.toJson());
    }

    @Test
    void aMissingManifestIsEmptyAndABrokenOneIsBadInput(@TempDir Path dir) throws IOException {
        assertThat(Manifest.read(dir.resolve("absent.json")).entries()).isEmpty();

        Path noFiles = Files.writeString(dir.resolve("manifest.json"), "[1, 2]");
        assertThatThrownBy(() -> Manifest.read(noFiles)).isInstanceOf(BadInputException.class)
                .hasMessage("manifest.json: no \"files\" object: not a manifest of this tool");

        Files.writeString(noFiles, "{\"files\": {\"oryx/daily_count.csv\": {\"url\": \"http://x/daily_count.csv\", "
                + "\"fetched\": \"yesterday\", \"size\": 1, \"sha256\": \"00\"}}}");
        assertThatThrownBy(() -> Manifest.read(noFiles)).hasMessageStartingWith("manifest.json: entry "
                + "\"oryx/daily_count.csv\": is not a valid entry: Text 'yesterday' could not be parsed");
    }
}
