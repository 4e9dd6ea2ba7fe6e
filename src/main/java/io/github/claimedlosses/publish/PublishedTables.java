package io.github.claimedlosses.publish;

import io.github.claimedlosses.export.PublishedFile;
import io.github.claimedlosses.export.CsvTableWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.Table;

/** Writes a publication's CSV tables into its {@code tables/} folder and remembers what it wrote. */
final class PublishedTables {
    private final Path folder;
    private final List<PublishedFile> written = new ArrayList<>();

    PublishedTables(Path folder) {
        this.folder = folder;
    }

    /** Writes the tidy claims, the document claims and, when present, the statistics; returns how many files. */
    int write(Table claims, Table documentClaims, Optional<PublishedStatistics> statistics) {
        write("claims.csv", claims, "Every claim, tidy: one row per figure, all sources (claimant oryx = visually "
                + "confirmed)");
        write("seed_claims.csv", documentClaims, "The claims extracted from the documents, with the sentence each "
                + "came from");
        statistics.ifPresent(stats -> {
            write("daily.csv", stats.daily().table(), "General Staff claims: daily increments, intervals, per-day rates, "
                    + "corrections and category events");
            write("rolling.csv", stats.rolling().table(), "General Staff claims: 7- and 30-day rolling means and medians of "
                    + "the daily rate");
            write("monthly.csv", stats.monthly().table(), "General Staff claims: monthly sums, per-day averages, month-on-month "
                    + "and year-on-year change");
            write("ratios.csv", stats.ratios().table(), "General Staff claims: personnel, armoured vehicles and artillery per "
                    + "tank");
            stats.confirmed().ifPresent(confirmed -> {
                write("claimed_vs_confirmed.csv", confirmed.claimedVsConfirmed().table(), "Claimed (General Staff) per visually "
                        + "confirmed (Oryx) loss, with the mapping and the lag");
                write("russia_vs_ukraine.csv", confirmed.russiaVsUkraine().table(), "Oryx, visually confirmed: Russian per "
                        + "Ukrainian loss");
            });
            write("category_mix.csv", stats.mix().table(), "General Staff claims: each heavy-equipment category's share");
            write("trends.csv", stats.fits().table(), "General Staff claims: least-squares fits of the running total (last "
                    + PublishedStatistics.FIT_DAYS + " days) and of the daily rate (last 365 days)");
            write("phases.csv", stats.phases().table(), "General Staff claims: phases of the daily rate (change points)");
            write("projections.csv", stats.projections().table(), "General Staff claims: projected running totals with 95% "
                    + "prediction intervals");
        });
        return written.size();
    }

    /** Writes the documents' ledger and its agreement with the dataset ("claims found in the news"). */
    int writeNews(Table ledger, Table agreement) {
        write("news_ledger.csv", ledger, "Claims found in the news: one value per claimant, side, category, date and "
                + "kind, with how many documents state it and the other values stated");
        write("news_agreement.csv", agreement, "Claims found in the news: per claimant, values stated differently and "
                + "values that agree with the General Staff dataset for their date");
        return 2;
    }

    /** The tables written so far, in order. */
    List<PublishedFile> written() {
        return List.copyOf(written);
    }

    private void write(String name, Table table, String title) {
        CsvTableWriter.write(table, folder.resolve(name));
        written.add(new PublishedFile("tables/" + name, title, "table"));
    }
}
