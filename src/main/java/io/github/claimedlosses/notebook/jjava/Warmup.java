package io.github.claimedlosses.notebook.jjava;

import io.github.claimedlosses.notebook.Charts;
import io.github.claimedlosses.notebook.Losses;
import io.github.claimedlosses.notebook.display.Display;
import io.github.claimedlosses.notebook.display.MimeBundle;
import io.github.claimedlosses.stats.Corrections;
import io.github.claimedlosses.stats.DailyIncrements;
import io.github.claimedlosses.stats.Trends;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import tech.tablesaw.api.Table;

/**
 * A notebook's first cells run once on a tiny made-up datasets folder, in the background, when the kernel loads the
 * library: reading the dataset files into claims, the wide table, the daily series with corrections, a chart and the
 * displays of each as HTML or PNG. A fresh JVM runs this code slowly the first time (class loading and
 * initialization, linking of lambdas, interpretation until the JIT compiles it); done here, on a core the notebook's
 * cell does not use, the user's own first calls find it done. The folder (20 days of invented round figures, nothing
 * from a real dataset) is written to a temporary directory and deleted afterwards; nothing it computes is kept or
 * shown.
 */
final class Warmup {
    /** The first day of the made-up records: the General Staff's categories changed on 2022-05-01, within them. */
    private static final LocalDate FIRST = LocalDate.of(2022, 4, 21);
    private static final int DAYS = 20;
    private static final LocalDate DAY_ONE = LocalDate.of(2022, 2, 24);
    private static final LocalDate CHANGE = LocalDate.of(2022, 5, 1);
    /** Dataset keys reported on every made-up day. */
    private static final List<String> ALWAYS = List.of("aircraft", "helicopter", "tank", "APC", "field artillery",
            "MRL", "drone", "naval ship", "anti-aircraft warfare", "special equipment");
    /** Dataset keys until 2022-04-30, then those that replace them. */
    private static final List<String> BEFORE = List.of("military auto", "fuel tank");
    private static final List<String> AFTER = List.of("vehicles and fuel tanks", "cruise missiles");

    private Warmup() {
    }

    /** Runs the warm-up once; any failure is ignored (the user's own calls meet it and report it). */
    static void run() {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("claimed-losses-warmup");
            write(folder);
            exercise(folder);
        } catch (IOException | RuntimeException | LinkageError e) {
            // Only a warm-up: the notebook's own calls do the real work and report their own failures.
        } finally {
            delete(folder);
        }
    }

    /** The calls a notebook makes first, each result displayed as the kernel would. */
    static void exercise(Path folder) {
        Set<String> table = Set.of(MimeBundle.TEXT_HTML, MimeBundle.TEXT_PLAIN);
        Display.of(Losses.all(folder), table);
        Table gs = Losses.generalStaff(folder);
        Display.of(Losses.wide(gs), table);
        DailyIncrements daily = Trends.daily(gs, Corrections.shown(gs));
        Display.of(Losses.only(daily, "tanks"), table);
        Display.of(Losses.only(Trends.recordDays(daily, 5), "tanks"), table);
        Display.of(Charts.cumulative(gs, "tanks"), Set.of(MimeBundle.IMAGE_PNG, MimeBundle.TEXT_PLAIN));
    }

    /** The made-up datasets folder: equipment, personnel, one correction, Oryx's per-model and daily counts. */
    static void write(Path folder) throws IOException {
        Path generalStaff = Files.createDirectories(folder.resolve("general-staff"));
        List<String> equipment = new ArrayList<>();
        List<String> personnel = new ArrayList<>();
        List<String> oryx = new ArrayList<>();
        for (int i = 0; i < DAYS; i++) {
            LocalDate date = FIRST.plusDays(i);
            String head = "{\"date\": \"" + date + "\", \"day\": " + (ChronoUnit.DAYS.between(DAY_ONE, date) + 1);
            StringBuilder record = new StringBuilder(head);
            List<String> keys = new ArrayList<>(ALWAYS);
            keys.addAll(date.isBefore(CHANGE) ? BEFORE : AFTER);
            for (int k = 0; k < keys.size(); k++) {
                record.append(", \"").append(keys.get(k)).append("\": ").append(100 * (k + 1) + i * (k + 1));
            }
            equipment.add(record.append('}').toString());
            personnel.add(head + ", \"personnel\": " + (20000 + 300 * i) + ", \"personnel*\": \"about\"}");
            for (String side : List.of("Russia", "Ukraine")) {
                for (String type : List.of("Tanks", "Aircraft")) {
                    int total = 10 + i;
                    oryx.add(side + "," + type + "," + total + ",0,0,0," + total + "," + date + ",1,0,0,0,1,0,0,0,0,0");
                }
            }
        }
        writeArray(generalStaff.resolve("russia_losses_equipment.json"), equipment);
        writeArray(generalStaff.resolve("russia_losses_personnel.json"), personnel);
        writeArray(generalStaff.resolve("russia_losses_equipment_correction.json"), List.of("{\"date\": \""
                + FIRST.plusDays(DAYS - 3) + "\", \"day\": " + (ChronoUnit.DAYS.between(DAY_ONE, FIRST) + DAYS - 2)
                + ", \"tank\": 0, \"APC\": -5, \"personnel\": 0}"));
        writeArray(generalStaff.resolve("russia_losses_equipment_oryx.json"), List.of(
                "{\"equipment_oryx\": \"Tanks\", \"model\": \"T-72\", \"manufacturer\": \"the Soviet Union\", "
                        + "\"losses_total\": 10, \"equipment_ua\": \"Tanks\"}"));
        Path oryxFolder = Files.createDirectories(folder.resolve("oryx"));
        List<String> csv = new ArrayList<>();
        csv.add("country,equipment_type,destroyed,abandoned,captured,damaged,type_total,date_recorded,destroyed_diff,"
                + "abandoned_diff,captured_diff,damaged_diff,type_total_diff,destroyed_diff_diff,abandoned_diff_diff,"
                + "captured_diff_diff,damaged_diff_diff,type_total_diff_diff");
        csv.addAll(oryx);
        Files.write(oryxFolder.resolve("daily_count.csv"), csv, StandardCharsets.UTF_8);
    }

    private static void writeArray(Path file, List<String> records) throws IOException {
        Files.writeString(file, "[\n" + String.join(",\n", records) + "\n]\n", StandardCharsets.UTF_8);
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            // A temporary folder left behind; the system's temporary directory is cleaned by the system.
        }
    }
}
