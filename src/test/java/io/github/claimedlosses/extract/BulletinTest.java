package io.github.claimedlosses.extract;

import static io.github.claimedlosses.extract.Documents.extract;
import static io.github.claimedlosses.extract.Documents.offset;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.model.Side;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** General Staff bulletins in English and Ukrainian, in the layouts and spellings they come in. */
class BulletinTest {
    private static final LocalDate MARCH_31 = LocalDate.of(2022, 3, 31);
    /** A 2022 bulletin, without years in its period, some lines without an increment. Real figures of 2022-03-31. */
    private static final String ENGLISH_2022 = String.join("\n",
            "The total combat losses of the enemy from 24.02 to 31.03 were approximately:",
            "personnel ‒ about 17500 persons were liquidated (+200),",
            "tanks ‒ 614 (+9),",
            "armored combat vehicles ‒ 1735 (+12),",
            "artillery systems – 311 (+6),",
            "MLRS - 96,",
            "Anti-aircraft warfare systems - 54,",
            "aircraft – 135 (+4),",
            "helicopters – 131,",
            "automotive technology - 1201 (+17),",
            "vessels/boats - 7,",
            "fuel tanks - 75,",
            "UAV operational-tactical level - 83 (+2),",
            "special equipment - 22 (+1),",
            "mobile SRBM systems - 4.",
            "",
            "The data are being updated.");

