package io.github.claimedlosses.source;

import io.github.claimedlosses.model.BadInputException;
import io.github.claimedlosses.model.Claimant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The registry of sources, an immutable value, and the one entry point that reads any path into claims: it decides
 * once whether a file is a dataset or a text, and what a folder holds. {@link #standard()} holds every source the
 * {@link SourceProvider}s on the class path contribute, as Tablesaw's {@code ReaderRegistry} holds its readers.
 */
public final class Sources {
    /** A folder's README is about the folder, never one of its documents. */
    private static final String README = "readme.md";
    private static final Sources STANDARD = load();

    private final List<Source> sources;

    private Sources(List<Source> sources) {
        List<Source> sorted = new ArrayList<>(sources);
        sorted.sort(Comparator.comparingInt(Source::order).thenComparing(Source::id));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
                throw new IllegalArgumentException("two sources are named " + sorted.get(i).id());
            }
        }
        List<String> formats = sorted.stream().flatMap(source -> source.formats().stream()).map(Format::id).toList();
        if (formats.stream().distinct().count() != formats.size()) {
            throw new IllegalArgumentException("two sources read the same format: " + formats);
        }
        this.sources = List.copyOf(sorted);
    }

    /** Every source contributed by the {@link SourceProvider}s on the class path, in order. */
    public static Sources standard() {
        return STANDARD;
    }

    /** A registry of exactly {@code sources}. */
    public static Sources of(List<Source> sources) {
        return new Sources(sources);
    }

    /** This registry with {@code source} added. */
    public Sources with(Source source) {
        List<Source> all = new ArrayList<>(sources);
        all.add(source);
        return new Sources(all);
    }

    /** The sources, in order. */
    public List<Source> sources() {
        return sources;
    }

    /** The source named {@code id}. */
    public Source source(String id) {
        return sources.stream().filter(source -> source.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no source " + id + " (registered: "
                        + sources.stream().map(Source::id).collect(Collectors.joining(", ")) + ")"));
    }

    /** The first source whose figures are all stated by {@code claimant}, if any. */
    public Optional<Source> forClaimant(Claimant claimant) {
        return sources.stream().filter(source -> source.claimant().equals(Optional.of(claimant))).findFirst();
    }

    /** The format named {@code id}. */
    public Format format(String id) {
        return sources.stream().flatMap(source -> source.formats().stream()).filter(f -> f.id().equals(id))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown format \"" + id
                        + "\", expected one of: " + String.join(", ", formatIds())));
    }

    /** Every format's id, in order. */
    public List<String> formatIds() {
        return sources.stream().flatMap(source -> source.formats().stream()).map(Format::id).toList();
    }

    /**
     * The format of {@code file}: by name, then (refusing binary data) by content, then as a last resort, each pass
     * over every source in order.
     *
     * @throws BadInputException when the file is missing, empty, binary, or of no registered source
     */
    public Format detect(Path file) {
        Head head = Head.of(file);
        Optional<String> format = pass(head, Detection::byName);
        if (format.isEmpty()) {
            int nul = head.firstNul();
            if (nul >= 0) {
                throw new BadInputException(head.name(), "byte " + nul, "binary data (a NUL byte), not a format "
                        + "this tool reads");
            }
            format = pass(head, Detection::byContent).or(() -> pass(head, Detection::fallback));
        }
        return format(format.orElseThrow(() -> new BadInputException(head.name(), "", "not a format this tool reads "
                + "(expected " + String.join(", ", formatIds()) + "); use --format to force one")));
    }

    private Optional<String> pass(Head head, PassFunction pass) {
        for (Source source : sources) {
            Optional<String> format = pass.apply(source.detection(), head);
            if (format.isPresent()) {
                return format;
            }
        }
        return Optional.empty();
    }

    @FunctionalInterface
    private interface PassFunction {
        Optional<String> apply(Detection detection, Head head);
    }

    /**
     * The claims of any path: a file, its format detected; a folder, every file {@link #filesIn} lists.
     *
     * @param lenient keep the good records of a dataset file with bad ones
     * @throws BadInputException when a file cannot be read, or a folder holds nothing this tool reads
     */
    public List<Reading> read(Path path, boolean lenient) {
        if (Files.isDirectory(path)) {
            List<Path> files = filesIn(path);
            if (files.isEmpty()) {
                throw new BadInputException(path.toString(), "", "holds no file this tool reads (dataset files in "
                        + "their folders such as " + exampleFiles() + ", or documents)");
            }
            return files.stream().map(file -> read(file, detect(file), lenient)).toList();
        }
        requireFile(path);
        return List.of(read(path, detect(path), lenient));
    }

    /** The claims of {@code file} read as {@code format}. */
    public Reading read(Path file, Format format, boolean lenient) {
        requireFile(file);
        return format.reader().read(file, lenient);
    }

    /**
     * What a folder holds, in reading order: the dataset files of every source in their sub-folders, then the
     * documents (files recognised by name, such as {@code .txt} and {@code .md}, except a README), sorted by name.
     */
    public List<Path> filesIn(Path folder) {
        List<Path> files = new ArrayList<>(datasetFiles(folder, (source, file) -> true));
        files.addAll(documents(folder));
        return files;
    }

    /** The read files accepted by {@code which} present in {@code folder}, in reading order. */
    public List<Path> datasetFiles(Path folder, BiPredicate<Source, SourceFile> which) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        for (Source source : sources) {
            for (SourceFile file : source.files()) {
                Path path = folder.resolve(source.pathOf(file));
                if (file.format().isPresent() && which.test(source, file) && Files.isRegularFile(path)) {
                    files.add(path);
                }
            }
        }
        return files;
    }

    /** The documents of {@code folder}: files any source recognises by name, except a README, sorted by name. */
    public List<Path> documents(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().toLowerCase(Locale.ROOT).equals(README))
                    .filter(this::recognisedByName).sorted().toList();
        } catch (IOException e) {
            throw new BadInputException(folder.toString(), "", "cannot be listed: " + e.getMessage());
        }
    }

    /**
     * The claims of the read files accepted by {@code which} in {@code folder}, in reading order, each read as its
     * source says.
     *
     * @throws BadInputException when {@code folder} is not a folder or holds none of those files
     */
    public List<Reading> readDatasets(Path folder, BiPredicate<Source, SourceFile> which, boolean lenient) {
        if (!Files.isDirectory(folder)) {
            throw new BadInputException(folder.toString(), "", "is not a folder");
        }
        List<Supplier<Reading>> reads = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (Source source : sources) {
            for (SourceFile file : source.files()) {
                if (file.format().isEmpty() || !which.test(source, file)) {
                    continue;
                }
                expected.add(source.pathOf(file));
                Path path = folder.resolve(source.pathOf(file));
                if (Files.isRegularFile(path)) {
                    Format format = format(file.format().get());
                    reads.add(() -> read(path, format, lenient));
                }
            }
        }
        List<Reading> readings = inParallel(reads);
        if (readings.isEmpty()) {
            throw new BadInputException(folder.toString(), "", "holds none of the dataset files " + expected);
        }
        return readings;
    }

    /**
     * The results of {@code reads}, run on all cores, in their order; when some fail, the first failure in that order
     * is thrown, as a sequential run would (each read depends only on its own file).
     */
    private static List<Reading> inParallel(List<Supplier<Reading>> reads) {
        List<Object> outcomes = reads.parallelStream().<Object>map(read -> {
            try {
                return read.get();
            } catch (RuntimeException | Error e) {
                return e;
            }
        }).toList();
        List<Reading> readings = new ArrayList<>(outcomes.size());
        for (Object outcome : outcomes) {
            if (outcome instanceof RuntimeException e) {
                throw e;
            }
            if (outcome instanceof Error e) {
                throw e;
            }
            readings.add((Reading) outcome);
        }
        return readings;
    }

    private boolean recognisedByName(Path file) {
        // Only the name is looked at: a listing never opens the files.
        Head name = Head.named(file.getFileName().toString());
        return sources.stream().anyMatch(source -> source.detection().byName(name).isPresent());
    }

    private String exampleFiles() {
        return sources.stream().filter(source -> !source.folder().isEmpty()).flatMap(source -> source.files()
                .stream().filter(file -> file.format().isPresent()).limit(1).map(source::pathOf))
                .collect(Collectors.joining(", "));
    }

    private static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file.toString(), "", Files.exists(file) ? "is not a regular file"
                    : "no such file");
        }
    }

    private static Sources load() {
        List<Source> all = new ArrayList<>();
        for (SourceProvider provider : ServiceLoader.load(SourceProvider.class, SourceProvider.class.getClassLoader())) {
            all.addAll(provider.sources());
        }
        return new Sources(all);
    }
}
