package io.github.claimedlosses.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.StringColumn;

/**
 * The parts of one series: the dataset items its figures were read from, grouped into lineages. An item first listed
 * after another item of the series was last listed continues it (a renamed item: Oryx's "Trucks, Vehicles, and
 * Jeeps" became "Trucks, Vehicles, Jeeps, and Trains"; a text source words each day's figure differently); items
 * listed over overlapping periods are different parts (Oryx's types of one category). When several lineages have
 * ended, a new item continues the one that ended last.
 */
final class Parts {
    private final Map<String, String> lineageOf;
    private final List<List<String>> lineages;

    private Parts(Map<String, String> lineageOf, List<List<String>> lineages) {
        this.lineageOf = lineageOf;
        this.lineages = lineages;
    }

    /** The parts of a series from its item and date columns (same length). */
    static Parts of(StringColumn items, DateColumn dates) {
        Map<String, LocalDate[]> spans = new TreeMap<>();
        for (int row = 0; row < items.size(); row++) {
            LocalDate date = dates.get(row);
            spans.merge(items.get(row), new LocalDate[] {date, date}, (a, b) -> new LocalDate[] {
                    a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
        }
        List<String> ordered = spans.keySet().stream()
                .sorted(Comparator.comparing((String item) -> spans.get(item)[0]).thenComparing(item -> item))
                .toList();
        Map<String, String> lineageOf = new LinkedHashMap<>();
        Map<String, List<String>> lineages = new LinkedHashMap<>();
        Map<String, LocalDate> lineageEnd = new LinkedHashMap<>();
        for (String item : ordered) {
            LocalDate first = spans.get(item)[0];
            String continued = lineageEnd.entrySet().stream().filter(end -> end.getValue().isBefore(first))
                    .max(Map.Entry.<String, LocalDate>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).orElse(item);
            lineageOf.put(item, continued);
            lineages.computeIfAbsent(continued, key -> new ArrayList<>()).add(item);
            lineageEnd.put(continued, spans.get(item)[1]);
        }
        return new Parts(lineageOf, new ArrayList<>(lineages.values()));
    }

    /** The lineage of an item: the name of its lineage's first item. */
    String lineage(String item) {
        return lineageOf.get(item);
    }

    /** Number of lineages. */
    int count() {
        return lineages.size();
    }

    /** The lineages for display: items of a lineage joined with " → ", lineages with " + ", sorted. */
    String names() {
        return lineages.stream().map(items -> String.join(" → ", items)).sorted()
                .collect(Collectors.joining(" + "));
    }
}
