package io.github.claimedlosses.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.claimedlosses.corpus.CorpusDocument;
import io.github.claimedlosses.corpus.DocumentStream;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.model.Taxonomy;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A generated news corpus with known figures: the project's own templates (the General Staff's bulletin in English
 * and Ukrainian, in full and as short reposts of three lines, the Russian Ministry of Defence's claims about
 * Ukrainian losses, the Ukrainian Ministry of Defence's statements), filled with synthetic running totals, and
 * deliberate typos planted in some reposts (a digit changed or two swapped). Document {@code i} is generated on
 * demand, so a corpus of any size costs no memory; {@link #expected()} predicts, from the plan alone and without
 * the extractor, every ledger key with its values and numbers of documents, and {@link #typos()} the planted typos.
 *
 * <p>Each date has {@value #PER_DATE} documents: a full bulletin in each language, 198 short reposts, 30 Russian
 * and 20 Ukrainian ministry statements. Every fourth date has one repost with a typo in a General Staff total,
 * every tenth one a Russian statement with a typo in its tank figure.
 */
final class NewsCorpusFixture {
    static final int PER_DATE = 250;
    /** After this many dates (250,000 documents) the dates repeat, with new URLs: benchmark corpora of any size. */
    static final int MAX_DATES = 1_000;
    static final LocalDate FIRST_DATE = LocalDate.of(2023, 10, 1);
    private static final DateTimeFormatter PERIOD_END = DateTimeFormatter.ofPattern("dd.MM.yy");
    private static final String[] DASHES = {"‒", "–", "-", "—"};

    /** id, English name, Ukrainian name, total on the day before the first date, largest daily increment. */
    private static final Object[][] CATEGORIES = {
        {"personnel", "personnel", "особового складу", 280_000, 900},
        {"tanks", "tanks", "танків", 4_700, 20},
        {"armored_vehicles", "APV", "бойових броньованих машин", 9_000, 30},
        {"artillery", "artillery systems", "артилерійських систем", 6_500, 40},
        {"mlrs", "MLRS", "РСЗВ", 800, 3},
        {"air_defense", "anti-aircraft warfare systems", "засоби ППО", 530, 2},
        {"aircraft", "aircraft", "літаків", 315, 1},
        {"helicopters", "helicopters", "гелікоптерів", 316, 1},
        {"uav", "UAV operational-tactical level", "БПЛА оперативно-тактичного рівня", 5_000, 50},
        {"cruise_missiles", "cruise missiles", "крилаті ракети", 1_500, 5},
        {"warships", "warships / boats", "кораблі / катери", 20, 1},
        {"submarines", "submarines", "підводні човни", 1, 0},
        {"vehicles_fuel_tanks", "vehicles and fuel tanks", "автомобільної техніки та автоцистерн", 8_700, 25},
        {"special_equipment", "special equipment", "спеціальна техніка", 900, 4},
    };

    /** One figure a document states, as the ledger should count it. */
    record Statement(LedgerKey key, double value) {
    }

    /** A document and the figures it states. */
    record Generated(CorpusDocument document, List<Statement> statements) {
    }

    /** A planted typo: the wrong value stated for a key. */
    record Typo(LedgerKey key, double wrong) {
    }

    private final int documents;
    private final Taxonomy taxonomy = Taxonomy.standard();
    private final long[][] totals;
    private final long[][] increments;

    /** A corpus of {@code documents} documents. */
    NewsCorpusFixture(int documents) {
        this.documents = documents;
        int dates = (int) Math.min(MAX_DATES, ((long) documents + PER_DATE - 1) / PER_DATE);
        totals = new long[CATEGORIES.length][dates];
        increments = new long[CATEGORIES.length][dates];
        for (int c = 0; c < CATEGORIES.length; c++) {
            long total = (Integer) CATEGORIES[c][3];
            int largest = (Integer) CATEGORIES[c][4];
            for (int d = 0; d < dates; d++) {
                long increment = (d * 37L + c * 11L) % (largest + 1);
                total += increment;
                totals[c][d] = total;
                increments[c][d] = increment;
            }
        }
    }

    int size() {
        return documents;
    }

    /** Document {@code i} and what it states. */
    Generated generate(int i) {
        int d = i / PER_DATE % MAX_DATES;
        int j = i % PER_DATE;
        LocalDate date = FIRST_DATE.plusDays(d);
        if (j < 200) {
            boolean english = j % 2 == 0;
            List<Integer> categories = new ArrayList<>();
            if (j < 2) {
                for (int c = 0; c < CATEGORIES.length; c++) {
                    categories.add(c);
                }
            } else {
                for (int k = 0; k < 3; k++) {
                    categories.add((j * 3 + k) % CATEGORIES.length);
                }
            }
            int typoCategory = d % 4 == 1 && j == 7 ? typoCategory(categories, d) : -1;
            LocalDate published = j % 5 == 4 ? date.plusDays(1) : date;
            return bulletin(i, d, date, published, english, j < 2, categories, typoCategory);
        }
        if (j < 230) {
            return russianStatement(i, d, date, d % 10 == 3 && j == 205);
        }
        return ukrainianStatement(i, d, date);
    }

    private int typoCategory(List<Integer> categories, int d) {
        for (int c : categories) {
            if (totals[c][d] >= 10) {
                return c;
            }
        }
        return -1;
    }

    private Generated bulletin(int i, int d, LocalDate date, LocalDate published, boolean english, boolean full,
                               List<Integer> categories, int typoCategory) {
        StringBuilder text = new StringBuilder();
        String end = date.format(PERIOD_END);
        if (english) {
            text.append(full ? "Russian combat losses claimed by the General Staff of the Armed Forces of Ukraine\n\n"
                    + "Losses of the enemy from 24.02.22 to " + end + ", as claimed (change since the day before "
                    + "in parentheses):\n"
                    : (i % 4 == 0 ? "Losses of the enemy from 24.02.22 to " + end + ", according to the General "
                    + "Staff:\n" : "The General Staff of the Armed Forces of Ukraine updated its count from "
                    + "24.02.22 to " + end + ":\n"));
        } else {
            text.append(full ? "Втрати російських військ за даними Генерального штабу ЗСУ\n\n" : "")
                    .append("Загальні бойові втрати противника з 24.02.22 по ").append(end).append(":\n");
        }
        List<Statement> statements = new ArrayList<>();
        for (int c : categories) {
            long total = totals[c][d];
            if (c == typoCategory) {
                total = typo(total);
            }
            long increment = increments[c][d];
            String dash = DASHES[(i + c) % DASHES.length];
            String name = (String) CATEGORIES[c][english ? 1 : 2];
            boolean personnel = c == 0;
            text.append(name).append(' ').append(dash).append(' ')
                    .append(personnel ? (english ? "about " : "близько ") : "")
                    .append(number(total, english ? i + c : (i + c) % 2))
                    .append(" (+").append(increment).append(')')
                    .append(personnel ? (english ? " persons liquidated" : " осіб") : (english ? "" : " од"))
                    .append('\n');
            statements.add(new Statement(key(Claimant.UA_GENERAL_STAFF, Side.RUSSIA, c, date, Kind.CUMULATIVE),
                    total));
            statements.add(new Statement(key(Claimant.UA_GENERAL_STAFF, Side.RUSSIA, c, date, Kind.INCREMENT),
                    increment));
        }
        if (full) {
            text.append(english ? "\nThese are claims of one side.\n" : "\nЦе заяви однієї сторони.\n");
        }
        String url = "https://news.example/" + (english ? "en" : "uk") + "/" + i;
        return new Generated(new CorpusDocument(url, text.toString(), url, null, published, english ? "en" : "uk",
                "fixture: document " + i), statements);
    }

    private Generated russianStatement(int i, int d, LocalDate date, boolean withTypo) {
        long aircraft = 500 + d / 3;
        long helicopters = 270 + d / 7;
        long tanks = 12_000 + 8L * d;
        long statedTanks = withTypo ? typo(tanks) : tanks;
        String text = i % 2 == 0
                ? "The Russian Ministry of Defence said its forces had destroyed " + aircraft + " Ukrainian aircraft, "
                    + helicopters + " helicopters and " + number(statedTanks, i) + " tanks since the start of the "
                    + "operation."
                : "According to the Russian Defence Ministry, Ukraine has lost " + aircraft + " aircraft, "
                    + helicopters + " helicopters and " + number(statedTanks, i) + " tanks.";
        String url = "https://news.example/ru-mod/" + i;
        List<Statement> statements = List.of(
                new Statement(key(Claimant.RU_MOD, Side.UKRAINE, "aircraft", date), aircraft),
                new Statement(key(Claimant.RU_MOD, Side.UKRAINE, "helicopters", date), helicopters),
                new Statement(key(Claimant.RU_MOD, Side.UKRAINE, "tanks", date), statedTanks));
        return new Generated(new CorpusDocument(url, text, url, null, date, "en", "fixture: document " + i),
                statements);
    }

    private Generated ukrainianStatement(int i, int d, LocalDate date) {
        long tanks = totals[1][d];
        long armoured = totals[2][d];
        String text = "The Ukrainian Ministry of Defence said Russia had lost " + number(tanks, i) + " tanks and "
                + number(armoured, i + 1) + " armoured vehicles.";
        String url = "https://news.example/ua-mod/" + i;
        List<Statement> statements = List.of(
                new Statement(key(Claimant.UA_MOD, Side.RUSSIA, "tanks", date), tanks),
                new Statement(key(Claimant.UA_MOD, Side.RUSSIA, "armored_vehicles", date), armoured));
        return new Generated(new CorpusDocument(url, text, url, null, date, "en", "fixture: document " + i),
                statements);
    }

    /** A repost's typo: the last two digits swapped, or the tens digit changed when they are equal. */
    static long typo(long value) {
        char[] digits = Long.toString(value).toCharArray();
        int n = digits.length;
        if (digits[n - 1] != digits[n - 2]) {
            char last = digits[n - 1];
            digits[n - 1] = digits[n - 2];
            digits[n - 2] = last;
        } else {
            digits[n - 2] = (char) ('0' + (digits[n - 2] - '0' + 3) % 10);
        }
        return Long.parseLong(new String(digits));
    }

    /** {@code value} with thousands written as {@code 4,712}, {@code 4 712} or {@code 4712}, by {@code style}. */
    private static String number(long value, int style) {
        switch (Math.floorMod(style, 3)) {
            case 0:
                return String.format(Locale.ROOT, "%,d", value);
            case 1:
                return String.format(Locale.ROOT, "%,d", value).replace(',', ' ');
            default:
                return Long.toString(value);
        }
    }

    private LedgerKey key(Claimant claimant, Side side, int category, LocalDate date, Kind kind) {
        return new LedgerKey(claimant, side, taxonomy.category((String) CATEGORIES[category][0]), date, kind);
    }

    private LedgerKey key(Claimant claimant, Side side, String category, LocalDate date) {
        return new LedgerKey(claimant, side, taxonomy.category(category), date, Kind.CUMULATIVE);
    }

    /** Every ledger key the corpus states, with each value's number of documents. */
    Map<LedgerKey, Map<Double, Long>> expected() {
        Map<LedgerKey, Map<Double, Long>> expected = new HashMap<>();
        for (int i = 0; i < documents; i++) {
            for (Statement statement : generate(i).statements()) {
                expected.computeIfAbsent(statement.key(), key -> new HashMap<>()).merge(statement.value(), 1L,
                        Long::sum);
            }
        }
        return expected;
    }

    /** The planted typos. */
    Set<Typo> typos() {
        Set<Typo> typos = new LinkedHashSet<>();
        for (int i = 0; i < documents; i++) {
            int d = i / PER_DATE % MAX_DATES;
            int j = i % PER_DATE;
            boolean planted = (d % 4 == 1 && j == 7) || (d % 10 == 3 && j == 205);
            if (!planted) {
                continue;
            }
            Generated generated = generate(i);
            Generated honest = honest(i);
            for (int s = 0; s < generated.statements().size(); s++) {
                Statement stated = generated.statements().get(s);
                if (stated.value() != honest.statements().get(s).value()) {
                    typos.add(new Typo(stated.key(), stated.value()));
                }
            }
        }
        return typos;
    }

    /** Document {@code i} as it would be without a typo: a full bulletin of the same date states the truth. */
    private Generated honest(int i) {
        int d = i / PER_DATE % MAX_DATES;
        int j = i % PER_DATE;
        LocalDate date = FIRST_DATE.plusDays(d);
        if (j < 200) {
            List<Integer> categories = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                categories.add((j * 3 + k) % CATEGORIES.length);
            }
            return bulletin(i, d, date, date, j % 2 == 0, false, categories, -1);
        }
        return russianStatement(i, d, date, false);
    }

    /** The General Staff's true running totals of the corpus, as a reference dataset would hold them. */
    ReferenceFigures reference() {
        List<io.github.claimedlosses.model.Claim> claims = new ArrayList<>();
        int dates = totals[0].length;
        for (int d = 0; d < dates; d++) {
            for (int c = 0; c < CATEGORIES.length; c++) {
                claims.add(new io.github.claimedlosses.model.Claim(FIRST_DATE.plusDays(d), null,
                        Claimant.UA_GENERAL_STAFF, Side.RUSSIA, taxonomy.category((String) CATEGORIES[c][0]),
                        totals[c][d], io.github.claimedlosses.model.Qualifier.EXACT, null, null, Kind.CUMULATIVE,
                        new io.github.claimedlosses.model.Provenance("fixture", "date " + d, "")));
            }
        }
        return ReferenceFigures.of(claims);
    }

    /** The documents, generated one at a time as they are read. */
    DocumentStream stream() {
        return new DocumentStream() {
            private int next;
            private long bytes;

            @Override
            public CorpusDocument next() {
                if (next >= documents) {
                    return null;
                }
                CorpusDocument document = generate(next++).document();
                bytes += document.utf8Bytes();
                return document;
            }

            @Override
            public long bytesRead() {
                return bytes;
            }

            @Override
            public void close() {
            }
        };
    }

    /** Writes the corpus as JSON Lines ({@code url}, {@code published}, {@code language}, {@code text}). */
    void writeJsonLines(Path file) {
        writeJsonLines(file, Long.MAX_VALUE);
    }

    /**
     * Writes the corpus as JSON Lines, stopping at the end of the corpus or at the first document that brings the
     * file to {@code bytes}; returns how many documents were written.
     */
    int writeJsonLines(Path file, long bytes) {
        ObjectMapper json = new ObjectMapper();
        long written = 0;
        int i = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (; i < documents && written < bytes; i++) {
                CorpusDocument document = generate(i).document();
                ObjectNode record = json.createObjectNode();
                record.put("url", document.url());
                record.put("published", document.published().toString());
                record.put("language", document.language());
                record.put("text", document.text());
                String line = json.writeValueAsString(record);
                out.write(line);
                out.write('\n');
                written += line.getBytes(StandardCharsets.UTF_8).length + 1;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return i;
    }
}
