package io.github.claimedlosses.files;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Output file names made from names the user chose (document names): portable and unique within one folder.
 * A stem keeps only lower-case ASCII letters, digits, {@code -} and {@code _}; when that lost anything (case,
 * punctuation, other scripts), or the stem is already taken, the first eight hexadecimal digits of the SHA-256 of
 * the whole name are appended, so that names differing only in punctuation or case give different files, also on
 * case-insensitive file systems, and each name gives the same file on every run. One instance per folder.
 */
public final class FileNames {
    private final Set<String> taken = new HashSet<>();

    /** The unique stem for {@code name} (a file name, whose extension is dropped), reserved in this folder. */
    public String stem(String name) {
        String base = name.contains(".") && name.lastIndexOf('.') > 0 ? name.substring(0, name.lastIndexOf('.'))
                : name;
        String clean = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "_");
        if (clean.length() > 80) {
            clean = clean.substring(0, 80);
        }
        String stem = clean.equals(base) && !taken.contains(clean) ? clean : clean + "-" + hash(name);
        for (int n = 2; taken.contains(stem); n++) {
            stem = clean + "-" + hash(name) + "-" + n;
        }
        taken.add(stem);
        return stem;
    }

    private static String hash(String name) {
        return Sha256.of(name.getBytes(StandardCharsets.UTF_8)).substring(0, 8);
    }
}
