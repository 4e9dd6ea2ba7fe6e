package io.github.claimedlosses.notebook;

import static io.github.claimedlosses.model.ClaimSchema.CATEGORY;
import static io.github.claimedlosses.model.ClaimSchema.CLAIMANT;
import static io.github.claimedlosses.model.ClaimSchema.DATE;
import static io.github.claimedlosses.model.ClaimSchema.SIDE;
import static io.github.claimedlosses.model.ClaimSchema.SOURCE;

import io.github.claimedlosses.corpus.BadRecords;
import io.github.claimedlosses.corpus.Corpus;
import io.github.claimedlosses.corpus.CorpusColumns;
import io.github.claimedlosses.extract.DocumentFolder;
import io.github.claimedlosses.ledger.run.CorpusRun;
import io.github.claimedlosses.fetch.DatasetCache;
import io.github.claimedlosses.fetch.FetchOptions;
import io.github.claimedlosses.fetch.FetchReport;
import io.github.claimedlosses.model.BadInputException;
import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.model.Taxonomy;
import io.github.claimedlosses.source.Reading;
import io.github.claimedlosses.source.Source;
import io.github.claimedlosses.source.Sources;
import io.github.claimedlosses.stats.Description;
import io.github.claimedlosses.stats.Scope;
import io.github.claimedlosses.stats.StatColumns;
import io.github.claimedlosses.stats.StatTable;
import io.github.claimedlosses.table.ClaimFilter;
import io.github.claimedlosses.table.ClaimTable;
import io.github.claimedlosses.table.Preload;
import io.github.claimedlosses.table.WideTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.table.TableSlice;

/**
 * One-line entry points for notebooks and JShell: the datasets and documents as tidy Tablesaw tables, category ids as
 * strings, and narrowing of tables and statistics to some categories or to each series' latest row.
 *
 * <pre>{@code
 * Path datasets = Path.of("../data/cache");
 * Table gs = Losses.generalStaff(datasets);            // the General Staff's claims, tidy
 * Table oryx = Losses.oryx(datasets);                  // Oryx's visually confirmed counts, tidy
 * DailyIncrements daily = Trends.daily(gs, Corrections.shown(gs));
 * Losses.only(daily, "tanks", "artillery");            // two categories, description narrowed to them
 * Table seed = Losses.extract(Path.of("../seeds/2022-04-01-article.txt"));
 * }</pre>
 *
 * <p>Nothing here throws a checked exception. Input that cannot be read is refused with a
 * {@link BadInputException} whose one-line message names the file, the place in it and the problem; reading is
 * strict, as on the command line without {@code --lenient}.
 */
public final class Losses {
    /** The registry's id of the General Staff's source (cumulative equipment and personnel, corrections). */
    private static final String GENERAL_STAFF = "general-staff";
    /** The registry's id of Oryx's source: its daily counts, the visually confirmed series. */
    private static final String ORYX = "oryx";
    /** The columns that tell one series from another, where a table has them. */
    private static final List<String> SERIES_KEYS = List.of(CLAIMANT, SIDE, CATEGORY, SOURCE);

    private Losses() {
    }

    /** Every claim of the datasets folder {@code folder} (laid out like {@code ../shared/datasets}), tidy. */
    public static Table all(Path folder) {
        return read(folder, "all claims", null);
    }

    /** Every claim of the project's dataset cache, {@code data/cache}, fetched first if it is not complete. */
    public static Table all() {
        return all(filled(DatasetCache.standard(), FetchOptions.defaults()));
    }

    /**
     * The General Staff's claims in {@code folder}: cumulative totals (equipment and personnel) and the corrections
     * (increments), tidy. {@code Trends.daily(gs, Corrections.shown(gs))} takes both from this one table.
     */
    public static Table generalStaff(Path folder) {
        return read(folder, "General Staff claims", GENERAL_STAFF);
    }

    /** The General Staff's claims from the project's dataset cache, fetched first if it is not complete. */
    public static Table generalStaff() {
        return generalStaff(filled(DatasetCache.standard(), FetchOptions.defaults()));
    }

    /**
     * Oryx's visually confirmed counts in {@code folder} ({@code oryx/daily_count.csv}), both sides, tidy: one row per
     * Oryx type and date it changed. Never mix them with claims; compare them with {@code Ratios.claimedVsConfirmed}.
     */
    public static Table oryx(Path folder) {
        return read(folder, "Oryx confirmed counts", ORYX);
    }

    /** Oryx's visually confirmed counts from the project's dataset cache, fetched first if it is not complete. */
    public static Table oryx() {
        return oryx(filled(DatasetCache.standard(), FetchOptions.defaults()));
    }

