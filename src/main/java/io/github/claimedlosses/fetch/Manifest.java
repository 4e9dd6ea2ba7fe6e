package io.github.claimedlosses.fetch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.claimedlosses.files.OutputFiles;
import io.github.claimedlosses.model.BadInputException;
import io.github.claimedlosses.read.JsonRecords;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;

/**
 * The cache's record of its files ({@value #FILE_NAME}), one entry per {@link DatasetFile}: URL, fetch time,
 * size, SHA-256, last date and the server's validators. Immutable; written in registry order so that equal
 * manifests are equal bytes.
 */
public final class Manifest {
    /** The manifest's name in the cache folder. */
    public static final String FILE_NAME = "manifest.json";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String FILES = "files";

    private final Map<DatasetFile, ManifestEntry> entries;

    private Manifest(Map<DatasetFile, ManifestEntry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    /** A manifest without entries. */
    public static Manifest empty() {
        return new Manifest(new TreeMap<>());
    }

    /**
     * Reads a manifest; a missing file is an empty manifest, and entries for files this version does not know are
     * left out.
     *
     * @throws BadInputException when the file is not a manifest
     */
    public static Manifest read(Path file) {
        String name = file.getFileName().toString();
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return empty();
        } catch (JsonProcessingException e) {
            throw new BadInputException(name, "", "not valid JSON: " + JsonRecords.plain(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new BadInputException(name, "", "cannot be read: " + e.getMessage());
        }
        if (root == null || !root.path(FILES).isObject()) {
            throw new BadInputException(name, "", "no \"" + FILES + "\" object: not a manifest of this tool");
        }
        Map<DatasetFile, ManifestEntry> entries = new TreeMap<>();
        for (DatasetFile dataset : DatasetFile.standard()) {
            JsonNode node = root.path(FILES).path(dataset.cachePath());
            if (!node.isMissingNode()) {
                entries.put(dataset, entry(node, name, dataset.cachePath()));
            }
        }
        return new Manifest(entries);
    }

    /** The entry of {@code file}, if any. */
    public Optional<ManifestEntry> entry(DatasetFile file) {
        return Optional.ofNullable(entries.get(file));
    }

    /** Every entry, in registry order. */
    public Map<DatasetFile, ManifestEntry> entries() {
        return entries;
    }

    /** This manifest with {@code entry} for {@code file}, replacing any previous one. */
    public Manifest with(DatasetFile file, ManifestEntry entry) {
        Map<DatasetFile, ManifestEntry> copy = new TreeMap<>();
        copy.putAll(entries);
        copy.put(file, entry);
        return new Manifest(copy);
    }

    /** Writes the manifest to {@code file} atomically. */
    public void write(Path file) {
        OutputFiles.writeAtomically(file, toJson());
    }

    /** The manifest as indented JSON, ending with a newline. */
    public String toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode files = root.putObject(FILES);
        entries.forEach((dataset, entry) -> {
            ObjectNode node = files.putObject(dataset.cachePath());
            node.put("url", entry.url().toString());
            node.put("fetched", entry.fetched().toString());
            node.put("size", entry.size());
            node.put("sha256", entry.sha256());
            entry.lastDate().ifPresent(date -> node.put("lastDate", date.toString()));
            entry.etag().ifPresent(etag -> node.put("etag", etag));
            entry.lastModified().ifPresent(time -> node.put("lastModified", time));
        });
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static ManifestEntry entry(JsonNode node, String name, String key) {
        try {
            return new ManifestEntry(URI.create(required(node, "url")), Instant.parse(required(node, "fetched")),
                    node.path("size").asLong(-1), required(node, "sha256"),
                    optional(node, "lastDate").map(LocalDate::parse), optional(node, "etag"),
                    optional(node, "lastModified"));
        } catch (RuntimeException e) {
            throw new BadInputException(name, "entry \"" + key + "\"", "is not a valid entry: " + e.getMessage());
        }
    }

    private static String required(JsonNode node, String field) {
        return optional(node, field).orElseThrow(() -> new IllegalArgumentException("no \"" + field + "\""));
    }

    private static Optional<String> optional(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }
}
