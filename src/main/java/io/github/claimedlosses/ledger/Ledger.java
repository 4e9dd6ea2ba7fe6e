package io.github.claimedlosses.ledger;

import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Provenance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Who claimed what, when, and whether the documents agree: one {@link LedgerEntry} per claimant, side, category,
 * as-of date and kind, in that order. Immutable. {@link #table()} and {@link #conflictsTable} are its Tablesaw
 * views; {@link #series} turns one claimant's entries back into tidy claims for the statistics.
 */
public final class Ledger {
    private final List<LedgerEntry> entries;

    private Ledger(List<LedgerEntry> entries) {
        this.entries = entries;
    }

    /** The ledger of {@code entries}, sorted by key; two entries for one key are refused. */
    public static Ledger of(List<LedgerEntry> entries) {
        List<LedgerEntry> sorted = new ArrayList<>(entries);
        sorted.sort((a, b) -> a.key().compareTo(b.key()));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).key().equals(sorted.get(i - 1).key())) {
                throw new IllegalArgumentException("two ledger entries for " + sorted.get(i).key().text());
            }
        }
        return new Ledger(List.copyOf(sorted));
    }

    /** The entries, in key order. */
    public List<LedgerEntry> entries() {
        return entries;
    }

    /** The claimants with at least one entry, in their enum order. */
    public Set<Claimant> claimants() {
        Set<Claimant> claimants = EnumSet.noneOf(Claimant.class);
        entries.forEach(entry -> claimants.add(entry.key().claimant()));
        return claimants;
    }

    /** The keys stated with different values, each with the dataset's value where {@code reference} has one. */
    public List<Conflict> conflicts(ReferenceFigures reference) {
        return entries.stream().filter(LedgerEntry::isDisputed)
                .map(entry -> new Conflict(entry, reference.valueFor(entry.key())))
                .collect(Collectors.toList());
    }

    /**
     * One claimant's ledger values as tidy claims (a series per side, category and kind), readable by the statistics
     * and by {@code extract --format claims-csv}: each claim cites the first document stating its value, and its
     * quote says how many documents agree.
     */
    public List<Claim> series(Claimant claimant) {
        List<Claim> claims = new ArrayList<>();
        for (LedgerEntry entry : entries) {
            LedgerKey key = entry.key();
            if (key.claimant() != claimant) {
                continue;
            }
            StatedValue stated = entry.stated();
            String quote = "ledger value: stated by " + stated.documents() + " of " + entry.documents()
                    + (entry.documents() == 1 ? " document" : " documents");
            claims.add(new Claim(key.date(), null, key.claimant(), key.side(), key.category(), stated.value(),
                    stated.qualifier(), null, null, key.kind(),
                    new Provenance(stated.first().document(), stated.first().location(), quote)));
        }
        return claims;
    }

    /**
     * The ledger as a table: {@code claimant, side, category, date, day, kind, value, qualifier, documents,
     * documents_all, first_source, first_published, first_location, latest_source, latest_published,
     * other_values} (the other values with their numbers of documents, e.g. {@code 4559 (1 document)}).
     */
    public Table table() {
        Table table = keyColumns("news ledger");
        DoubleColumn value = DoubleColumn.create("value");
        StringColumn qualifier = StringColumn.create("qualifier");
        LongColumn documents = LongColumn.create("documents");
        LongColumn all = LongColumn.create("documents_all");
        StringColumn firstSource = StringColumn.create("first_source");
        DateColumn firstPublished = DateColumn.create("first_published");
        StringColumn firstLocation = StringColumn.create("first_location");
        StringColumn latestSource = StringColumn.create("latest_source");
        DateColumn latestPublished = DateColumn.create("latest_published");
        StringColumn others = StringColumn.create("other_values");
        for (LedgerEntry entry : entries) {
            addKey(table, entry.key());
            StatedValue stated = entry.stated();
            value.append(stated.value());
            qualifier.append(stated.qualifier().id());
            documents.append(stated.documents());
            all.append(entry.documents());
            firstSource.append(stated.first().document());
            appendDate(firstPublished, stated.first().published());
            firstLocation.append(stated.first().location());
            latestSource.append(stated.latest().document());
            appendDate(latestPublished, stated.latest().published());
            others.append(entry.others().stream().map(StatedValue::toString).collect(Collectors.joining("; ")));
        }
        return table.addColumns(value, qualifier, documents, all, firstSource, firstPublished, firstLocation,
                latestSource, latestPublished, others);
    }

    /**
     * The conflicts as a table, one row per key and stated value: {@code claimant, side, category, date, day, kind,
     * value, documents, ledger_value} (true for the value most documents state), {@code first_source,
     * first_published, dataset_value, agrees_with_dataset} (empty where the dataset has no value for the key).
     */
    public Table conflictsTable(ReferenceFigures reference) {
        Table table = keyColumns("news ledger conflicts");
        DoubleColumn value = DoubleColumn.create("value");
        LongColumn documents = LongColumn.create("documents");
        BooleanColumn ledgerValue = BooleanColumn.create("ledger_value");
        StringColumn firstSource = StringColumn.create("first_source");
        DateColumn firstPublished = DateColumn.create("first_published");
        DoubleColumn datasetValue = DoubleColumn.create("dataset_value");
        BooleanColumn agrees = BooleanColumn.create("agrees_with_dataset");
        for (Conflict conflict : conflicts(reference)) {
            boolean first = true;
            for (StatedValue stated : conflict.values()) {
                addKey(table, conflict.key());
                value.append(stated.value());
                documents.append(stated.documents());
                ledgerValue.append(first);
                firstSource.append(stated.first().document());
                appendDate(firstPublished, stated.first().published());
                if (conflict.reference().isPresent()) {
                    datasetValue.append(conflict.reference().getAsDouble());
                    agrees.append(conflict.agreesWithReference(stated).orElseThrow());
                } else {
                    datasetValue.appendMissing();
                    agrees.appendMissing();
                }
                first = false;
            }
        }
        return table.addColumns(value, documents, ledgerValue, firstSource, firstPublished, datasetValue, agrees);
    }

    private static Table keyColumns(String name) {
        return Table.create(name, StringColumn.create("claimant"), StringColumn.create("side"),
                StringColumn.create("category"), DateColumn.create("date"), IntColumn.create("day"),
                StringColumn.create("kind"));
    }

    private static void addKey(Table table, LedgerKey key) {
        table.stringColumn("claimant").append(key.claimant().id());
        table.stringColumn("side").append(key.side().id());
        table.stringColumn("category").append(key.category().id());
        table.dateColumn("date").append(key.date());
        table.intColumn("day").append(io.github.claimedlosses.model.InvasionCalendar.dayOf(key.date()));
        table.stringColumn("kind").append(key.kind().id());
    }

    private static void appendDate(DateColumn column, LocalDate date) {
        if (date == null) {
            column.appendMissing();
        } else {
            column.append(date);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ledger && ((Ledger) other).entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "Ledger[" + entries.size() + " entries]";
    }
}
