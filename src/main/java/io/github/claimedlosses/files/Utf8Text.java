package io.github.claimedlosses.files;

import io.github.claimedlosses.model.BadInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a whole file as strict UTF-8, naming the line of the first byte that is not UTF-8. */
public final class Utf8Text {
    /** Largest text file accepted. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    private Utf8Text() {
    }

    /**
     * The text of {@code path}, without a leading byte-order mark.
     *
     * @throws BadInputException when the file is missing, too large or not UTF-8
     */
    public static String read(Path path) {
        String name = path.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new BadInputException(name, "", "is larger than the " + MAX_BYTES + " bytes accepted");
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new BadInputException(name, "", "cannot be read: " + e.getMessage());
        }
        return decode(name, bytes);
    }

    /** {@code bytes} decoded as strict UTF-8, without a leading byte-order mark. */
    public static String decode(String name, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw new BadInputException(name, "line " + lineOf(bytes, offset), String.format(
                    "not UTF-8 text (byte 0x%02X at byte offset %d); save the file as UTF-8", bytes[offset] & 0xFF, offset));
        }
        try {
            result = decoder.flush(out);
            if (result.isError()) {
                result.throwException();
            }
        } catch (CharacterCodingException e) {
            throw new BadInputException(name, "", "not UTF-8 text: it ends inside a character; save the file as UTF-8");
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
