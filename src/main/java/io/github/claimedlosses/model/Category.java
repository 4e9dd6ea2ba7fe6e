package io.github.claimedlosses.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A canonical loss category, as defined in the taxonomy data file ({@code taxonomy.json}).
 * Obtain instances from {@link Taxonomy}; two categories are equal when their ids are.
 */
public final class Category implements Comparable<Category> {
    private final String id;
    private final String label;
    private final String unit;
    private final List<String> aliases;
    private final LocalDate reportedFrom;
    private final LocalDate reportedUntil;
    private final String note;
    private final List<String> replaces;

    Category(String id, String label, String unit, List<String> aliases,
             LocalDate reportedFrom, LocalDate reportedUntil, String note, List<String> replaces) {
        this.id = Objects.requireNonNull(id, "id");
        this.label = Objects.requireNonNull(label, "label");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.aliases = List.copyOf(aliases);
        this.reportedFrom = reportedFrom;
        this.reportedUntil = reportedUntil;
        this.note = note == null ? "" : note;
        this.replaces = List.copyOf(replaces);
    }

    /** Canonical identifier, e.g. {@code armored_vehicles}. */
    public String id() {
        return id;
    }

    /** Human-readable name for titles and legends, e.g. "Armoured combat vehicles". */
    public String label() {
        return label;
    }

    /** What one unit of the value counts, e.g. "people" or "vehicles". */
    public String unit() {
        return unit;
    }

    /** The names sources use for this category (English and Ukrainian), as written in the taxonomy. */
    public List<String> aliases() {
        return aliases;
    }

    /** First date the General Staff reported this category, when it started later than the dataset. */
    public Optional<LocalDate> reportedFrom() {
        return Optional.ofNullable(reportedFrom);
    }

    /** Last date the General Staff reported this category, when it stopped. */
    public Optional<LocalDate> reportedUntil() {
        return Optional.ofNullable(reportedUntil);
    }

    /** Why the category starts or stops (for example the merge of 2022-05-01); empty when nothing to say. */
    public String note() {
        return note;
    }

    /**
     * Ids of the categories whose running totals this one continues from its {@link #reportedFrom()} date (their
     * sum on the day before), e.g. {@code vehicles} and {@code fuel_tanks} for {@code vehicles_fuel_tanks}; empty
     * for most. Resolve them with {@link Taxonomy#predecessors(Category)}.
     */
    List<String> replacedIds() {
        return replaces;
    }

    /** True when the General Staff reported this category on {@code date}. */
    public boolean isReportedOn(LocalDate date) {
        return (reportedFrom == null || !date.isBefore(reportedFrom))
                && (reportedUntil == null || !date.isAfter(reportedUntil));
    }

    @Override
    public int compareTo(Category other) {
        return id.compareTo(other.id);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Category && ((Category) other).id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
