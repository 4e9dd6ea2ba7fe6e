package io.github.claimedlosses.extract;

import io.github.claimedlosses.model.BadInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a text document: UTF-8 only, refusing binary data and other encodings with one clear line. */
public final class TextFile {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

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
        String text = decode(bytes, name);
        if (text.isBlank() || (text.charAt(0) == BYTE_ORDER_MARK && text.substring(1).isBlank())) {
            throw new BadInputException(name, "", "the file is empty");
        }
        return text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    private static String decode(byte[] bytes, String name) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(buffer).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(name, "byte " + buffer.position(), "not UTF-8 text; save the document as "
                    + "UTF-8");
        }
    }
}
