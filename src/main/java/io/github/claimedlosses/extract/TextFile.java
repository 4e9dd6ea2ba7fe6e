package io.github.claimedlosses.extract;

import io.github.claimedlosses.model.BadInputException;
import io.github.claimedlosses.files.Utf8Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a text document: UTF-8 only, refusing binary data and other encodings with one clear line. */
public final class TextFile {
    private TextFile() {
    }

    /**
     * The text of {@code file}, without a leading byte-order mark.
     *
     * @throws BadInputException when the file is missing, unreadable, empty, binary (holds a NUL byte) or not
     *                           valid UTF-8 (the message gives the byte offset of the first bad sequence)
     */
    public static String read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file.toString(), "", "no such file");
        } catch (IOException e) {
            throw new BadInputException(name, "", "cannot be read: " + e.getMessage());
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new BadInputException(name, "byte " + i, "binary data (a NUL byte), not a text document");
            }
        }
        String text = Utf8Text.decode(name, bytes);
        if (text.isBlank()) {
            throw new BadInputException(name, "", "the file is empty");
        }
        return text;
    }
}
