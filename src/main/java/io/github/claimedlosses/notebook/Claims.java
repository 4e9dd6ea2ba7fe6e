package io.github.claimedlosses.notebook;

import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.table.ClaimTable;
import java.util.List;
import java.util.Objects;
import tech.tablesaw.api.Table;

/**
 * The claims read from documents, with what their text did not settle: in a notebook they display as their tidy
 * table (every claim with its provenance) with the warnings below it. {@link #table()} is the table to compute with.
 *
 * @param name     what was read (a document's or a folder's name), the table's name
 * @param list     the claims, in the order of the documents and of their text
 * @param warnings one line per figure the text does not settle, {@code FILE: offset N: ...}
 */
public record Claims(String name, List<Claim> list, List<String> warnings) {
    public Claims {
        Objects.requireNonNull(name, "name");
        list = List.copyOf(list);
        warnings = List.copyOf(warnings);
    }

    /** The claims as a tidy table named {@link #name()}. */
    public Table table() {
        return ClaimTable.of(name, list);
    }

    /** The number of claims. */
    public int size() {
        return list.size();
    }

    @Override
    public String toString() {
        return name + ": " + list.size() + " claims, " + warnings.size() + " warnings";
    }
}