    /**
     * The claims stated in a text document (a news article with reader comments, a statement, a General Staff
     * bulletin in English or Ukrainian), tidy, each with its provenance: the file, {@code offset N} and the sentence.
     * What the text does not settle is written to standard error, one line each, as on the command line:
     * {@code claimed-losses: warning: FILE: offset N: ...}.
     *
     * @throws BadInputException when the file is missing, empty, binary or not UTF-8
     */
    public static Table extract(Path document) {
        String name = document.getFileName() == null ? document.toString() : document.getFileName().toString();
        List<Claim> claims = new ArrayList<>();
        for (Reading reading : Sources.standard().read(document, false)) {
            reading.warnings().forEach(warning -> System.err.println("claimed-losses: warning: " + reading.name()
                    + ": " + warning));
            claims.addAll(reading.claims());
        }
        return ClaimTable.of(name, claims);
    }

    /**
     * The claims of every text document ({@code .txt} or {@code .md}) directly in {@code folder}, in the order of the
     * file names, each with its provenance (the file, {@code offset N} and the sentence); what a text does not settle
     * is kept with the claims as a warning, {@code FILE: offset N: ...}, and shown below their table.
     *
     * @throws BadInputException when the folder is missing or holds no document, or a document cannot be read
     */
    public static Claims articles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new BadInputException(folder.toString(), "", "no such folder");
        }
        if (DocumentFolder.documentFiles(folder).isEmpty()) {
            throw new BadInputException(folder.toString(), "", "no .txt or .md documents in the folder");
        }
        List<Claim> claims = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (DocumentFolder.Document document : DocumentFolder.read(folder)) {
            String name = document.file().getFileName().toString();
            claims.addAll(document.extraction().claims());
            document.extraction().warnings().forEach(warning -> warnings.add(name + ": " + warning));
        }
        Path folderName = folder.toAbsolutePath().normalize().getFileName();
        return new Claims(folderName == null ? folder.toString() : folderName.toString(), claims, warnings);
    }

    /**
     * The ledger of a news corpus ({@code path}: a folder of {@code .txt}/{@code .md}/{@code .html} articles, a JSON
     * Lines or a CSV file with a {@code text} field, see the {@code corpus} command): one row per claimant, side,
     * category, as-of date and kind with the value most documents state, how many state it, the first and latest
     * source and the other values stated. Extracted on every core; read strictly.
     *
     * @throws BadInputException for a bad record, naming the file, the place and the problem
     */
    public static Table corpus(Path path) {
        return CorpusRun.standard().ledger(Corpus.of(List.of(path), CorpusColumns.standard()), BadRecords.strict())
                .ledger().table();
    }

    /**
     * The running totals of a tidy table of one claimant about one side, one row per date and one column per
     * category (a missing cell where a category was not reported). Increments are left out.
     *
     * @throws IllegalArgumentException when the table mixes claimants or sides, or lists a category in parts (as
     *                                  Oryx does; use {@code Trends.totals} for it)
     */
    public static Table wide(Table claims) {
        return WideTable.of(ClaimFilter.all().kind(Kind.CUMULATIVE).apply(claims));
    }

    /**
     * The category with id {@code id}, such as {@code "tanks"}.
     *
     * @throws IllegalArgumentException naming every valid id when there is no such category
     */
    public static Category category(String id) {
        return Taxonomy.standard().category(id);
    }

    /**
     * The rows of {@code table} (a tidy table or any table with a {@code category} column) about the given
     * categories, in their order.
     *
     * @throws IllegalArgumentException for an unknown category id, naming every valid one
     */
    public static Table only(Table table, String... categories) {
        List<String> ids = Arrays.stream(categories).map(id -> category(id).id()).toList();
        if (!table.containsColumn(CATEGORY)) {
            throw new IllegalArgumentException("the table \"" + table.name() + "\" has no column " + CATEGORY);
        }
        return table.where(table.stringColumn(CATEGORY).isIn(ids)).setName(table.name());
    }

    /**
     * The rows of a statistic about the given categories, described as such: its description names only those
     * categories, and is no longer approximate when none of the rows kept is (column {@code approximate}). The result
     * is of the statistic's own type ({@code Losses.only(daily, "tanks")} is a {@code DailyIncrements}).
     */
    public static <S extends StatTable> S only(S statistic, String... categories) {
        Table rows = only(statistic.table(), categories);
        Set<String> ids = Set.copyOf(rows.stringColumn(CATEGORY).asList());
        Description from = statistic.description();
        boolean exact = rows.containsColumn(StatColumns.APPROXIMATE)
                && rows.column(StatColumns.APPROXIMATE) instanceof BooleanColumn
                && rows.booleanColumn(StatColumns.APPROXIMATE).isTrue().isEmpty();
        return withRows(statistic, rows, new Description(from.measure(), from.valueColumn(), from.unit(),
                narrowed(from.subjects(), ids), narrowed(from.relativeTo(), ids),
                exact ? Set.of(Qualifier.EXACT) : from.qualifiers(), from.notes()));
    }

    /** The rows of a statistic dated {@code date}: every series' figure for one day. */
    public static <S extends StatTable> S on(S statistic, LocalDate date) {
        Table table = dated(statistic.table());
        return withRows(statistic, table.where(table.dateColumn(DATE).isEqualTo(date)).setName(table.name()),
                statistic.description());
    }

    /**
     * The latest row of each series of a statistic (one claimant, side, category and source): for a daily series the
     * last record, for a comparison the latest date compared. Of two rows of a series on its latest date, the later
     * one is kept.
     */
    public static <S extends StatTable> S latest(S statistic) {
        Table table = dated(statistic.table());
        String[] keys = SERIES_KEYS.stream().filter(table::containsColumn).toArray(String[]::new);
        DateColumn dates = table.dateColumn(DATE);
        List<TableSlice> series = keys.length == 0 ? List.of(new TableSlice(table))
                : table.splitOn(keys).getSlices();
        int[] rows = series.stream().mapToInt(slice -> latestRow(slice, dates)).filter(row -> row >= 0).sorted()
                .toArray();
        Table latest = rows.length == 0 ? table.emptyCopy() : table.rows(rows);
        return withRows(statistic, latest.setName(table.name()), statistic.description());
    }

    /** The row of {@code table} (of which {@code slice} is a part) with the latest date in the slice; -1 if none. */
    private static int latestRow(TableSlice slice, DateColumn dates) {
        int latest = -1;
        for (int row = 0; row < slice.rowCount(); row++) {
            int source = slice.mappedRowNumber(row);
            if (latest < 0 || !dates.get(source).isBefore(dates.get(latest))) {
                latest = source;
            }
        }
        return latest;
    }

    /** {@code statistic} over {@code rows}: its {@link StatTable#withRows} gives an object of its own class. */
    @SuppressWarnings("unchecked")
    private static <S extends StatTable> S withRows(S statistic, Table rows, Description description) {
        return (S) statistic.withRows(rows, description);
    }

    private static Table dated(Table table) {
        if (!table.containsColumn(DATE)) {
            throw new IllegalArgumentException("the table \"" + table.name() + "\" has no column " + DATE);
        }
        return table;
    }

    private static List<Scope> narrowed(List<Scope> scopes, Set<String> ids) {
        return scopes.stream().map(scope -> new Scope(scope.claimant(), scope.side(), scope.categories().stream()
                .filter(category -> ids.contains(category.id())).toList())).toList();
    }

    /**
     * The claims of the dataset files in {@code folder}: of every registered source when {@code sourceId} is
     * {@code null}, otherwise of that source's files stated by its own claimant (the General Staff's folder also
     * holds Oryx's per-model counts).
     */
    private static Table read(Path folder, String name, String sourceId) {
        Preload.tablesaw();
        if (!Files.isDirectory(folder)) {
            throw new BadInputException(folder.toString(), "", "no such folder; fill the project's dataset cache "
                    + "once with `mvn -Pfetch` in the project folder, or name a folder laid out like it "
                    + "(general-staff/*.json, oryx/daily_count.csv)");
        }
        Sources sources = Sources.standard();
        Source only = sourceId == null ? null : sources.source(sourceId);
        List<Claim> claims = new ArrayList<>();
        for (Reading reading : sources.readDatasets(folder, (source, file) -> only == null
                || source.equals(only) && source.claimantOf(file).equals(only.claimant()), false)) {
            claims.addAll(reading.claims());
        }
        return ClaimTable.of(name, claims);
    }

    /**
     * The folder of {@code cache}, fetched first when it does not hold every file; fetch problems are written to
     * standard error.
     *
     * @throws UncheckedIOException when the cache still lacks a file afterwards
     */
    static Path filled(DatasetCache cache, FetchOptions options) {
        FetchReport report = cache.ensure(options);
        report.problems().forEach(problem -> System.err.println("claimed-losses: " + problem));
        if (!report.usable()) {
            String message = "the dataset cache " + cache.dir() + " could not be filled: "
                    + String.join("; ", report.problems());
            throw new UncheckedIOException(message, new IOException(message));
        }
        return cache.dir();
    }
}
