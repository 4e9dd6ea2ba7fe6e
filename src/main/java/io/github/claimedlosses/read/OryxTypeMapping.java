package io.github.claimedlosses.read;

import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Taxonomy;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The documented mapping of Oryx equipment types to canonical categories ({@code oryx-types.csv} beside this
 * class). Every type is either mapped to one category or listed as deliberately unmapped, with a reason.
 */
public final class OryxTypeMapping {
    private static final String RESOURCE = "oryx-types.csv";
    /** Oryx aggregate rows embed their totals in the name: "Losses excluding ... - 14057, of which: ...". */
    private static final Pattern EMBEDDED_TOTALS = Pattern.compile("^(.*?) - \\d+, of which:.*$", Pattern.DOTALL);

    /** One line of the mapping file: the category is empty for a deliberately unmapped type. */
    public record Entry(String oryxType, Optional<Category> category, String note) {
    }

    private final Map<String, Entry> entries;

    private OryxTypeMapping(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    /** The mapping shipped with the library. */
    public static OryxTypeMapping standard() {
        return Standard.INSTANCE;
    }

    /** All entries in file order. */
    public Map<String, Entry> entries() {
        return entries;
    }

    /**
     * The entry for a type name as it appears in the Oryx files, after {@link #baseName} clean-up;
     * empty when the type is in neither list.
     */
    public Optional<Entry> lookup(String rawType) {
        return Optional.ofNullable(entries.get(baseName(rawType)));
    }

    /** The type name without surrounding white space and without totals embedded in it. */
    public static String baseName(String rawType) {
        String name = rawType.strip();
        Matcher matcher = EMBEDDED_TOTALS.matcher(name);
        return matcher.matches() ? matcher.group(1).strip() : name;
    }

    private static OryxTypeMapping load(Taxonomy taxonomy) {
        try (InputStream in = OryxTypeMapping.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("mapping file " + RESOURCE + " is missing from the classpath");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            Map<String, Entry> entries = new LinkedHashMap<>();
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                for (CSVRecord row : parser) {
                    String type = row.get("oryx_type");
                    String id = row.get("category");
                    Optional<Category> category = id.isEmpty() ? Optional.empty() : Optional.of(taxonomy.category(id));
                    if (entries.put(type, new Entry(type, category, row.get("note"))) != null) {
                        throw new IllegalStateException(RESOURCE + ": type \"" + type + "\" is listed twice");
                    }
                }
            }
            return new OryxTypeMapping(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read mapping file " + RESOURCE, e);
        }
    }

    private static final class Standard {
        static final OryxTypeMapping INSTANCE = load(Taxonomy.standard());
    }
}
