package io.github.claimedlosses.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One of the extraction data files beside this class, read once. A missing file or field is a packaging error
 * and fails with the file and field named.
 */
final class DataFile {
    private final String name;
    private final JsonNode root;

    private DataFile(String name, JsonNode root) {
        this.name = name;
        this.root = root;
    }

    /** Reads the data file {@code name} from the classpath. */
    static DataFile load(String name) {
        return new DataFile(name, read(name));
    }

    /**
     * The data file {@code name} with the section {@code section} of every language's {@code words.json} merged in
     * (see {@link Languages}): lists are joined, objects merged field by field, so that the rules read the words of
     * all languages as one vocabulary.
     */
    static DataFile withLanguages(String name, String section) {
        return withLanguages(name, section, Set.of());
    }

    /**
     * {@link #withLanguages(String, String)} without the fields {@code own}, which each language keeps to itself
     * (read from {@link Language#words()}: Spanish "entre ... y" and French "entre ... et").
     */
    static DataFile withLanguages(String name, String section, Set<String> own) {
        JsonNode merged = read(name).deepCopy();
        StringBuilder what = new StringBuilder(name);
        for (Language language : Languages.standard().all()) {
            JsonNode words = language.words().path(section);
            if (!words.isMissingNode()) {
                ObjectNode shared = ((ObjectNode) words).deepCopy();
                shared.remove(own);
                merge((ObjectNode) merged, shared, name + " + " + language.code() + " " + section);
                what.append(", ").append(language.code());
            }
        }
        return new DataFile(what.toString(), merged);
    }

    /** Merges {@code from} into {@code into}: lists joined, objects merged, a scalar given twice is an error. */
    static void merge(ObjectNode into, JsonNode from, String what) {
        for (Map.Entry<String, JsonNode> entry : from.properties()) {
            JsonNode existing = into.get(entry.getKey());
            JsonNode value = entry.getValue();
            if (existing == null) {
                into.set(entry.getKey(), value.deepCopy());
            } else if (existing.isArray() && value.isArray()) {
                ((ArrayNode) existing).addAll((ArrayNode) value.deepCopy());
            } else if (existing.isObject() && value.isObject()) {
                merge((ObjectNode) existing, value, what);
            } else if (!existing.equals(value)) {
                throw new IllegalStateException("extraction data file " + what + ": \"" + entry.getKey()
                        + "\" is given twice with different values");
            }
        }
    }

    /** The JSON of the classpath resource {@code name} beside this class. */
    static JsonNode read(String name) {
        try (InputStream in = DataFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("extraction data file " + name + " is missing from the classpath");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read extraction data file " + name, e);
        }
    }

    /** The node at {@code path} (field names separated by dots). */
    JsonNode node(String path) {
        JsonNode node = root;
        for (String field : path.split("\\.")) {
            node = node.path(field);
        }
        if (node.isMissingNode()) {
            throw new IllegalStateException("extraction data file " + name + " has no \"" + path + "\"");
        }
        return node;
    }

    /** The list of strings at {@code path}. */
    List<String> strings(String path) {
        return strings(node(path));
    }

    /** The strings of an array node. */
    static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(element -> strings.add(element.asText()));
        return strings;
    }

    /** The object at {@code path} as a map in file order, each value converted by {@code value}. */
    <V> Map<String, V> map(String path, Function<JsonNode, V> value) {
        Map<String, V> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node(path).properties()) {
            map.put(entry.getKey(), value.apply(entry.getValue()));
        }
        return map;
    }

    /** Every phrase of the object at {@code path}, whose fields are values and hold lists of phrases. */
    <V> Map<String, V> phrasesByValue(String path, Function<String, V> value) {
        Map<String, V> phrases = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> entry : map(path, DataFile::strings).entrySet()) {
            V converted = value.apply(entry.getKey());
            for (String phrase : entry.getValue()) {
                V previous = phrases.put(phrase, converted);
                if (previous != null && !previous.equals(converted)) {
                    throw new IllegalStateException("extraction data file " + name + ": \"" + phrase + "\" is under both "
                            + previous + " and " + converted + " in \"" + path + "\"");
                }
            }
        }
        return phrases;
    }
}
