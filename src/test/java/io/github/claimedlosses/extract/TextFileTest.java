package io.github.claimedlosses.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimedlosses.model.BadInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileTest {
    @TempDir
    Path folder;

    @Test
    void readsUtf8TextInAnyLanguage() throws Exception {
        Path file = write("bulletin.txt", "танків ‒ 614 (+9) од\n".getBytes(StandardCharsets.UTF_8));
        assertThat(TextFile.read(file)).isEqualTo("танків ‒ 614 (+9) од\n");
    }

    @Test
    void dropsALeadingByteOrderMarkSoThatOffsetsCountTheText() throws Exception {
        Path file = write("bom.txt", "\uFEFFRussia lost 20 tanks.".getBytes(StandardCharsets.UTF_8));
        assertThat(TextFile.read(file)).isEqualTo("Russia lost 20 tanks.");
    }

    @Test
    void refusesAnotherEncodingNamingTheFirstBadByte() throws Exception {
        Path file = write("latin1.txt", "Caf\u00e9 bombed".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> TextFile.read(file)).isInstanceOf(BadInputException.class)
                .hasMessage("latin1.txt: line 1: not UTF-8 text (byte 0xE9 at byte offset 3); save the file as "
                        + "UTF-8");
    }

    @Test
    void refusesBinaryData() throws Exception {
        Path file = write("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        assertThatThrownBy(() -> TextFile.read(file)).isInstanceOf(BadInputException.class)
                .hasMessage("image.txt: byte 4: binary data (a NUL byte), not a text document");
    }

    @Test
    void refusesAnEmptyOrBlankFile() throws Exception {
        Path empty = write("empty.txt", new byte[0]);
        Path blank = write("blank.txt", "\uFEFF \n\t\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> TextFile.read(empty)).hasMessage("empty.txt: the file is empty");
        assertThatThrownBy(() -> TextFile.read(blank)).hasMessage("blank.txt: the file is empty");
    }

    @Test
    void refusesAMissingFile() {
        Path missing = folder.resolve("missing.txt");
        assertThatThrownBy(() -> TextFile.read(missing)).isInstanceOf(BadInputException.class)
                .hasMessage(missing + ": no such file");
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(folder.resolve(name), bytes);
    }
}
