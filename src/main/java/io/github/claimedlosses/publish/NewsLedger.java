package io.github.claimedlosses.publish;

import io.github.claimedlosses.export.chart.Html;
import io.github.claimedlosses.ledger.DocumentClaims;
import io.github.claimedlosses.ledger.Ledger;
import io.github.claimedlosses.ledger.LedgerBuilder;
import io.github.claimedlosses.ledger.LedgerEntry;
import io.github.claimedlosses.ledger.ReferenceFigures;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.source.Reading;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The report's "claims found in the news": the documents' ledger, and per claimant how many of its values the
 * General Staff dataset can check and how many it confirms.
 */
final class NewsLedger {
    private NewsLedger() {
    }

    private static final String CLAIMANT = "claimant";
    /** The agreement table's counts, in column order. */
    private static final List<String> COUNTS = List.of("entries", "disputed", "checked", "agreeing");

    /** The ledger of the publication's documents. */
    static Ledger of(List<Reading> documents) {
        LedgerBuilder builder = new LedgerBuilder();
        for (Reading document : documents) {
            builder.add(new DocumentClaims(document.name(), null, document.claims(), List.of()));
        }
        return builder.build();
    }

    /**
     * Per claimant: {@code claimant, entries, disputed} (keys stated with different values), {@code checked} (values
     * the dataset has a figure for) and {@code agreeing} (of those, equal to it).
     */
    static Table agreement(Ledger ledger, ReferenceFigures reference) {
        StringColumn claimant = StringColumn.create(CLAIMANT);
        IntColumn entries = IntColumn.create(COUNTS.get(0));
        IntColumn disputed = IntColumn.create(COUNTS.get(1));
        IntColumn checked = IntColumn.create(COUNTS.get(2));
        IntColumn agreeing = IntColumn.create(COUNTS.get(3));
        for (Claimant who : ledger.claimants()) {
            int all = 0;
            int differing = 0;
            int compared = 0;
            int equal = 0;
            for (LedgerEntry entry : ledger.entries()) {
                if (entry.key().claimant() != who) {
                    continue;
                }
                all++;
                differing += entry.isDisputed() ? 1 : 0;
                OptionalDouble value = reference.valueFor(entry.key());
                if (value.isPresent()) {
                    compared++;
                    equal += Double.compare(value.getAsDouble(), entry.value()) == 0 ? 1 : 0;
                }
            }
            claimant.append(who.id());
            entries.append(all);
            disputed.append(differing);
            checked.append(compared);
            agreeing.append(equal);
        }
        return Table.create("claims found in the news", claimant, entries, disputed, checked, agreeing);
    }

    /** The report's section: the agreement table with each claimant's name. */
    static String section(Table agreement) {
        StringBuilder html = new StringBuilder();
        html.append("<h2>Claims found in the news</h2>\n<p>The documents' figures, one ledger value per claimant, ")
                .append("side, category, date and kind (<a href=\"tables/news_ledger.csv\">news_ledger.csv</a>); ")
                .append("the General Staff dataset checks the General Staff's own running totals.</p>\n")
                .append("<table>\n<tr><th>Claimant</th><th>Values</th><th>Stated differently</th>")
                .append("<th>Checked against the dataset</th><th>Agreeing</th></tr>\n");
        for (int row = 0; row < agreement.rowCount(); row++) {
            html.append("<tr><td>").append(Html.escape(Claimant.fromId(agreement.stringColumn(CLAIMANT).get(row))
                    .label())).append("</td>");
            for (String column : COUNTS) {
                html.append("<td>").append(String.format(Locale.ROOT, "%,d", agreement.intColumn(column).get(row)))
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</table>\n").toString();
    }
}