    @Test
    void eachLineGivesATotalAndItsIncrementForThePeriodsEnd() {
        Extraction extraction = extract(ENGLISH_2022, MARCH_31);
        assertThat(extraction.warnings()).isEmpty();
        assertThat(totals(extraction.claims(), Kind.CUMULATIVE)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("personnel", 17_500.0), Map.entry("tanks", 614.0), Map.entry("armored_vehicles", 1735.0),
                Map.entry("artillery", 311.0), Map.entry("mlrs", 96.0), Map.entry("air_defense", 54.0),
                Map.entry("aircraft", 135.0), Map.entry("helicopters", 131.0), Map.entry("vehicles", 1201.0),
                Map.entry("warships", 7.0), Map.entry("fuel_tanks", 75.0), Map.entry("uav", 83.0),
                Map.entry("special_equipment", 22.0), Map.entry("srbm_launchers", 4.0)));
        assertThat(totals(extraction.claims(), Kind.INCREMENT)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "personnel", 200.0, "tanks", 9.0, "armored_vehicles", 12.0, "artillery", 6.0, "aircraft", 4.0,
                "vehicles", 17.0, "uav", 2.0, "special_equipment", 1.0));
        assertThat(extraction.claims()).allSatisfy(claim -> {
            assertThat(claim.date()).isEqualTo(MARCH_31);
            assertThat(claim.claimant()).isEqualTo(Claimant.UA_GENERAL_STAFF);
            assertThat(claim.side()).isEqualTo(Side.RUSSIA);
        });
    }

    /** The General Staff's figures of 2024-03-12, run together after a period header, one item without a change. */
    @Test
    void aPeriodHeaderWithTheItemsRunOnInItsParagraphIsReadByTheListReader() {
        LocalDate march12 = LocalDate.of(2024, 3, 12);
        Extraction extraction = extract("Загальні бойові втрати противника з 24.02.22 по 12.03.24 орієнтовно "
                + "склали: особового складу – близько 427 580 (+1 210) осіб, танків – 6 812 (+16), бойових "
                + "броньованих машин – 13 055 (+21), артилерійських систем – 10 366 (+31), засобів ППО – 718, "
                + "літаків – 347 (+0).", march12);
        assertThat(totals(extraction.claims(), Kind.CUMULATIVE)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "personnel", 427_580.0, "tanks", 6812.0, "armored_vehicles", 13_055.0, "artillery", 10_366.0,
                "air_defense", 718.0, "aircraft", 347.0));
        assertThat(totals(extraction.claims(), Kind.INCREMENT)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "personnel", 1210.0, "tanks", 16.0, "armored_vehicles", 21.0, "artillery", 31.0, "aircraft", 0.0));
        assertThat(extraction.claims()).allSatisfy(claim -> assertThat(claim.date()).isEqualTo(march12));
    }

    @Test
    void anEnglishRunOnBulletinNamesItsDronesAsTheGeneralStaffWritesThem() {
        Extraction extraction = extract("The total combat losses of the enemy from February 24, 2022 to March 10, "
                + "2025 are approximately: personnel ‒ about 886,320 (+1,190) people, tanks ‒ 10,292 (+18), UAVs "
                + "operational-tactical level ‒ 28,603 (+241), special equipment ‒ 3,773.", LocalDate.of(2025, 3, 10));
        assertThat(totals(extraction.claims(), Kind.CUMULATIVE)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "personnel", 886_320.0, "tanks", 10_292.0, "uav", 28_603.0, "special_equipment", 3_773.0));
        assertThat(totals(extraction.claims(), Kind.INCREMENT)).containsEntry("uav", 241.0);
    }

    @Test
    void aHeaderWhoseNextLinesNameNoCategoryLeavesItsParagraphToTheProse() {
        LocalDate february24 = LocalDate.of(2025, 2, 24);
        Extraction extraction = extract("Генштаб: за добу окупанти втратили 1 050 солдатів\n\nЗагальні бойові втрати "
                + "противника з 24.02.22 по 24.02.25 орієнтовно склали 868 230 осіб, з них 1 050 – за минулу добу. "
                + "Також знищено 10 177 танків.\n\nНайбільше боєзіткнень минулої доби відбулося на Покровському "
                + "напрямку – 62.", february24);
        assertThat(totals(extraction.claims(), Kind.CUMULATIVE)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "personnel", 868_230.0, "tanks", 10_177.0));
        assertThat(extraction.warnings()).isEmpty();
    }

    @Test
    void telegramEmojiMinusSeparatesTheNameFromTheTotal() {
        LocalDate march12 = LocalDate.of(2024, 3, 12);
        Extraction extraction = extract("⚡️Бойові втрати ворога на 12.03.2024\n\n🔥 особового складу ➖ близько "
                + "425 890 (+910) осіб\n🔥 танків ➖ 6 747 (+8)\n🔥 засобів ППО ➖ 713 (+2)\n🔥 літаків ➖ 347\n",
                march12);
        assertThat(totals(extraction.claims(), Kind.CUMULATIVE)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "personnel", 425_890.0, "tanks", 6747.0, "air_defense", 713.0, "aircraft", 347.0));
        assertThat(totals(extraction.claims(), Kind.INCREMENT)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "personnel", 910.0, "tanks", 8.0, "air_defense", 2.0));
    }

    @Test
    void aListWithItsTotalsFirstIsReadWithItsChanges() {
        LocalDate october8 = LocalDate.of(2024, 10, 8);
        Extraction english = extract("Since February 24, 2022, the General Staff of Ukraine's Armed Forces has "
                + "reported that Russia has lost 662,970 troops.\n\nAccording to the report, Russia has also lost:\n\n"
                + "* 8,940 tanks\n* 17,740 armored fighting vehicles\n* 26,185 vehicles and fuel tanks\n* 973 air "
                + "defense systems\n", october8);
        assertThat(english.claims()).allSatisfy(claim -> {
            assertThat(claim.claimant().id()).isEqualTo("ua-general-staff");
            assertThat(claim.date()).isEqualTo(october8);
        });
        assertThat(totals(english.claims(), Kind.CUMULATIVE)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "personnel", 662_970.0, "tanks", 8940.0, "armored_vehicles", 17_740.0, "vehicles_fuel_tanks",
                26_185.0, "air_defense", 973.0));
        Extraction emoji = extract("Втрати ворога станом на 8 жовтня, за даними Генштабу ЗСУ:\n\n🔹 662 970 (+1 150) "
                + "особового складу\n🔹 8 940 (+9) танків\n🔹 17 740 (+17) бойових броньованих машин\n", october8);
        assertThat(totals(emoji.claims(), Kind.CUMULATIVE)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "personnel", 662_970.0, "tanks", 8940.0, "armored_vehicles", 17_740.0));
        assertThat(totals(emoji.claims(), Kind.INCREMENT)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "personnel", 1150.0, "tanks", 9.0, "armored_vehicles", 17.0));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Az ukrán vezérkar szerint az orosz hadsereg veszteségei február 24. óta:\n\n- élőerő: 662 970 fő (+1150)\n"
                + "- harckocsik: 8940 (+9)\n- repülőgépek: 368\n",
        "Straty Ruska podľa ukrajinského generálneho štábu:\n\nosoby – 662 970 (+1150)\ntanky – 8940 (+9)\n"
                + "lietadlá – 368\n"})
    void theInvasionsFirstDayInAHeaderDatesNoTotals(String bulletin) {
        LocalDate october8 = LocalDate.of(2024, 10, 8);
        Extraction extraction = extract(bulletin, october8);
        assertThat(extraction.claims()).allSatisfy(claim -> assertThat(claim.date()).isEqualTo(october8));
        assertThat(totals(extraction.claims(), Kind.CUMULATIVE)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "personnel", 662_970.0, "tanks", 8940.0, "aircraft", 368.0));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The new US package announced on Tuesday includes:\n\n- 4 HIMARS launchers\n- 60 tanks\n- 100 armored "
                + "vehicles\n- 20 air defense systems\n",
        "Before the war, Russia's army had:\n\n- 3,300 tanks\n- 13,000 armored vehicles\n- 1,500 helicopters\n",
        "Key events of the day:\n\n1. Russia launched 85 drones at Ukraine overnight.\n2. 3 people were killed in "
                + "Kharkiv.\n3. 12 tanks were delivered by Germany.\n"})
    void aListOfTotalsFirstThatSpeaksOfNoLossesGivesNoFigures(String text) {
        assertThat(extract(text, LocalDate.of(2024, 10, 8)).claims()).isEmpty();
    }

    @Test
    void aboutQualifiesTheTotalAndTheIncrementIsExact() {
        List<Claim> personnel = extract(ENGLISH_2022, MARCH_31).claims().stream()
                .filter(claim -> claim.category().id().equals("personnel")).collect(Collectors.toList());
        assertThat(personnel).extracting(Claim::kind, Claim::qualifier, Claim::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.CUMULATIVE, Qualifier.ABOUT, 17_500.0),
                org.assertj.core.groups.Tuple.tuple(Kind.INCREMENT, Qualifier.EXACT, 200.0));
    }

    @Test
    void offsetsPointAtTheTotalAndTheIncrementAndTheQuoteIsTheLine() {
        List<Claim> tanks = extract(ENGLISH_2022, MARCH_31).claims().stream()
                .filter(claim -> claim.category().id().equals("tanks")).collect(Collectors.toList());
        assertThat(tanks).hasSize(2);
        assertThat(offset(tanks.get(0))).isEqualTo(ENGLISH_2022.indexOf("614 (+9)"));
        assertThat(offset(tanks.get(1))).isEqualTo(ENGLISH_2022.indexOf("9),"));
        assertThat(tanks).allSatisfy(claim -> assertThat(claim.provenance().quote()).isEqualTo("tanks ‒ 614 (+9),"));
    }

    @Test
    void aPeriodWithoutYearsInAnUndatedDocumentEndsInTheFirstYearWithAWarning() {
        Extraction extraction = extract(ENGLISH_2022);
        assertThat(extraction.claims()).extracting(Claim::date).containsOnly(MARCH_31);
        assertThat(extraction.warnings()).extracting(ExtractionWarning::toString).containsExactly("offset "
                + ENGLISH_2022.indexOf("from") + ": bulletin period \"from 24.02 to 31.03\" gives no year; read as "
                + "ending 2022-03-31, the first such date after its start 2022-02-24");
    }

    @Test
    void aPeriodWithoutYearsTakesItsYearFromTheDocumentsDate() {
        Extraction extraction = extract(ENGLISH_2022, LocalDate.of(2023, 4, 2));
        assertThat(extraction.claims()).extracting(Claim::date).containsOnly(LocalDate.of(2023, 3, 31));
        assertThat(extraction.warnings()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"tanks ‒ 614 (+9)", "tanks – 614 (+9)", "tanks — 614 (+9)", "tanks - 614 (+9)",
        "tanks − 614 (+9)", "tanks‒614(+9)", "tanks -614 (+9)", "tanks-614 (+9)", "  tanks   ‒   614   ( +9 )",
        "• tanks ‒ 614 (+9)", "Tanks ‒ 614 (+9) од", "танків ‒ 614 (+9) од", "танків – 614 (+9) од."})
    void anyDashAndSpacingSeparatesTheNameFromTheFigures(String line) {
        List<Claim> claims = extract("from 24.02.2022 to 31.03.2022:\n" + line + "\n").claims();
        assertThat(claims).extracting(claim -> claim.category().id()).containsExactly("tanks", "tanks");
        assertThat(claims).extracting(Claim::value).containsExactly(614.0, 9.0);
    }

    @Test
    void aHyphenInsideTheNameIsNoSeparator() {
        List<Claim> claims = extract("from 24.02.2022 to 31.03.2022:\nAnti-aircraft warfare systems - 54\n"
                + "БПЛА оперативно-тактичного рівня-83\n").claims();
        assertThat(claims).extracting(claim -> claim.category().id()).containsExactly("air_defense", "uav");
        assertThat(claims).extracting(Claim::value).containsExactly(54.0, 83.0);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "409 010 (+770) | 409010 | 770",
        "409,010 (+770) | 409010 | 770",
        "409010 (+770) | 409010 | 770",
        "409\u00A0010 (+770) | 409010 | 770",
        "409\u202F010 (+1\u202F200) | 409010 | 1200",
        "409 010 (+1 200) | 409010 | 1200",
        "409,010 (+1,200) | 409010 | 1200",
        "409 010 (−3) | 409010 | -3",
        "409 010 (-3) | 409010 | -3",
        "409 010 (0) | 409010 | 0"})
    void thousandsWithSpacesCommasOrNothing(String figures, double total, double change) {
        List<Claim> claims = extract("з 24.02.22 по 24.02.24\nособового складу ‒ близько " + figures + " осіб\n")
                .claims();
        assertThat(claims).extracting(Claim::kind, Claim::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.CUMULATIVE, total),
                org.assertj.core.groups.Tuple.tuple(Kind.INCREMENT, change));
        assertThat(claims.get(0).qualifier()).isEqualTo(Qualifier.ABOUT);
        assertThat(claims).extracting(Claim::date).containsOnly(LocalDate.of(2024, 2, 24));
    }

    @Test
    void aLineNamingNoCategoryIsSkippedWithAWarningAndTheBulletinGoesOn() {
        String text = "from 24.02.2022 to 31.03.2022:\ntanks ‒ 614 (+9)\nwidgets ‒ 5 (+1)\naircraft ‒ 135 (+4)\n";
        Extraction extraction = extract(text);
        assertThat(extraction.claims()).extracting(claim -> claim.category().id())
                .containsExactly("tanks", "tanks", "aircraft", "aircraft");
        assertThat(extraction.warnings()).extracting(ExtractionWarning::toString).containsExactly("offset "
                + text.indexOf("5 (+1)") + ": bulletin line \"widgets ‒ 5 (+1)\": \"widgets\" is no category or alias "
                + "in taxonomy.json; the line is skipped");
    }

    @Test
    void theBulletinEndsAtTheFirstLineThatIsNoCategoryLineAndProseResumes() {
        String text = "Kyiv, 31 March 2022\n\nThe morning report: from 24.02 to 31.03 the losses were:\n"
                + "tanks ‒ 614 (+9)\n\nSeparately, the Ukrainian Ministry of Defence said Russia had lost 135 aircraft.\n";
        Extraction extraction = extract(text);
        assertThat(extraction.claims()).extracting(Claim::claimant, claim -> claim.category().id(), Claim::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Claimant.UA_GENERAL_STAFF, "tanks", Kind.CUMULATIVE),
                        org.assertj.core.groups.Tuple.tuple(Claimant.UA_GENERAL_STAFF, "tanks", Kind.INCREMENT),
                        org.assertj.core.groups.Tuple.tuple(Claimant.UA_MOD, "aircraft", Kind.CUMULATIVE));
        assertThat(extraction.warnings()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "from 24.02.2022 to 31.02.2022 | is no real pair of dates",
        "from 24.02.2023 to 31.03.2022 | ends before it starts"})
    void aPeriodThatIsNoPeriodIsReportedAndItsLinesSkipped(String header, String problem) {
        Extraction extraction = extract(header + "\ntanks ‒ 614 (+9)\n");
        assertThat(extraction.claims()).isEmpty();
        assertThat(extraction.warnings()).extracting(ExtractionWarning::message)
                .anySatisfy(message -> assertThat(message).contains(problem));
    }

    @Test
    void anAbsurdlyLongNumberEndsTheBulletinInsteadOfFailing() {
        Extraction extraction = extract("from 24.02.2022 to 31.03.2022:\ntanks ‒ 614 (+9)\naircraft ‒ "
                + "9".repeat(400) + " (+1)\n");
        assertThat(extraction.claims()).extracting(claim -> claim.category().id()).containsExactly("tanks", "tanks");
    }

    @Test
    void theProjectsEnglishSeedParsesToItsTotalsAndIncrements() {
        Extraction extraction = project("2023-09-14-general-staff-bulletin-en.txt");
        assertThat(extraction.warnings()).isEmpty();
        assertThat(totals(extraction.claims(), Kind.CUMULATIVE)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("personnel", 270_970.0), Map.entry("tanks", 4599.0), Map.entry("armored_vehicles", 8810.0),
                Map.entry("artillery", 5944.0), Map.entry("mlrs", 769.0), Map.entry("air_defense", 517.0),
                Map.entry("aircraft", 315.0), Map.entry("helicopters", 316.0), Map.entry("uav", 4697.0),
                Map.entry("cruise_missiles", 1455.0), Map.entry("warships", 20.0), Map.entry("submarines", 1.0),
                Map.entry("vehicles_fuel_tanks", 8458.0), Map.entry("special_equipment", 889.0)));
        assertThat(totals(extraction.claims(), Kind.INCREMENT)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("personnel", 620.0), Map.entry("tanks", 15.0), Map.entry("armored_vehicles", 18.0),
                Map.entry("artillery", 42.0), Map.entry("mlrs", 3.0), Map.entry("air_defense", 0.0),
                Map.entry("aircraft", 0.0), Map.entry("helicopters", 0.0), Map.entry("uav", 47.0),
                Map.entry("cruise_missiles", 0.0), Map.entry("warships", 1.0), Map.entry("submarines", 1.0),
                Map.entry("vehicles_fuel_tanks", 14.0), Map.entry("special_equipment", 5.0)));
        assertThat(extraction.claims()).extracting(Claim::date).containsOnly(LocalDate.of(2023, 9, 14));
    }

    @Test
    void theProjectsUkrainianSeedParsesToItsTotalsAndIncrements() {
        Extraction extraction = project("2024-02-24-general-staff-bulletin-ukrainian.txt");
        assertThat(extraction.warnings()).isEmpty();
        assertThat(totals(extraction.claims(), Kind.CUMULATIVE)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("personnel", 409_010.0), Map.entry("tanks", 6534.0), Map.entry("armored_vehicles", 12_425.0),
                Map.entry("artillery", 9952.0), Map.entry("mlrs", 999.0), Map.entry("air_defense", 684.0),
                Map.entry("aircraft", 340.0), Map.entry("helicopters", 325.0), Map.entry("uav", 7659.0),
                Map.entry("cruise_missiles", 1905.0), Map.entry("warships", 25.0), Map.entry("submarines", 1.0),
                Map.entry("vehicles_fuel_tanks", 12_988.0), Map.entry("special_equipment", 1576.0)));
        assertThat(totals(extraction.claims(), Kind.INCREMENT)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("personnel", 770.0), Map.entry("tanks", 8.0), Map.entry("armored_vehicles", 15.0),
                Map.entry("artillery", 36.0), Map.entry("mlrs", 0.0), Map.entry("air_defense", 2.0),
                Map.entry("aircraft", 1.0), Map.entry("helicopters", 0.0), Map.entry("uav", 31.0),
                Map.entry("cruise_missiles", 2.0), Map.entry("warships", 0.0), Map.entry("submarines", 0.0),
                Map.entry("vehicles_fuel_tanks", 28.0), Map.entry("special_equipment", 1.0)));
        assertThat(extraction.claims()).extracting(Claim::date).containsOnly(LocalDate.of(2024, 2, 24));
        assertThat(extraction.claims()).filteredOn(claim -> claim.category().id().equals("personnel"))
                .first().extracting(Claim::qualifier).isEqualTo(Qualifier.ABOUT);
    }

    private static Extraction project(String file) {
        return TextExtractor.standard().extract(TextFile.read(Path.of("seeds", file)), DocumentInfo.named(file));
    }

    private static Map<String, Double> totals(List<Claim> claims, Kind kind) {
        Map<String, Double> totals = new TreeMap<>();
        claims.stream().filter(claim -> claim.kind() == kind).forEach(claim -> assertThat(
                totals.put(claim.category().id(), claim.value())).as("one %s %s", kind, claim.category()).isNull());
        return totals;
    }
}
