package io.github.claimedlosses.model;

/**
 * Input that cannot be read as claims. The message is one line naming the file, the place in it
 * (record, line or offset) and what is wrong, for example
 * {@code russia_losses_equipment.json: record 35 (date 2022-03-31): "tank" is "six hundred", expected a whole number}.
 */
public final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String where;
    private final String problem;

    /**
     * @param file    file name as the user knows it
     * @param where   place in the file ({@code record 35 (date 2022-03-31)}, {@code line 12}); empty for the whole file
     * @param problem what is wrong, in words
     */
    public BadInputException(String file, String where, String problem) {
        super(compose(file, where, problem));
        this.file = file;
        this.where = where == null ? "" : where;
        this.problem = problem;
    }

    /** The file name. */
    public String file() {
        return file;
    }

    /** The place in the file, or empty for the whole file. */
    public String where() {
        return where;
    }

    /** What is wrong. */
    public String problem() {
        return problem;
    }

    /** Longest value a message shows whole; longer values are shortened. */
    public static final int MAX_SHOWN_CHARS = 80;

    /**
     * {@code value} as a message shows it: in double quotes, control and invisible formatting characters written as
     * {@code \\uXXXX}, and a value that would show longer than {@value #MAX_SHOWN_CHARS} characters (a control
     * character shows as six) cut with its length stated ({@code "abc…" (2000 characters)}), so that one bad cell
     * cannot flood the one-line message.
     */
    public static String shown(String value) {
        if (value == null) {
            return "null";
        }
        // the limit counts what is shown: a control character shown as \u0000 takes six of it
        StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_SHOWN_CHARS) + 24).append('"');
        int shown = 0;
        int i = 0;
        while (i < value.length()) {
            int c = value.codePointAt(i);
            int type = Character.getType(c);
            String text = Character.isISOControl(c) || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                    ? String.format("\\u%04X", c) : new String(Character.toChars(c));
            if (shown + text.length() > MAX_SHOWN_CHARS - 1 && i + Character.charCount(c) < value.length()
                    || shown + text.length() > MAX_SHOWN_CHARS) {
                return out.append("…\" (").append(value.length()).append(" characters)").toString();
            }
            out.append(text);
            shown += text.length();
            i += Character.charCount(c);
        }
        return out.append('"').toString();
    }

    private static String compose(String file, String where, String problem) {
        String oneLine = problem.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        return where == null || where.isEmpty() ? file + ": " + oneLine : file + ": " + where + ": " + oneLine;
    }
}
