package io.github.claimedlosses.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How a corpus document is named in claims, the one rule that the one-machine run and the Spark job share: the
 * record's {@code id} when it has one, else its URL, else the input's name, {@code #} and the first 12 hexadecimal
 * digits of the SHA-256 of its text (a name that does not depend on the order records are read in). A file of a
 * folder is named by its path from the folder, the folder's own name first: {@code news/2023/bulletin.txt}.
 */
public final class DocumentIds {
    private static final int DIGEST_DIGITS = 12;

    private DocumentIds() {
    }

    /** The id of a record of {@code input} (a file name) with the given optional {@code id} and {@code url}. */
    public static String ofRecord(String input, String id, String url, String text) {
        if (id != null && !id.isBlank()) {
            return id.strip();
        }
        if (url != null && !url.isBlank()) {
            return url.strip();
        }
        return input + "#" + digest(text);
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, DIGEST_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The id of a file of a folder: the folder's name and the file's path below it, with {@code /}. */
    public static String ofFile(String folderName, String relativePath) {
        return folderName + "/" + relativePath.replace('\\', '/');
    }
}
