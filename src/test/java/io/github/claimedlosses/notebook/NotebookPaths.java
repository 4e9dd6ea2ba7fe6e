package io.github.claimedlosses.notebook;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paths a notebook's code names outside the project: every string literal that is a path (relative, such as
 * {@code "../../shared/seeds/x.txt"}, or absolute), resolved against the notebook's folder, that leads out of the
 * project folder. A user's clone has the project and nothing beside it.
 */
final class NotebookPaths {
    /** A Java string literal without escapes that reads as a path: it starts with {@code ./}, {@code ../}, {@code /} or {@code ~}. */
    private static final Pattern PATH_LITERAL = Pattern.compile("\"((?:\\.{1,2}/|/|~)[^\"\\\\]*)\"");

    private NotebookPaths() {
    }

    /** The path literals of {@code code} that lead outside {@code project} from the folder {@code here}. */
    static List<String> outside(String code, Path here, Path project) {
        Path root = project.toAbsolutePath().normalize();
        List<String> outside = new ArrayList<>();
        Matcher matcher = PATH_LITERAL.matcher(code);
        while (matcher.find()) {
            String literal = matcher.group(1);
            try {
                Path resolved = literal.startsWith("~") ? Path.of(System.getProperty("user.home"))
                        : here.toAbsolutePath().resolve(literal).normalize();
                if (literal.startsWith("~") || !resolved.startsWith(root)) {
                    outside.add(literal);
                }
            } catch (InvalidPathException e) {
                outside.add(literal);
            }
        }
        return outside;
    }
}
