package io.github.claimedlosses.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimedlosses.model.BadInputException;
import io.github.claimedlosses.model.ClaimSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Detection of text documents beside the dataset formats. */
class DatasetFormatTextTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"article.txt", "NOTES.MD", "bulletin.md"})
    void txtAndMdFilesAreTextWhateverTheyHold(String name) throws Exception {
        Path file = write(name, "a,b\n1,2\n");
        assertThat(DatasetFormat.detect(file)).isEqualTo(DatasetFormat.TEXT);
    }

    @Test
    void utf8ProseWithoutAnExtensionIsText() throws Exception {
        Path file = write("statement", "The Ukrainian Ministry of Defence said Russia had lost 614 tanks.\n");
        assertThat(DatasetFormat.detect(file)).isEqualTo(DatasetFormat.TEXT);
    }

    @Test
    void aUkrainianBulletinLongerThanTheSniffedHeadIsText() throws Exception {
        Path file = write("bulletin", "танків ‒ 614 (+9) од\n".repeat(400));
        assertThat(Files.size(file)).isGreaterThan(4096);
        assertThat(DatasetFormat.detect(file)).isEqualTo(DatasetFormat.TEXT);
    }

    @Test
    void datasetsAreStillTheirOwnFormats() throws Exception {
        assertThat(DatasetFormat.detect(write("eq.json", "[{\"date\": \"2022-03-31\", \"tank\": 614}]")))
                .isEqualTo(DatasetFormat.GS_EQUIPMENT);
        assertThat(DatasetFormat.detect(write("claims.csv", String.join(",", ClaimSchema.COLUMNS) + "\n")))
                .isEqualTo(DatasetFormat.CLAIMS_CSV);
    }

    @Test
    void anUnknownCsvIsNoText() throws Exception {
        Path file = write("other.csv", "name,count\ntanks,614\n");
        assertThatThrownBy(() -> DatasetFormat.detect(file)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("other.csv: not a format this tool reads");
    }

    @Test
    void binaryDataIsRefusedInOneLine() throws Exception {
        Path file = Files.write(folder.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0x10});
        assertThatThrownBy(() -> DatasetFormat.detect(file)).isInstanceOf(BadInputException.class)
                .hasMessage("photo.jpg: byte 2: binary data (a NUL byte), not a format this tool reads");
    }

    @Test
    void textInAnotherEncodingIsNoFormat() throws Exception {
        Path file = Files.write(folder.resolve("latin1"), "Caf\u00e9 \u00e0 Kyiv\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> DatasetFormat.detect(file)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("latin1: not a format this tool reads");
    }

    @Test
    void aMissingFileIsSaidToBeMissing() {
        Path missing = folder.resolve("missing.json");
        assertThatThrownBy(() -> DatasetFormat.detect(missing)).hasMessage(missing + ": no such file");
    }

    @Test
    void theDatasetReaderLeavesTextToTheExtractor() throws Exception {
        Path file = write("article.txt", "Russia lost 20 tanks.");
        assertThatThrownBy(() -> new DatasetReader(Strictness.STRICT).read(file))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is a text document");
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(folder.resolve(name), text);
    }
}
