package io.github.claimedlosses.stats;

import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Qualifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a statistics table holds, for labelling charts and exports.
 *
 * @param measure     what is measured, in words ("daily increment of the running totals")
 * @param valueColumn the column holding the main value, e.g. {@code increment}
 * @param unit        the unit of that column (see {@link #unitOf(Category)})
 * @param subjects    whose figures the values are computed from (for a ratio: the numerators)
 * @param relativeTo  for a ratio, whose figures it divides by; empty otherwise
 * @param qualifiers  how the input figures were stated; anything but {@code exact} makes the result approximate
 * @param notes       method and data notes a reader needs (how corrections were handled, the penalty used, ...)
 */
public record Description(String measure, String valueColumn, Unit unit, List<Scope> subjects,
                          List<Scope> relativeTo, Set<Qualifier> qualifiers, List<String> notes) {
    public Description {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(valueColumn, "valueColumn");
        Objects.requireNonNull(unit, "unit");
        subjects = List.copyOf(subjects);
        relativeTo = List.copyOf(relativeTo);
        qualifiers = Set.copyOf(qualifiers);
        notes = List.copyOf(notes);
    }

    /** True when some input figure was stated as approximate ("about", "more than", a range...). */
    public boolean approximate() {
        return qualifiers.stream().anyMatch(Qualifier::isApproximate);
    }

    /** True when some subject is a claim rather than a confirmed count. */
    public boolean claimed() {
        return subjects.stream().anyMatch(scope -> !scope.confirmed());
    }

    /** The unit of the value column for rows of {@code category}, e.g. "tanks per day". */
    public String unitOf(Category category) {
        return unit.of(category);
    }

    /**
     * A one-line title: the measure, whose figures and, for a ratio, relative to whose; "(approximate)" when an
     * input figure was not exact.
     */
    public String title() {
        String of = subjects.stream().map(Scope::label).collect(Collectors.joining("; "));
        String to = relativeTo.isEmpty() ? ""
                : " relative to " + relativeTo.stream().map(Scope::label).collect(Collectors.joining("; "));
        return measure + " — " + of + to + (approximate() ? " (approximate)" : "");
    }

    /** This description with {@code more} notes appended. */
    public Description withNotes(List<String> more) {
        List<String> all = new ArrayList<>(notes);
        all.addAll(more);
        return new Description(measure, valueColumn, unit, subjects, relativeTo, qualifiers, all);
    }
}
