package io.github.claimedlosses.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.claimedlosses.notebook.display.MimeBundle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Jupyter notebook file (nbformat 4): its code cells' sources and saved outputs, and the outputs of a fresh run
 * in the form Jupyter saves them. The test never writes notebooks: their outputs come from a run in the real kernel.
 */
final class NotebookFile {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Path path;
    private final ObjectNode root;

    private NotebookFile(Path path, ObjectNode root) {
        this.path = path;
        this.root = root;
    }

    static NotebookFile read(Path path) {
        try {
            return new NotebookFile(path, (ObjectNode) JSON.readTree(path.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }

    Path path() {
        return path;
    }

    JsonNode metadata() {
        return root.path("metadata");
    }

    int majorFormat() {
        return root.path("nbformat").asInt();
    }

    /** The code cells, in order. */
    List<ObjectNode> codeCells() {
        List<ObjectNode> cells = new ArrayList<>();
        root.path("cells").forEach(cell -> {
            if (cell.path("cell_type").asText().equals("code")) {
                cells.add((ObjectNode) cell);
            }
        });
        return cells;
    }

    /** A cell's source as one string. */
    static String source(JsonNode cell) {
        return text(cell.path("source"));
    }

    /** A multi-line field (a list of lines or one string) as one string. */
    static String text(JsonNode field) {
        if (field.isArray()) {
            StringBuilder joined = new StringBuilder();
            field.forEach(line -> joined.append(line.asText()));
            return joined.toString();
        }
        return field.asText();
    }

    /**
     * The outputs of a cell run as the kernel publishes them: its streams, then its value's display data as an
     * {@code execute_result} with the MIME types in alphabetical order, as Jupyter writes them.
     *
     * @param value the display data by MIME type, or null when the cell shows no value
     */
    static ArrayNode outputs(String stdout, String stderr, Map<String, String> value, int executionCount) {
        ArrayNode outputs = NODES.arrayNode();
        for (Map.Entry<String, String> stream : List.of(Map.entry("stdout", stdout), Map.entry("stderr", stderr))) {
            if (!stream.getValue().isEmpty()) {
                ObjectNode output = outputs.addObject();
                output.put("name", stream.getKey());
                output.put("output_type", "stream");
                output.set("text", lines(stream.getValue()));
            }
        }
        if (value != null) {
            ObjectNode result = outputs.addObject();
            ObjectNode data = result.putObject("data");
            new TreeMap<>(value).forEach((type, content) -> data.set(type, type.equals(MimeBundle.IMAGE_PNG)
                    ? NODES.textNode(content) : lines(content)));
            result.put("execution_count", executionCount);
            result.putObject("metadata");
            result.put("output_type", "execute_result");
        }
        return outputs;
    }

    private static ArrayNode lines(String text) {
        ArrayNode lines = NODES.arrayNode();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            lines.add(text.substring(start, end));
            start = end;
        }
        return lines;
    }
}
