package io.github.claimedlosses.export;

/**
 * One file of a publication, for the report's index.
 *
 * @param path  path relative to the output folder, with {@code /} separators
 * @param title what the file shows, in words
 * @param kind  {@code table}, {@code chart} (a PNG, with an SVG beside it) or {@code interactive} (an HTML page)
 */
public record PublishedFile(String path, String title, String kind) {
}
