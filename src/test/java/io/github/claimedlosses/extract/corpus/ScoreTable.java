package io.github.claimedlosses.extract.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The corpus-wide score: gold, predicted and matched figures per language and kind group, the share of matched
 * figures with the right claimant, date and qualifier per language, and the figures read from no-loss documents.
 * {@link #render()} is the table the score test prints; {@link #failures} lists what falls below the bounds.
 */
final class ScoreTable {
    /** Bounds of the done list: precision and recall of totals and daily changes, claimant and date shares. */
    static final double MIN_PRECISION = 0.97;
    static final double MIN_RECALL = 0.93;
    static final double MIN_ATTRIBUTES = 0.95;
    private static final String ALL = "all";
    /** Lines of expected and got figures listed per document in {@link #worst}. */
    private static final int LINES_PER_DOCUMENT = 12;

    private final Map<String, Map<KindGroup, int[]>> counts = new TreeMap<>();
    private final Map<String, int[]> attributes = new TreeMap<>();
    private final Map<String, Integer> noLossFigures = new LinkedHashMap<>();
    private final Map<String, DocumentScore> documents = new LinkedHashMap<>();

    /** Adds one document's score. */
    void add(CorpusDocument document, List<Figure> gold, DocumentScore score) {
        documents.put(document.file(), score);
        for (String language : List.of(document.language(), ALL)) {
            Map<KindGroup, int[]> groups = counts.computeIfAbsent(language, key -> new EnumMap<>(KindGroup.class));
            for (Figure row : gold) {
                KindGroup.of(row.kind()).ifPresent(group -> cell(groups, group)[0]++);
            }
            for (DocumentScore.Pair pair : score.matched()) {
                KindGroup.of(pair.gold().kind()).ifPresent(group -> {
                    cell(groups, group)[1]++;
                    cell(groups, group)[2]++;
                });
            }
            for (Figure extra : score.extra()) {
                KindGroup.of(extra.kind()).ifPresent(group -> cell(groups, group)[1]++);
            }
            int[] shares = attributes.computeIfAbsent(language, key -> new int[4]);
            for (DocumentScore.Pair pair : score.matched()) {
                shares[0]++;
                shares[1] += pair.claimantRight() ? 1 : 0;
                shares[2] += pair.dateRight() ? 1 : 0;
                shares[3] += pair.qualifierRight() ? 1 : 0;
            }
        }
        if (!document.losses()) {
            noLossFigures.put(document.file(), score.extra().size());
        }
    }

    private static int[] cell(Map<KindGroup, int[]> groups, KindGroup group) {
        return groups.computeIfAbsent(group, key -> new int[3]);
    }

    /** Gold, predicted and matched figures of {@code group} in {@code language} ({@code all} for the corpus). */
    int[] counts(String language, KindGroup group) {
        return counts.getOrDefault(language, Map.of()).getOrDefault(group, new int[3]).clone();
    }

    /** Matched over predicted figures of {@code group} in {@code language}; NaN when nothing was predicted. */
    double precision(String language, KindGroup group) {
        int[] cell = counts(language, group);
        return ratio(cell[2], cell[1]);
    }

    /** Matched over gold figures of {@code group} in {@code language}; NaN when the gold has none. */
    double recall(String language, KindGroup group) {
        int[] cell = counts(language, group);
        return ratio(cell[2], cell[0]);
    }

    /** Matched figures and how many have the right claimant, date and qualifier, in {@code language}. */
    int[] attributes(String language) {
        return attributes.getOrDefault(language, new int[4]).clone();
    }

    /** Figures read from the no-loss documents, all together. */
    int noLossFigures() {
        return noLossFigures.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** What falls below the bounds, one line each; empty when the corpus passes. */
    List<String> failures() {
        List<String> failures = new ArrayList<>();
        for (String language : counts.keySet()) {
            if (language.equals(ALL)) {
                continue;
            }
            for (KindGroup group : List.of(KindGroup.TOTALS, KindGroup.DAILY_CHANGES)) {
                int[] cell = counts(language, group);
                if (precision(language, group) < MIN_PRECISION) {
                    failures.add(String.format(Locale.ROOT, "%s %s: precision %.3f (%d of %d) is below %.2f",
                            language, group.label(), precision(language, group), cell[2], cell[1], MIN_PRECISION));
                }
                if (recall(language, group) < MIN_RECALL) {
                    failures.add(String.format(Locale.ROOT, "%s %s: recall %.3f (%d of %d) is below %.2f",
                            language, group.label(), recall(language, group), cell[2], cell[0], MIN_RECALL));
                }
            }
            int[] shares = attributes(language);
            String[] names = {"claimant", "date"};
            for (int i = 0; i < names.length; i++) {
                if (shares[0] > 0 && ratio(shares[i + 1], shares[0]) < MIN_ATTRIBUTES) {
                    failures.add(String.format(Locale.ROOT, "%s: %s right for %.3f of matched figures (%d of %d),"
                                    + " below %.2f", language, names[i], ratio(shares[i + 1], shares[0]),
                            shares[i + 1], shares[0], MIN_ATTRIBUTES));
                }
            }
        }
        noLossFigures.forEach((file, figures) -> {
            if (figures > 0) {
                failures.add(file + ": " + figures + " figure(s) read from a document with no loss claims");
            }
        });
        return failures;
    }

    /** The score table, one row per language and kind group, then the attribute shares and the no-loss count. */
    String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-8s %-14s %6s %9s %8s %9s %7s%n", "language", "kind", "gold",
                "predicted", "matched", "precision", "recall"));
        for (String language : languagesLast()) {
            for (KindGroup group : KindGroup.values()) {
                int[] cell = counts(language, group);
                if (cell[0] == 0 && cell[1] == 0) {
                    continue;
                }
                out.append(String.format(Locale.ROOT, "%-8s %-14s %6d %9d %8d %9s %7s%n", language, group.label(),
                        cell[0], cell[1], cell[2], share(cell[2], cell[1]), share(cell[2], cell[0])));
            }
        }
        out.append(String.format(Locale.ROOT, "%n%-8s %8s %9s %7s %10s%n", "language", "matched", "claimant",
                "date", "qualifier"));
        for (String language : languagesLast()) {
            int[] shares = attributes(language);
            out.append(String.format(Locale.ROOT, "%-8s %8d %9s %7s %10s%n", language, shares[0],
                    share(shares[1], shares[0]), share(shares[2], shares[0]), share(shares[3], shares[0])));
        }
        out.append(String.format(Locale.ROOT, "%nno-loss documents: %d, figures read from them: %d%n",
                noLossFigures.size(), noLossFigures()));
        return out.toString();
    }

    /** The documents furthest from their gold, worst first, each with what was expected and what came back. */
    String worst(int limit) {
        List<Map.Entry<String, DocumentScore>> entries = new ArrayList<>(documents.entrySet());
        entries.removeIf(entry -> entry.getValue().errors() == 0);
        entries.sort(Comparator.comparingInt((Map.Entry<String, DocumentScore> entry) -> -entry.getValue().errors())
                .thenComparing(Map.Entry::getKey));
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, DocumentScore> entry : entries.subList(0, Math.min(limit, entries.size()))) {
            DocumentScore score = entry.getValue();
            out.append(entry.getKey()).append(": ").append(score.missed().size()).append(" missed, ")
                    .append(score.extra().size()).append(" extra").append(System.lineSeparator());
            List<String> lines = new ArrayList<>();
            score.missed().forEach(missed -> lines.add("    expected " + missed.describe()));
            score.extra().forEach(extra -> lines.add("    got      " + extra.describe()));
            for (DocumentScore.Pair pair : score.matched()) {
                if (!pair.claimantRight() || !pair.dateRight()) {
                    lines.add("    expected " + pair.gold().describe() + System.lineSeparator() + "      but got "
                            + pair.predicted().describe());
                }
            }
            lines.subList(0, Math.min(LINES_PER_DOCUMENT, lines.size()))
                    .forEach(line -> out.append(line).append(System.lineSeparator()));
            if (lines.size() > LINES_PER_DOCUMENT) {
                out.append("    ... and ").append(lines.size() - LINES_PER_DOCUMENT).append(" more")
                        .append(System.lineSeparator());
            }
        }
        if (entries.size() > limit) {
            out.append("... and ").append(entries.size() - limit).append(" more documents with errors")
                    .append(System.lineSeparator());
        }
        return out.toString();
    }

    private List<String> languagesLast() {
        List<String> languages = new ArrayList<>(counts.keySet());
        languages.remove(ALL);
        languages.add(ALL);
        return languages;
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }

    private static String share(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) part / whole);
    }
}
