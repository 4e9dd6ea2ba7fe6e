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
 * A generated news corpus with known figures: the project's own templates (the General Staff's bulletin in full in
 * English and Ukrainian, and as short reposts of three lines in English, Ukrainian, Russian, German and Polish; the
 * Russian Ministry of Defence's claims about Ukrainian losses in English and Russian; the Ukrainian Ministry of
 * Defence's statements in English and Ukrainian), filled with synthetic running totals, and deliberate typos planted
 * in some reposts (a digit changed or two swapped). Document {@code i} is generated on demand, so a corpus of any
 * size costs no memory; {@link #expected()} predicts, from the plan alone and without the extractor, every ledger key
 * with its values and numbers of documents, and {@link #typos()} the planted typos.
 *
 * <p>Each date has {@value #PER_DATE} documents: a full bulletin in English and one in Ukrainian, 198 short reposts
 * (the five languages in turn), 30 Russian and 20 Ukrainian ministry statements. Every fourth date has one repost
 * with a typo in a General Staff total (in each of the five languages in turn), every tenth one a Russian statement
 * with a typo in its tank figure.
 */
final class NewsCorpusFixture {
    static final int PER_DATE = 250;
    /** After this many dates (250,000 documents) the dates repeat, with new URLs: benchmark corpora of any size. */
    static final int MAX_DATES = 1_000;
    static final LocalDate FIRST_DATE = LocalDate.of(2023, 10, 1);
    private static final DateTimeFormatter PERIOD_END = DateTimeFormatter.ofPattern("dd.MM.yy");
    private static final String[] DASHES = {"‒", "–", "-", "—"};

    /** id, total on the day before the first date, largest daily increment. */
    private static final Object[][] CATEGORIES = {
        {"personnel", 280_000, 900},
        {"tanks", 4_700, 20},
        {"armored_vehicles", 9_000, 30},
        {"artillery", 6_500, 40},
        {"mlrs", 800, 3},
        {"air_defense", 530, 2},
        {"aircraft", 315, 1},
        {"helicopters", 316, 1},
        {"uav", 5_000, 50},
        {"cruise_missiles", 1_500, 5},
        {"warships", 20, 1},
        {"submarines", 1, 0},
        {"vehicles_fuel_tanks", 8_700, 25},
        {"special_equipment", 900, 4},
    };

    /** How a bulletin is written in one language: the category names in the order of {@link #CATEGORIES}, and more. */
    private record BulletinLanguage(String tag, List<String> names, String fullTitle, String[] headers,
                                    String about, String persons, String units, String closing, String thousands) {
        String header(int variant, String end) {
            return headers[Math.floorMod(variant, headers.length)].replace("END", end) + "\n";
        }
    }

    private static final BulletinLanguage ENGLISH = new BulletinLanguage("en", List.of("personnel", "tanks", "APV",
            "artillery systems", "MLRS", "anti-aircraft warfare systems", "aircraft", "helicopters",
            "UAV operational-tactical level", "cruise missiles", "warships / boats", "submarines",
            "vehicles and fuel tanks", "special equipment"),
            "Russian combat losses claimed by the General Staff of the Armed Forces of Ukraine\n\n"
                    + "Losses of the enemy from 24.02.22 to END, as claimed (change since the day before in "
                    + "parentheses):",
            new String[] {"Losses of the enemy from 24.02.22 to END, according to the General Staff:",
                "The General Staff of the Armed Forces of Ukraine updated its count from 24.02.22 to END:"},
            "about ", " persons liquidated", "", "These are claims of one side.", ",");
    private static final BulletinLanguage UKRAINIAN = new BulletinLanguage("uk", List.of("особового складу", "танків",
            "бойових броньованих машин", "артилерійських систем", "РСЗВ", "засоби ППО", "літаків", "гелікоптерів",
            "БПЛА оперативно-тактичного рівня", "крилаті ракети", "кораблі / катери", "підводні човни",
            "автомобільної техніки та автоцистерн", "спеціальна техніка"),
            "Втрати російських військ за даними Генерального штабу ЗСУ\n\n"
                    + "Загальні бойові втрати противника з 24.02.22 по END:",
            new String[] {"Загальні бойові втрати противника з 24.02.22 по END:"},
            "близько ", " осіб", " од", "Це заяви однієї сторони.", ",");
    private static final BulletinLanguage RUSSIAN = new BulletinLanguage("ru", List.of("личного состава", "танков",
            "боевых бронированных машин", "артиллерийских систем", "РСЗО", "средства ПВО", "самолетов", "вертолетов",
            "БПЛА оперативно-тактического уровня", "крылатые ракеты", "корабли / катера", "подводные лодки",
            "автомобильной техники и автоцистерн", "специальная техника"),
            null,
            new String[] {"Общие боевые потери противника с 24.02.22 по END ориентировочно составили:",
                "Генштаб ВСУ обновил данные о потерях противника с 24.02.22 по END:"},
            "около ", " человек", " ед", null, " ");
    private static final BulletinLanguage GERMAN = new BulletinLanguage("de", List.of("Soldaten", "Panzer",
            "gepanzerte Kampffahrzeuge", "Artilleriesysteme", "Mehrfachraketenwerfer", "Flugabwehrsysteme",
            "Flugzeuge", "Hubschrauber", "operativ-taktische Drohnen", "Marschflugkörper", "Kriegsschiffe / Boote",
            "U-Boote", "Fahrzeuge und Tanklaster", "Spezialausrüstung"),
            null,
            new String[] {"Die Verluste Russlands laut dem Generalstab der ukrainischen Streitkräfte vom 24.02.22 bis "
                    + "END:", "Verluste Russlands laut ukrainischem Generalstab vom 24.02.22 bis END:"},
            "etwa ", "", "", null, ".");
    private static final BulletinLanguage POLISH = new BulletinLanguage("pl", List.of("żołnierze", "czołgi",
            "bojowe wozy opancerzone", "systemy artyleryjskie", "wyrzutnie rakietowe",
            "systemy obrony przeciwlotniczej", "samoloty", "śmigłowce", "drony", "pociski manewrujące",
            "okręty / kutry", "okręty podwodne", "pojazdy i cysterny", "sprzęt specjalny"),
            null,
            new String[] {"Straty Rosji według Sztabu Generalnego Sił Zbrojnych Ukrainy od 24.02.22 do END:"},
            "około ", "", "", null, " ");
    /** The short reposts' languages, in turn. */
    private static final List<BulletinLanguage> REPOSTS = List.of(ENGLISH, UKRAINIAN, RUSSIAN, GERMAN, POLISH);

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
            long total = (Integer) CATEGORIES[c][1];
            int largest = (Integer) CATEGORIES[c][2];
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
            List<Integer> categories = j < 2 ? allCategories() : repostCategories(j);
            int typoCategory = j == typoRepost(d) ? typoCategory(categories, d) : -1;
            LocalDate published = j % 5 == 4 ? date.plusDays(1) : date;
            return bulletin(i, d, date, published, bulletinLanguage(j), j < 2, categories, typoCategory);
        }
        if (j < 230) {
            return russianStatement(i, d, date, d % 10 == 3 && j == 205);
        }
        return ukrainianStatement(i, d, date);
    }

    /** The repost of date {@code d} with a typo (every fourth date, in each language in turn), or -1. */
    private static int typoRepost(int d) {
        return d % 4 == 1 ? 7 + 2 * (d / 4 % REPOSTS.size()) : -1;
    }

    /** The language of bulletin {@code j} of a date: the two full ones in English and Ukrainian, reposts in turn. */
    private static BulletinLanguage bulletinLanguage(int j) {
        return j == 0 ? ENGLISH : j == 1 ? UKRAINIAN : REPOSTS.get(j % REPOSTS.size());
    }

    private static List<Integer> allCategories() {
        List<Integer> categories = new ArrayList<>();
        for (int c = 0; c < CATEGORIES.length; c++) {
            categories.add(c);
        }
        return categories;
    }

    private static List<Integer> repostCategories(int j) {
        List<Integer> categories = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            categories.add((j * 3 + k) % CATEGORIES.length);
        }
        return categories;
    }

    private int typoCategory(List<Integer> categories, int d) {
        for (int c : categories) {
            if (totals[c][d] >= 10) {
                return c;
            }
        }
        return -1;
    }

    private Generated bulletin(int i, int d, LocalDate date, LocalDate published, BulletinLanguage language,
                               boolean full, List<Integer> categories, int typoCategory) {
        StringBuilder text = new StringBuilder();
        String end = date.format(PERIOD_END);
        text.append(full ? language.fullTitle().replace("END", end) + "\n" : language.header(i % 4 == 0 ? 0 : 1, end));
        List<Statement> statements = new ArrayList<>();
        boolean uk = language == UKRAINIAN;
        for (int c : categories) {
            long total = totals[c][d];
            if (c == typoCategory) {
                total = typo(total);
            }
            long increment = increments[c][d];
            String dash = DASHES[(i + c) % DASHES.length];
            boolean personnel = c == 0;
            text.append(language.names().get(c)).append(' ').append(dash).append(' ')
                    .append(personnel ? language.about() : "")
                    .append(number(total, uk ? (i + c) % 2 : i + c, language.thousands()))
                    .append(" (+").append(increment).append(')')
                    .append(personnel ? language.persons() : language.units())
                    .append('\n');
            statements.add(new Statement(key(Claimant.UA_GENERAL_STAFF, Side.RUSSIA, c, date, Kind.CUMULATIVE),
                    total));
            statements.add(new Statement(key(Claimant.UA_GENERAL_STAFF, Side.RUSSIA, c, date, Kind.INCREMENT),
                    increment));
        }
        if (full) {
            text.append('\n').append(language.closing()).append('\n');
        }
        String url = "https://news.example/" + language.tag() + "/" + i;
        return new Generated(new CorpusDocument(url, text.toString(), url, null, published, language.tag(),
                "fixture: document " + i), statements);
    }

    private Generated russianStatement(int i, int d, LocalDate date, boolean withTypo) {
        long aircraft = 500 + d / 3;
        long helicopters = 270 + d / 7;
        long tanks = 12_000 + 8L * d;
        long statedTanks = withTypo ? typo(tanks) : tanks;
        String text;
        switch (i % 4) {
            case 0:
                text = "The Russian Ministry of Defence said its forces had destroyed " + aircraft + " Ukrainian "
                        + "aircraft, " + helicopters + " helicopters and " + number(statedTanks, i, ",") + " tanks "
                        + "since the start of the operation.";
                break;
            case 1:
                text = "According to the Russian Defence Ministry, Ukraine has lost " + aircraft + " aircraft, "
                        + helicopters + " helicopters and " + number(statedTanks, i, ",") + " tanks.";
                break;
            case 2:
                text = "Всего с начала проведения специальной военной операции уничтожены " + aircraft + " "
                        + russianPlural(aircraft, "самолет", "самолета", "самолетов") + ", " + helicopters + " "
                        + russianPlural(helicopters, "вертолет", "вертолета", "вертолетов") + " и "
                        + number(statedTanks, i, " ") + " " + russianPlural(statedTanks, "танк", "танка", "танков")
                        + ", сообщило Министерство обороны России.";
                break;
            default:
                text = "По данным Минобороны России, с начала специальной военной операции уничтожены " + aircraft
                        + " " + russianPlural(aircraft, "самолет", "самолета", "самолетов") + ", " + helicopters
                        + " " + russianPlural(helicopters, "вертолет", "вертолета", "вертолетов") + " и "
                        + number(statedTanks, i, " ") + " " + russianPlural(statedTanks, "танк", "танка", "танков")
                        + ".";
                break;
        }
        String url = "https://news.example/ru-mod/" + i;
        List<Statement> statements = List.of(
                new Statement(key(Claimant.RU_MOD, Side.UKRAINE, "aircraft", date), aircraft),
                new Statement(key(Claimant.RU_MOD, Side.UKRAINE, "helicopters", date), helicopters),
                new Statement(key(Claimant.RU_MOD, Side.UKRAINE, "tanks", date), statedTanks));
        return new Generated(new CorpusDocument(url, text, url, null, date, i % 4 < 2 ? "en" : "ru",
                "fixture: document " + i), statements);
    }

    private Generated ukrainianStatement(int i, int d, LocalDate date) {
        long tanks = totals[1][d];
        long armoured = totals[2][d];
        boolean english = i % 2 == 0;
        String text = english
                ? "The Ukrainian Ministry of Defence said Russia had lost " + number(tanks, i, ",") + " tanks and "
                    + number(armoured, i + 1, ",") + " armoured vehicles."
                : "Міністерство оборони України повідомило, що Росія втратила " + number(tanks, i, " ") + " "
                    + russianPlural(tanks, "танк", "танки", "танків") + " і " + number(armoured, i + 1, " ") + " "
                    + russianPlural(armoured, "бойову броньовану машину", "бойові броньовані машини",
                    "бойових броньованих машин") + ".";
        String url = "https://news.example/ua-mod/" + i;
        List<Statement> statements = List.of(
                new Statement(key(Claimant.UA_MOD, Side.RUSSIA, "tanks", date), tanks),
                new Statement(key(Claimant.UA_MOD, Side.RUSSIA, "armored_vehicles", date), armoured));
        return new Generated(new CorpusDocument(url, text, url, null, date, english ? "en" : "uk",
                "fixture: document " + i), statements);
    }

    /**
     * The form of a noun after {@code count} in Russian and Ukrainian (which agree here): {@code one} after 1, 21,
     * 31 (not 11), {@code few} after 2 to 4, 22 to 24 (not 12 to 14), {@code many} otherwise.
     */
    private static String russianPlural(long count, String one, String few, String many) {
        long lastTwo = count % 100;
        long last = count % 10;
        if (last == 1 && lastTwo != 11) {
            return one;
        }
        return last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? few : many;
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

    /**
     * {@code value} with thousands written by {@code style}: grouped with {@code thousands} ({@code 4,712},
     * {@code 4.712}), grouped with a space ({@code 4 712}) or not grouped ({@code 4712}).
     */
    private static String number(long value, int style, String thousands) {
        switch (Math.floorMod(style, 3)) {
            case 0:
                return String.format(Locale.ROOT, "%,d", value).replace(",", thousands);
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
            boolean planted = j == typoRepost(d) || (d % 10 == 3 && j == 205);
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
            return bulletin(i, d, date, date, bulletinLanguage(j), false, repostCategories(j), -1);
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
