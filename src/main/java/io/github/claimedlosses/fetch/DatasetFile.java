package io.github.claimedlosses.fetch;

import io.github.claimedlosses.source.Format;
import io.github.claimedlosses.source.Source;
import io.github.claimedlosses.source.SourceFile;
import io.github.claimedlosses.source.Sources;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A public dataset file the cache keeps: one file of a source in the registry that has a remote path. Where it lives
 * on the server, where it goes in the cache and how it is read are its source's ({@link Source#remotePath()},
 * {@link Source#folder()}, {@link SourceFile#format()}): a new source's files are fetched with no change here.
 *
 * @param source the source that publishes it
 * @param file   the file, one of {@code source}'s
 */
public record DatasetFile(Source source, SourceFile file) implements Comparable<DatasetFile> {
    private static final Comparator<DatasetFile> ORDER = Comparator.comparingInt((DatasetFile dataset) ->
            dataset.source().order()).thenComparingInt(dataset -> dataset.source().files().indexOf(dataset.file()));
    private static final List<DatasetFile> STANDARD = of(Sources.standard());

    public DatasetFile {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(file, "file");
        if (!source.files().contains(file)) {
            throw new IllegalArgumentException("source " + source.id() + " lists no file " + file.name());
        }
        if (source.remotePath().isEmpty()) {
            throw new IllegalArgumentException("source " + source.id() + " is not fetched: it has no remote path");
        }
    }

    /** The files the cache keeps of the sources of {@code sources} that have a remote path, in registry order. */
    public static List<DatasetFile> of(Sources sources) {
        List<DatasetFile> files = new ArrayList<>();
        for (Source source : sources.sources()) {
            if (!source.remotePath().isEmpty()) {
                source.files().forEach(file -> files.add(new DatasetFile(source, file)));
            }
        }
        files.sort(ORDER);
        return List.copyOf(files);
    }

    /** The files of the standard registry ({@code Sources.standard()}) the cache keeps, in registry order. */
    public static List<DatasetFile> standard() {
        return STANDARD;
    }

    /**
     * The file {@code fileName} of the registered source {@code sourceId}.
     *
     * @throws IllegalArgumentException when the standard registry fetches no such file
     */
    public static DatasetFile named(String sourceId, String fileName) {
        return STANDARD.stream().filter(dataset -> dataset.source().id().equals(sourceId)
                && dataset.fileName().equals(fileName)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "no fetched file " + fileName + " of source " + sourceId + "; the cache keeps "
                        + STANDARD.stream().map(DatasetFile::cachePath).toList()));
    }

    /** The file's name, such as {@code russia_losses_equipment.json}. */
    public String fileName() {
        return file.name();
    }

    /** The file's place in the cache, with {@code /} separators: {@code general-staff/russia_losses_equipment.json}. */
    public String cachePath() {
        return source.pathOf(file);
    }

    /**
     * The download address under {@code baseUrl}: {@code https://raw.githubusercontent.com} gives the public
     * address, a mirror with the same paths gives its copy.
     */
    public URI url(URI baseUrl) {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + source.remotePath()
                + file.name());
    }

    /**
     * The format (with its reader) the file is read as, one of its source's; empty for a file that is checked, never
     * read as claims (it has no date).
     */
    public Optional<Format> format() {
        return file.format().map(id -> source.formats().stream().filter(format -> format.id().equals(id))
                .findFirst().orElseThrow());
    }

    /** Registry order: by source, then in the source's file order. */
    @Override
    public int compareTo(DatasetFile other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return cachePath();
    }
}
