package io.github.claimedlosses.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The canonical loss categories and the names sources give them, loaded once from the data file
 * {@code taxonomy.json} beside this class. Lookups by alias ignore case and runs of white space.
 */
public final class Taxonomy {
    private static final String RESOURCE = "taxonomy.json";

    private final Map<String, Category> byId;
    private final Map<String, Category> byAlias;

    private Taxonomy(List<Category> categories) {
        Map<String, Category> ids = new LinkedHashMap<>();
        Map<String, Category> aliases = new LinkedHashMap<>();
        for (Category category : categories) {
            if (ids.put(category.id(), category) != null) {
                throw new IllegalStateException("taxonomy: category \"" + category.id() + "\" is defined twice");
            }
            register(aliases, category.id(), category);
            if (!category.replacedIds().isEmpty() && category.reportedFrom().isEmpty()) {
                throw new IllegalStateException("taxonomy: category \"" + category.id()
                        + "\" replaces others but has no reportedFrom date");
            }
            register(aliases, category.label(), category);
            for (String alias : category.aliases()) {
                register(aliases, alias, category);
            }
        }
        for (Category category : categories) {
            for (String replaced : category.replacedIds()) {
                if (!ids.containsKey(replaced)) {
                    throw new IllegalStateException("taxonomy: category \"" + category.id() + "\" replaces unknown \""
                            + replaced + "\"");
                }
            }
        }
        this.byId = Collections.unmodifiableMap(ids);
        this.byAlias = Collections.unmodifiableMap(aliases);
    }

    private static void register(Map<String, Category> aliases, String alias, Category category) {
        Category previous = aliases.put(normalize(alias), category);
        if (previous != null && !previous.equals(category)) {
            throw new IllegalStateException("taxonomy: alias \"" + alias + "\" names both "
                    + previous.id() + " and " + category.id());
        }
    }

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    /** The taxonomy shipped with the library. */
    public static Taxonomy standard() {
        return Standard.INSTANCE;
    }

    /** All categories in the order of the data file. */
    public List<Category> categories() {
        return List.copyOf(byId.values());
    }

    /**
     * The category with canonical id {@code id}.
     *
     * @throws IllegalArgumentException when no category has that id
     */
    public Category category(String id) {
        Category category = byId.get(id);
        if (category == null) {
            throw new IllegalArgumentException("unknown category " + BadInputException.shown(id) + ", expected one of: "
                    + String.join(", ", byId.keySet()));
        }
        return category;
    }

    /**
     * The categories whose running totals {@code category} continues when it starts (taxonomy key
     * {@code replaces}): {@code vehicles} and {@code fuel_tanks} for {@code vehicles_fuel_tanks}. Empty for a
     * category that continues nothing.
     */
    public List<Category> predecessors(Category category) {
        return category.replacedIds().stream().map(this::category).toList();
    }

    /** The category a source's name for it denotes ("APC", "tank", "танків"), if any. */
    public Optional<Category> byAlias(String name) {
        return Optional.ofNullable(byAlias.get(normalize(name)));
    }

    /** Every known name (normalized: lower case, single spaces) with the category it denotes. */
    public Map<String, Category> aliasIndex() {
        return byAlias;
    }

    /** Lower case, trimmed, runs of white space folded to one space: the form aliases are compared in. */
    public static String normalize(String name) {
        return WHITE_SPACE.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static Taxonomy load() {
        try (InputStream in = Taxonomy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("taxonomy data file " + RESOURCE + " is missing from the classpath");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<Category> categories = new ArrayList<>();
            for (JsonNode node : root.path("categories")) {
                categories.add(parse(node));
            }
            return new Taxonomy(categories);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read taxonomy data file " + RESOURCE, e);
        }
    }

    private static Category parse(JsonNode node) {
        List<String> aliases = new ArrayList<>();
        node.path("aliases").forEach(alias -> aliases.add(alias.asText()));
        List<String> replaces = new ArrayList<>();
        node.path("replaces").forEach(id -> replaces.add(id.asText()));
        return new Category(
                node.path("id").asText(),
                node.path("label").asText(),
                node.path("unit").asText(),
                aliases,
                date(node.path("reportedFrom")),
                date(node.path("reportedUntil")),
                node.path("note").asText(""),
                replaces);
    }

    private static LocalDate date(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : LocalDate.parse(node.asText());
    }

    /** Lazy holder: the file is read on first use, once. */
    private static final class Standard {
        static final Taxonomy INSTANCE = load();
    }
}
