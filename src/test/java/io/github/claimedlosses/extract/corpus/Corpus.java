package io.github.claimedlosses.extract.corpus;

import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.model.Taxonomy;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The evaluation corpus on the test class path ({@code io/github/claimedlosses/extract/corpus}): the index, the
 * documents' texts and their gold rows. A malformed index or gold file fails with its file, line and what is wrong.
 */
final class Corpus {
    static final String RESOURCE = "/io/github/claimedlosses/extract/corpus/";
    static final String INDEX = "index.csv";
    static final String[] INDEX_HEADER = {"file", "language", "published", "style", "losses"};
    static final String[] GOLD_HEADER = {"claimant", "side", "category", "value", "qualifier", "low", "high", "kind",
            "date"};

    private final Path root;
    private final List<CorpusDocument> documents;

    private Corpus(Path root, List<CorpusDocument> documents) {
        this.root = root;
        this.documents = List.copyOf(documents);
    }

    /** The corpus of the test resources. */
    static Corpus load() {
        URL index = Corpus.class.getResource(RESOURCE + INDEX);
        if (index == null) {
            throw new IllegalStateException("corpus index " + RESOURCE + INDEX + " is not on the test class path");
        }
        try {
            return load(Path.of(index.toURI()).getParent());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("corpus index " + index + " is not a file", e);
        }
    }

    /** The corpus in folder {@code root}, which holds {@code index.csv}. */
    static Corpus load(Path root) {
        Path index = root.resolve(INDEX);
        List<CorpusDocument> documents = new ArrayList<>();
        List<CSVRecord> records = records(index, INDEX, INDEX_HEADER);
        for (int i = 0; i < records.size(); i++) {
            CSVRecord record = records.get(i);
            String where = INDEX + ":" + (i + 2);
            String file = record.get("file");
            String language = record.get("language");
            if (!file.matches("[a-z]{2}/[A-Za-z0-9._-]+\\.txt")) {
                throw new IllegalStateException(where + ": file \"" + file + "\" is not <language>/<name>.txt");
            }
            if (!file.startsWith(language + "/")) {
                throw new IllegalStateException(where + ": file \"" + file + "\" is not in folder " + language);
            }
            String losses = record.get("losses");
            if (!losses.equals("yes") && !losses.equals("no")) {
                throw new IllegalStateException(where + ": losses is \"" + losses + "\", expected yes or no");
            }
            String style = record.get("style");
            if (style.isBlank()) {
                throw new IllegalStateException(where + ": style is empty");
            }
            documents.add(new CorpusDocument(file, language, date(record.get("published"), where), style,
                    losses.equals("yes")));
        }
        return new Corpus(root, documents);
    }

    /** The indexed documents in index order. */
    List<CorpusDocument> documents() {
        return documents;
    }

    /** The folder holding {@code index.csv}. */
    Path root() {
        return root;
    }

    /** The text of {@code document}. */
    String text(CorpusDocument document) {
        try {
            return Files.readString(root.resolve(document.file()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(document.file() + ": cannot be read", e);
        }
    }

    /** The gold rows of {@code document}, each with its row number as its order. */
    List<Figure> gold(CorpusDocument document) {
        Path file = root.resolve(document.goldFile());
        List<Figure> rows = new ArrayList<>();
        List<CSVRecord> records = records(file, document.goldFile(), GOLD_HEADER);
        for (int i = 0; i < records.size(); i++) {
            CSVRecord record = records.get(i);
            String where = document.goldFile() + ":" + (i + 2);
            try {
                rows.add(row(record, where, i));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ": " + e.getMessage(), e);
            }
        }
        return rows;
    }

    private static Figure row(CSVRecord record, String where, int order) {
        String claimant = record.get("claimant");
        if (!claimant.matches("[a-z]+(-[a-z]+)*")) {
            throw new IllegalArgumentException("claimant \"" + claimant + "\" is not an id");
        }
        String category = Taxonomy.standard().category(record.get("category")).id();
        return new Figure(claimant, Side.fromId(record.get("side")), category, number(record.get("value"), "value"),
                Qualifier.fromId(record.get("qualifier")), optionalNumber(record.get("low"), "low"),
                optionalNumber(record.get("high"), "high"), Kind.fromId(record.get("kind")),
                date(record.get("date"), where), order);
    }

    private static double number(String text, String field) {
        if (!text.matches("-?\\d+(\\.\\d+)?")) {
            throw new IllegalArgumentException(field + " \"" + text + "\" is not a plain number");
        }
        return Double.parseDouble(text);
    }

    private static Double optionalNumber(String text, String field) {
        return text.isEmpty() ? null : number(text, field);
    }

    private static LocalDate date(String text, String where) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(where + ": date \"" + text + "\" is not YYYY-MM-DD", e);
        }
    }

    /** The records of {@code file}, called {@code name} in messages, after checking its header and row widths. */
    private static List<CSVRecord> records(Path file, String name, String[] header) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = format.parse(reader)) {
            if (!parser.getHeaderNames().equals(List.of(header))) {
                throw new IllegalStateException(name + ":1: header is " + parser.getHeaderNames()
                        + ", expected " + List.of(header));
            }
            List<CSVRecord> records = parser.getRecords();
            for (int i = 0; i < records.size(); i++) {
                if (records.get(i).size() != header.length) {
                    throw new IllegalStateException(name + ":" + (i + 2) + ": "
                            + records.get(i).size() + " fields, expected " + header.length);
                }
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot be read", e);
        }
    }
}
