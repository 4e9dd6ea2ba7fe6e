package io.github.claimedlosses.extract;

import static io.github.claimedlosses.extract.Documents.extract;
import static io.github.claimedlosses.extract.Documents.offset;
import static io.github.claimedlosses.extract.Documents.only;
import static io.github.claimedlosses.extract.Documents.onlyClaim;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.model.Side;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Prose extraction, clause by clause of the issue. The sentences are constructed for the tests; their figures
 * need not be real.
 */
class ProseExtractionTest {
    private static final String MINISTRY = "The Ukrainian Ministry of Defence said that Russia had lost ";
    private static final LocalDate MARCH_31 = LocalDate.of(2022, 3, 31);

    @Nested
    class Numbers {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "Генштаб ВСУ заявил, что Россия за сутки потеряла более тысячи военных.",
            "Генштаб ЗСУ повідомив, що за добу росія втратила понад тисячі окупантів.",
            "Генштаб ЗСУ повідомив, що за добу росія втратила близько тисячі окупантів."})
        void aThousandInTheGenitiveAfterAWordOfComparingIsOneThousand(String sentence) {
            assertThat(Documents.extract(sentence, LocalDate.of(2025, 3, 10)).claims()).extracting(claim ->
                    (long) claim.value() + " " + claim.kind().id()).containsExactly("1000 increment");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "Laut ukrainischem Generalstab verlor Russland innerhalb eines Tages mehr als tausend Soldaten.",
            "Według Sztabu Generalnego Rosja straciła w ciągu doby ponad tysiąc żołnierzy.",
            "Secondo lo Stato maggiore ucraino, la Russia ha perso oltre mille soldati nelle ultime 24 ore."})
        void aThousandAloneIsOneThousandAndAGenitiveArticleIsNoOne(String sentence) {
            assertThat(Documents.extract(sentence, LocalDate.of(2025, 3, 10)).claims()).extracting(claim ->
                    (long) claim.value() + " " + claim.kind().id()).containsExactly("1000 increment");
        }

        @Test
        void thousandsWithoutAWordOfComparingAreNoNumber() {
            assertThat(Documents.extract("Генштаб ЗСУ повідомив, що за добу Сили оборони ліквідували 1210 окупантів, а "
                    + "тисячі інших поранено.", LocalDate.of(2025, 3, 10)).claims()).extracting(claim ->
                    (long) claim.value()).containsExactly(1210L);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "Russia is losing about 1,000 soldiers a day, Zelensky said.",
            "Росія щодня втрачає близько 1 000 військових на добу, заявив Зеленський.",
            "По словам Зеленского, Россия теряет около 1 000 военных в сутки."})
        void aRateIsNoCount(String sentence) {
            assertThat(Documents.extract(sentence, LocalDate.of(2025, 11, 20)).claims()).isEmpty();
        }

        @Test
        void aCasualtyWordAfterADashMakesThePartSpecific() {
            assertThat(Documents.figures("Зеленський заявив, що з початку року росія втратила понад 400 тисяч "
                    + "військових, з них близько 180 тисяч – загиблими.", LocalDate.of(2025, 11, 20))).containsExactly(
                    "ua-president russia personnel 400000 estimate", "ua-president russia personnel_killed 180000 estimate");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "По оценке британской разведки, потери России составляют от 790 000 до 900 000 человек.",
            "За оцінкою британської розвідки, втрати росії становлять від 790 до 900 тисяч осіб."})
        void aRangeFromOneNumberToAnotherIsARange(String sentence) {
            assertThat(Documents.extract(sentence, LocalDate.of(2025, 11, 20)).claims()).singleElement()
                    .satisfies(claim -> {
                        assertThat(claim.low()).isEqualTo(790_000.0);
                        assertThat(claim.high()).isEqualTo(900_000.0);
                        assertThat(claim.qualifier().id()).isEqualTo("range");
                    });
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "17,500 troops | 17500",
            "17 500 troops | 17500",
            "17500 troops | 17500",
            "17\u00A0500 troops | 17500",
            "17\u202F500 troops | 17500",
            "1.2 million troops | 1200000",
            "17 thousand troops | 17000",
            "70k troops | 70000",
            "seven boats | 7",
            "twenty-five tanks | 25",
            "one hundred and twenty tanks | 120",
            "a dozen helicopters | 12",
            "one submarine | 1"})
        void everyCommonFormIsRead(String figure, double value) {
            Claim claim = onlyClaim(MINISTRY + figure + " by 31 March 2022.");
            assertThat(claim.value()).isEqualTo(value);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "Генштаб ЗСУ: за минулу добу Сили оборони знищили одну реактивну систему залпового вогню.",
            "Минобороны России: за сутки ВС РФ уничтожили одну реактивную систему залпового огня."})
        void theFeminineAccusativeOfOneIsOne(String sentence) {
            Claim claim = onlyClaim(sentence);
            assertThat(claim.category().id()).isEqualTo("mlrs");
            assertThat(claim.value()).isEqualTo(1);
        }

        @Test
        void theOffsetPointsAtTheFirstCharacterOfTheFigure() {
            String text = MINISTRY + "twenty-five tanks and 1,200 trucks by 31 March 2022.";
            List<Claim> claims = extract(text).claims();
            assertThat(text.startsWith("twenty-five tanks", offset(only(claims, "tanks")))).isTrue();
            assertThat(offset(only(claims, "vehicles"))).isEqualTo(text.indexOf("1,200"));
        }

        @Test
        void offsetsCountCharactersNotUtf16Units() {
            String text = "\uD83D\uDEA9\uD83D\uDEA9 " + MINISTRY + "614 tanks by 31 March 2022.";
            Claim claim = onlyClaim(text);
            assertThat(offset(claim)).isEqualTo(text.indexOf("614") - 2)
                    .isEqualTo(text.codePointCount(0, text.indexOf("614")));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "Az ukrán vezérkar szerint az elmúlt 24 órában 1210-zel nőtt az orosz katonák veszteségeinek száma.",
            "Az ukrán vezérkar szerint az orosz hadsereg az elmúlt 24 órában 1210-et veszített el katonái közül.",
            "Az ukrán vezérkar szerint az elmúlt napon 1210-en haltak meg az orosz katonák közül."})
        void aHungarianNumberKeepsItsValueBeforeACaseSuffix(String sentence) {
            Claim claim = Documents.extract(sentence, MARCH_31).claims().get(0);
            assertThat(claim.value()).isEqualTo(1210);
            assertThat(claim.kind()).isEqualTo(Kind.INCREMENT);
            assertThat(claim.side()).isEqualTo(Side.RUSSIA);
        }

        @Test
        void hoursAreNoFigure() {
            assertThat(Documents.extract("Az ukrán vezérkar szerint az elmúlt 24 órában az orosz katonák közül 650-en "
                    + "estek el vagy sebesültek meg.", MARCH_31).claims()).extracting(Claim::value).doesNotContain(24.0);
        }

        @Test
        void aBrokenThousandsGroupIsNoNumber() {
            assertThat(extract(MINISTRY + "1,23 tanks by 31 March 2022.").claims()).isEmpty();
        }
    }

    @Nested
    class Categories {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
            "135 fighter, attack, and transport jets | aircraft",
            "22 special equipment platforms, such as bridging vehicles | special_equipment",
            "four mobile Iskander ballistic missile systems | srbm_launchers",
            "75 fuel tanks | fuel_tanks",
            "1,735 armored personnel carriers | armored_vehicles",
            "96 Multiple Launch Rocket Systems (MLRS) | mlrs",
            "54 anti-aircraft batteries | air_defense",
            "83 unmanned aerial systems | uav",
            "311 artillery pieces | artillery",
            "seven boats | warships"})
        void theFirstCategoryInTheNounPhraseNamesTheFigure(String figure, String category) {
            Claim claim = onlyClaim(MINISTRY + figure + " by 31 March 2022.");
            assertThat(claim.category().id()).isEqualTo(category);
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
            "Ukrainian forces killed approximately 17,500 Russian troops | personnel_killed",
            "17,500 Russian troops were killed | personnel_killed",
            "17,500 killed | personnel_killed",
            "Ukrainian forces wounded 3,000 Russian soldiers | personnel_wounded",
            "Ukrainian forces captured 500 Russian soldiers | pow",
            "500 Russian soldiers had surrendered | pow",
            "Russia suffered 70k casualties | personnel",
            "Russia lost 17,500 troops | personnel"})
        void aCueMakesAPersonnelFigureSpecific(String clause, String category) {
            Claim claim = onlyClaim("The Ukrainian Ministry of Defence said on 31 March 2022 that " + clause + ".");
            assertThat(claim.category().id()).isEqualTo(category);
            assertThat(claim.side()).isEqualTo(Side.RUSSIA);
        }

        @Test
        void turkishDeadAndWoundedAreAllPersonnel() {
            Claim claim = Documents.extract("İngiltere Savunma Bakanlığı, Rusya'nın savaşın başından bu yana 40 bin ile "
                    + "60 bin arasında ölü ve yaralı kaybı verdiğini tahmin etti.", MARCH_31).claims().get(0);
            assertThat(claim.category().id()).isEqualTo("personnel");
            assertThat(claim.value()).isEqualTo(50_000);
        }
    }

    @Nested
    class Qualifiers {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "approximately | ABOUT", "about | ABOUT", "around | ABOUT", "roughly | ABOUT", "nearly | ABOUT",
            "more than | MORE_THAN", "over | MORE_THAN", "at least | AT_LEAST", "up to | AT_MOST"})
        void aWordBeforeTheFigureQualifiesIt(String words, Qualifier qualifier) {
            Claim claim = onlyClaim(MINISTRY + words + " 600 tanks by 31 March 2022.");
            assertThat(claim.qualifier()).isEqualTo(qualifier);
            assertThat(claim.value()).isEqualTo(600);
        }

        @Test
        void aWordBeforeTheNextFigureQualifiesItEvenAfterANounPhrase() {
            List<Claim> claims = extract(MINISTRY + "600 tanks and more than 300 helicopters by 31 March 2022.").claims();
            assertThat(only(claims, "tanks").qualifier()).isEqualTo(Qualifier.EXACT);
            assertThat(only(claims, "helicopters").qualifier()).isEqualTo(Qualifier.MORE_THAN);
        }

        @Test
        void aFigureWithoutSuchAWordIsExact() {
            assertThat(onlyClaim(MINISTRY + "600 tanks by 31 March 2022.").qualifier()).isEqualTo(Qualifier.EXACT);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"50-60", "50–60", "50 to 60", "between 50 and 60"})
        void aRangeHasBoundsAndItsMidpoint(String range) {
            Claim claim = onlyClaim(MINISTRY + range + " helicopters by 31 March 2022.");
            assertThat(claim.qualifier()).isEqualTo(Qualifier.RANGE);
            assertThat(claim.low()).isEqualTo(50.0);
            assertThat(claim.high()).isEqualTo(60.0);
            assertThat(claim.value()).isEqualTo(55);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "Según la inteligencia británica, entre 40.000 y 60.000 soldados rusos han muerto en la guerra.",
            "Selon le renseignement britannique, entre 40 000 et 60 000 soldats russes ont été tués depuis le début de la guerre.",
            "İngiliz istihbaratına göre savaşta 40 bin ile 60 bin arasında Rus askeri öldü."})
        void aRangeIsReadInTheWordsOfItsLanguage(String sentence) {
            Claim claim = Documents.extract(sentence, MARCH_31).claims().get(0);
            assertThat(claim.qualifier()).isEqualTo(Qualifier.RANGE);
            assertThat(claim.low()).isEqualTo(40_000.0);
            assertThat(claim.high()).isEqualTo(60_000.0);
            assertThat(claim.value()).isEqualTo(50_000);
        }
    }

    @Nested
    class Multiples {
        @Test
        void thriceThatNumberIsDerivedFromTheFigureBefore() {
            List<Claim> claims = extract("The Ukrainian Ministry of Defence said on 31 March 2022 that its forces had "
                    + "killed approximately 17,500 Russian troops (and wounded approximately thrice that number).")
                    .claims();
            Claim wounded = only(claims, "personnel_wounded");
            assertThat(wounded.value()).isEqualTo(52_500);
            assertThat(wounded.kind()).isEqualTo(Kind.DERIVED);
            assertThat(wounded.qualifier()).isEqualTo(Qualifier.ABOUT);
            assertThat(wounded.date()).isEqualTo(MARCH_31);
            assertThat(wounded.claimant()).isEqualTo(Claimant.UA_MOD);
        }

        @Test
        void aMultipleTakesTheQualifierOfItsBaseWhenItStatesNone() {
            List<Claim> claims = extract("The Ukrainian Ministry of Defence said on 31 March 2022 that 10,000 Russian "
                    + "soldiers had been killed and three times as many wounded.").claims();
            Claim wounded = only(claims, "personnel_wounded");
            assertThat(wounded.value()).isEqualTo(30_000);
            assertThat(wounded.qualifier()).isEqualTo(Qualifier.EXACT);
        }

        @Test
        void aMultipleOfNothingIsReported() {
            Extraction extraction = extract("On 31 March 2022 the Ukrainian Ministry of Defence said Russian losses "
                    + "were twice that number.");
            assertThat(extraction.claims()).isEmpty();
            assertThat(extraction.warnings()).extracting(ExtractionWarning::message)
                    .anySatisfy(message -> assertThat(message).contains("\"twice that number\" refers to no figure"));
        }
    }

    @Nested
    class ClaimantsAndSides {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "The Ukrainian Ministry of Defense claimed that Russia had lost 600 tanks. | UA_MOD | RUSSIA | CUMULATIVE",
            "The General Staff of the Armed Forces of Ukraine reported that 600 Russian tanks had been destroyed. "
                + "| UA_GENERAL_STAFF | RUSSIA | CUMULATIVE",
            "According to the General Staff, 600 tanks have been destroyed. | UA_GENERAL_STAFF | RUSSIA | CUMULATIVE",
            "The Russian Defence Ministry said its forces had destroyed 120 Ukrainian aircraft. | RU_MOD | UKRAINE "
                + "| CUMULATIVE",
            "The Russian Defence Ministry said its forces had destroyed 120 aircraft. | RU_MOD | UKRAINE | CUMULATIVE",
            "За даними Генштабу, Росія втратила 1195 танків. | UA_GENERAL_STAFF | RUSSIA | CUMULATIVE",
            "British Military Intelligence assessed that Russia had likely lost 15,000 troops. | UK_MOD | RUSSIA "
                + "| ESTIMATE",
            "Russia has lost 200 tanks in the east, the Pentagon said. | US_DOD | RUSSIA | ESTIMATE",
            "Russian forces have lost 200 tanks in the east. | PRESS | RUSSIA | ESTIMATE",
            "Ukrainian forces destroyed 20 tanks near Kharkiv. | PRESS | RUSSIA | ESTIMATE"})
        void attributionGivesTheClaimantAndWhoseLosses(String sentence, Claimant claimant, Side side, Kind kind) {
            Claim claim = Documents.extract(sentence, MARCH_31).claims().get(0);
            assertThat(claim.claimant()).isEqualTo(claimant);
            assertThat(claim.side()).isEqualTo(side);
            assertThat(claim.kind()).isEqualTo(kind);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "По данным Генштаба ВСУ, за минувшие сутки ВСУ потеряли 45 военнослужащих. | UA_GENERAL_STAFF | UKRAINE",
            "По данным Генштаба ВСУ, за минувшие сутки российские войска потеряли 1170 военнослужащих. "
                + "| UA_GENERAL_STAFF | RUSSIA",
            "Як повідомив Генштаб, за добу ЗСУ втратили 3 танки. | UA_GENERAL_STAFF | UKRAINE",
            "The Ukrainian Ministry of Defence said Ukraine lost 12 tanks in the battle. | UA_MOD | UKRAINE",
            "The Russian Defence Ministry said Russia has lost 5,937 troops. | RU_MOD | RUSSIA"})
        void theSubjectOfAVerbOfLosingIsWhoseLossesItIs(String sentence, Claimant claimant, Side side) {
            Claim claim = Documents.extract(sentence, MARCH_31).claims().get(0);
            assertThat(claim.claimant()).isEqualTo(claimant);
            assertThat(claim.side()).isEqualTo(side);
        }

        @Test
        void theDayOfAChangeBeforeAListDoesNotDateTheListsTotals() {
            List<Claim> claims = Documents.extract("За минулу добу, 26 жовтня, російська армія втратила ще 1440 "
                    + "солдатів, повідомляє Генштаб ЗСУ. Втрати техніки:\n- танки — 9113 (+4);\n"
                    + "- бойові броньовані машини — 18 355 (+23);\n- артилерійські системи — 19 821 (+39).",
                    LocalDate.of(2024, 10, 27)).claims();
            assertThat(only(claims, "tanks", Kind.CUMULATIVE).date()).isEqualTo(LocalDate.of(2024, 10, 27));
            assertThat(only(claims, "personnel").date()).isEqualTo(LocalDate.of(2024, 10, 26));
        }

        @Test
        void aMisprintedHugeFigureIsSkippedWithAWarning() {
            Extraction extraction = Documents.extract("Közel 45 ezer ezer orosz katona halt meg az ukrán vezérkar "
                    + "szerint.", LocalDate.of(2022, 8, 20));
            assertThat(extraction.claims()).isEmpty();
            assertThat(extraction.warnings()).extracting(ExtractionWarning::toString).anySatisfy(warning ->
                    assertThat(warning).contains("45000000 personnel_killed is more than can be meant"));
        }

        @Test
        void anAsideInParenthesesDatesNoOtherFigure() {
            List<Claim> claims = Documents.extract("Az ukrán vezérkar szerint az orosz hadsereg 1 907 tankot (ebből "
                    + "tegnap nyolcat) és 4 212 páncélozott harcjárművet veszített.", LocalDate.of(2022, 8, 20))
                    .claims();
            assertThat(claims).extracting(Claim::value, Claim::kind, Claim::date).contains(
                    org.assertj.core.groups.Tuple.tuple(1907.0, Kind.CUMULATIVE, LocalDate.of(2022, 8, 20)));
            assertThat(claims).allSatisfy(claim -> assertThat(claim.date()).isEqualTo(LocalDate.of(2022, 8, 20)));
        }

        @Test
        void theInvasionsFirstDayDatesNoFigure() {
            Claim claim = Documents.extract("Od początku inwazji na Ukrainę 24 lutego straty sił rosyjskich wynoszą "
                    + "już ponad 13 500 żołnierzy - poinformował Sztab Generalny Sił Zbrojnych Ukrainy.",
                    LocalDate.of(2022, 3, 15)).claims().get(0);
            assertThat(claim.value()).isEqualTo(13500.0);
            assertThat(claim.date()).isEqualTo(LocalDate.of(2022, 3, 15));
        }

        @Test
        void aSentenceNamingTheSourceOfWhatCameBeforeAttributesIt() {
            List<Claim> claims = Documents.extract("За минулу добу армія РФ втратила ще 1 150 військових.\n\nПро це "
                    + "повідомляє Генеральний штаб ЗСУ.\n\nЗа сутки ВСУ потеряли до 1 300 военнослужащих. Об этом "
                    + "сообщили в Минобороны России.", LocalDate.of(2024, 10, 3)).claims();
            assertThat(claims).extracting(Claim::value, Claim::claimant, Claim::side).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(1150.0, Claimant.UA_GENERAL_STAFF, Side.RUSSIA),
                    org.assertj.core.groups.Tuple.tuple(1300.0, Claimant.RU_MOD, Side.UKRAINE));
        }

        @Test
        void aDaysOrdinalFullStopBeforeAMonthEndsNoSentence() {
            Claim claim = Documents.extract("Am 3. Februar 2024 hat Russland 30 Panzer verloren, teilte der "
                    + "ukrainische Generalstab mit.", LocalDate.of(2024, 2, 9)).claims().get(0);
            assertThat(claim.date()).isEqualTo(LocalDate.of(2024, 2, 3));
            assertThat(claim.claimant()).isEqualTo(Claimant.UA_GENERAL_STAFF);
        }

        @Test
        void figuresCountedFromALaterDayThanTheInvasionsFirstAreChanges() {
            List<Claim> claims = Documents.extract("Nach Angaben des Generalstabs der Streitkräfte der Ukraine hat "
                    + "Russland seit dem 3. Februar 42 Panzer verloren.\n\nDer Generalstab berichtete, dass Russland "
                    + "im gleichen Zeitraum auch 36 Drohnen verloren habe. Seit Beginn der Invasion am 24. Februar 2022 "
                    + "hat Russland insgesamt 6385 Panzer verloren.", LocalDate.of(2024, 2, 9)).claims();
            assertThat(claims).extracting(Claim::value, Claim::kind).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(42.0, Kind.INCREMENT),
                    org.assertj.core.groups.Tuple.tuple(36.0, Kind.INCREMENT),
                    org.assertj.core.groups.Tuple.tuple(6385.0, Kind.CUMULATIVE));
        }

        @Test
        void aTwentyFourthOfFebruaryWithoutAYearStartsTheCountAndTheDayBeforeIsAChange() {
            List<Claim> claims = Documents.extract("Since the invasion began on February 24 last year, Russian forces "
                    + "have lost a total of 251,620 soldiers, according to the Ukrainian General Staff. The day before "
                    + "alone, Russia lost 820 soldiers.", LocalDate.of(2023, 11, 6)).claims();
            assertThat(claims).extracting(Claim::value, Claim::kind, Claim::date).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(251620.0, Kind.CUMULATIVE, LocalDate.of(2023, 11, 6)),
                    org.assertj.core.groups.Tuple.tuple(820.0, Kind.INCREMENT, LocalDate.of(2023, 11, 6)));
        }

        @Test
        void anEarlierClaimantIsNotGivenLossesItDoesNotCount() {
            Extraction extraction = Documents.extract("Генштаб ВСУ сообщил, что российские войска потеряли 1170 "
                    + "военнослужащих.\n\nТакже сообщается, что ВСУ потеряли 45 военнослужащих.", MARCH_31);
            assertThat(extraction.claims()).extracting(Claim::value).containsExactly(1170.0);
            assertThat(extraction.warnings()).extracting(ExtractionWarning::toString).anySatisfy(warning ->
                    assertThat(warning).contains("\"45 personnel\" are ukraine's losses, which ua-general-staff, "
                            + "named before this sentence, does not count"));
        }

        @Test
        void aFigureWhoseSideIsNotStatedIsSkippedWithAWarning() {
            Extraction extraction = Documents.extract("Twenty tanks were destroyed near Izium.", MARCH_31);
            assertThat(extraction.claims()).isEmpty();
            assertThat(extraction.warnings()).extracting(ExtractionWarning::toString).containsExactly(
                    "no loss figures found",
                    "offset 0: whose losses \"Twenty tanks\" counts is not stated; the figure is skipped");
        }

        @Test
        void attributionCarriesOverToTheReportsLaterParagraphsUntilAnotherClaimantIsNamed() {
            // news reports name their source once (the evaluation corpus's Ukrainian and Russian reports do)
            List<Claim> claims = Documents.extract("The Ukrainian Ministry of Defence updated its figures. Russia has "
                    + "lost 625 tanks.\n\nRussia has lost 143 aircraft.\n\nThe Pentagon had other figures.\n\n"
                    + "Russia has lost 60,000 troops.", MARCH_31).claims();
            assertThat(only(claims, "tanks").claimant()).isEqualTo(Claimant.UA_MOD);
            assertThat(only(claims, "aircraft").claimant()).isEqualTo(Claimant.UA_MOD);
            assertThat(only(claims, "personnel").claimant()).isEqualTo(Claimant.US_DOD);
        }

        @Test
        void aQuotationIsAttributedWhereItCloses() {
            List<Claim> claims = Documents.extract("“Russia has lost 600 tanks. It has also lost 150 aircraft,” the "
                    + "Ukrainian Ministry of Defence said.", MARCH_31).claims();
            assertThat(claims).extracting(Claim::claimant).containsExactly(Claimant.UA_MOD, Claimant.UA_MOD);
        }

        @Test
        void aReaderCommentIsTheReadersEvenWhenItQuotesTheMinistry() {
            String text = "Article body without figures.\n\nAlex\n\nMarch 31, 2022 at 12:49 pm\n\n"
                    + "The Ukrainian Ministry of Defence says Russia lost 600 tanks.\n";
            Claim claim = onlyClaim(text);
            assertThat(claim.claimant()).isEqualTo(Claimant.READER_COMMENT);
            assertThat(claim.kind()).isEqualTo(Kind.ESTIMATE);
            assertThat(claim.side()).isEqualTo(Side.RUSSIA);
            assertThat(claim.date()).isEqualTo(MARCH_31);
        }
    }

    @Nested
    class Dates {
        @Test
        void dayNOfTheInvasionDatesTheDocument() {
            Claim claim = onlyClaim("On day 36 of the Russian invasion, the Ukrainian Ministry of Defence said Russia "
                    + "had lost 614 tanks.");
            assertThat(claim.date()).isEqualTo(MARCH_31);
            assertThat(claim.day()).isEqualTo(36);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"On the 1,000th day of the war", "On day 1,000 of the invasion", "On the 1000th day of the war"})
        void aDayNumberWithItsThousandsSetOffIsThatDay(String when) {
            Claim claim = Documents.extract(when + ", Ukraine's General Staff said Russia had lost 719,000 troops.",
                    LocalDate.of(2024, 11, 20)).claims().get(0);
            assertThat(claim.date()).isEqualTo(LocalDate.of(2024, 11, 19));
        }

        @Test
        void aDatelineDatesTheDocument() {
            Claim claim = onlyClaim("Kyiv, 1 April 2022\n\nThe Ukrainian Ministry of Defence said Russia had lost "
                    + "625 tanks.");
            assertThat(claim.date()).isEqualTo(LocalDate.of(2022, 4, 1));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "General Staff: Russia lost 776,090 troops in Ukraine since February 24, 2022",
            "Russia's losses since the invasion began on February 24, 2022"})
        void theDayACountStartsFromIsNoDateline(String headline) {
            Extraction extraction = Documents.extract(headline + "\n\nAccording to the General Staff, Russia has lost "
                    + "776,090 troops.");
            assertThat(extraction.claims()).isNotEmpty().allSatisfy(claim -> assertThat(claim.date()).isNull());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "as of Thursday | 2022-03-31",
            "as of Friday | 2022-04-01",
            "yesterday | 2022-03-31",
            "today | 2022-04-01",
            "as of March 30 | 2022-03-30",
            "as of 30 March 2022 | 2022-03-30",
            "as of 30.03.2022 | 2022-03-30",
            "as of 2022-03-30 | 2022-03-30",
            "since February 24 | 2022-04-01"})
        void timeExpressionsResolveAgainstTheDocumentsDate(String when, LocalDate date) {
            Extraction extraction = Documents.extract("The Ukrainian Ministry of Defence said that " + when
                    + ", Russia had lost 614 tanks.", LocalDate.of(2022, 4, 1));
            assertThat(extraction.claims()).hasSize(1);
            assertThat(extraction.claims().get(0).date()).isEqualTo(date);
            assertThat(extraction.warnings()).isEmpty();
        }

        @Test
        void aWeekdayInAnUndatedDocumentIsLeftEmptyWithAWarning() {
            String text = "As of Thursday, the Ukrainian Ministry of Defence said Russia had lost 614 tanks.";
            Extraction extraction = extract(text);
            assertThat(extraction.claims()).hasSize(1);
            assertThat(extraction.claims().get(0).date()).isNull();
            assertThat(extraction.claims().get(0).day()).isNull();
            assertThat(extraction.warnings()).extracting(ExtractionWarning::toString).containsExactly("offset "
                    + text.indexOf("614") + ": \"Thursday\" cannot be dated: the document has no date; the figure's "
                    + "date is left empty");
        }

        @Test
        void aFigureNothingDatesIsLeftEmptyWithAWarning() {
            Extraction extraction = extract("The Ukrainian Ministry of Defence said Russia had lost 614 tanks.");
            assertThat(extraction.claims().get(0).date()).isNull();
            assertThat(extraction.warnings()).extracting(ExtractionWarning::message)
                    .containsExactly("nothing in the text dates this figure; its date is left empty");
        }

        @Test
        void eachCommentIsDatedByItsOwnTimestamp() {
            String text = "Body.\n\nAlex\n\nMarch 31, 2022 at 9:28 am\n\nRussia has lost 600 tanks by now.\n\n"
                    + "Roger\n\nApril 2, 2022 at 3:49 pm\n\nRussia has lost 700 tanks by now.\n";
            List<Claim> claims = extract(text).claims();
            assertThat(claims).extracting(Claim::date).containsExactly(MARCH_31, LocalDate.of(2022, 4, 2));
            assertThat(claims).extracting(Claim::claimant).containsOnly(Claimant.READER_COMMENT);
        }

        @Test
        void theFirstCommentDatesAnOtherwiseUndatedArticle() {
            String text = "As of Thursday, the Ukrainian Ministry of Defence said Russia had lost 614 tanks.\n\n"
                    + "Alex\n\nApril 1, 2022 at 9:28 am\n\nNo figures here.\n";
            assertThat(onlyClaim(text).date()).isEqualTo(MARCH_31);
        }
    }

    @Nested
    class Kinds {
        @Test
        void aChangeOverADayIsAnIncrement() {
            Claim claim = Documents.extract("In the past 24 hours, Ukrainian forces destroyed 12 tanks, the General "
                    + "Staff said.", MARCH_31).claims().get(0);
            assertThat(claim.kind()).isEqualTo(Kind.INCREMENT);
            assertThat(claim.value()).isEqualTo(12);
            assertThat(claim.claimant()).isEqualTo(Claimant.UA_GENERAL_STAFF);
        }
    }

    @Nested
    class NotLosses {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "Analysts warned Russia could lose another 100,000 soldiers by the summer, the General Staff said.",
            "Генштаб вважає, що росія може втратити ще 100 тисяч військових до літа.",
            "По оценке Генштаба ВСУ, Россия потеряет еще 100 тысяч военнослужащих до лета."})
        void lossesThatMayComeAreNoLosses(String sentence) {
            assertThat(Documents.extract(sentence, LocalDate.of(2024, 11, 20)).claims()).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "According to the Pentagon, the Wagner Group has deployed approximately 1,000 mercenaries to the region, "
                + "where Russia has lost many tanks.",
            "Russia has sent in 150,000 troops and lost many of them.",
            "Russia is calling up 135,000 more conscripts after heavy losses.",
            "Russia has lost 20 percent of its tanks, the Ukrainian Ministry of Defence said.",
            "He served with the 575th Marine Battalion, which lost tanks in the war.",
            "On March 31, 2022 at 12:49 pm, Russia lost tanks.",
            "Fighters search 24/7 for destroyed tanks.",
            "The United States has delivered 31 Abrams tanks, and Ukraine lost some of them.",
            "Russia spent $1.2 billion on tanks that were destroyed.",
            "In 2022 tanks were destroyed by the hundreds.",
            "A T-90 tank was destroyed near Kyiv.",
            "Over the last 24 hours, tanks were destroyed.",
            "Russia has 12,000 tanks in storage.",
            "Russia has 12,000 tanks.",
            "1945's columnist wrote that tanks were destroyed.",
            "Russia massed 190,000 troops on the border before the losses began."})
        void isNotALoss(String sentence) {
            Extraction extraction = Documents.extract(sentence, MARCH_31);
            assertThat(extraction.claims()).isEmpty();
        }
    }

    /** A country that speaks for itself ("Russia said"), a figure of an earlier year, a change carried too far. */
    @Nested
    class SpeakersAndEarlierYears {
        private final LocalDate march12 = LocalDate.of(2024, 3, 12);

        @Test
        void aCountryThatSpeaksIsItsClaimantAndItsOwnLossesAreItsOwn() {
            Extraction extraction = Documents.extract("Ukraine's General Staff said on Tuesday that Russia had lost "
                    + "427,580 troops. Russia last reported its own military casualties in September 2022, when it "
                    + "said about 6,000 soldiers had been killed.", march12);
            Claim admitted = only(extraction.claims(), "personnel_killed");
            assertThat(admitted.claimant()).isEqualTo(Claimant.RU_MOD);
            assertThat(admitted.side()).isEqualTo(Side.RUSSIA);
            assertThat(admitted.qualifier()).isEqualTo(Qualifier.ABOUT);
            assertThat(admitted.date()).as("a figure of September 2022 is not of the article's day").isNull();
            assertThat(extraction.warnings()).extracting(ExtractionWarning::message).anySatisfy(message ->
                    assertThat(message).contains("\"September 2022\", before the document's year"));
            assertThat(only(extraction.claims(), "personnel").claimant()).isEqualTo(Claimant.UA_GENERAL_STAFF);
        }

        @Test
        void aCountryThatSpeaksOfLossesItDoesNotPlaceGivesNoFigure() {
            Extraction extraction = Documents.extract("The Ukrainian Ministry of Defence published its count. Russia "
                    + "said about 6,000 soldiers had been killed.", march12);
            assertThat(extraction.claims()).isEmpty();
            assertThat(extraction.warnings()).extracting(ExtractionWarning::message).anySatisfy(message ->
                    assertThat(message).contains("ru-mod may speak of its own"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Ukraine says Russia has lost 1,210 troops in the past day. | ua-general-staff | russia | increment",
            "Moscow claims its forces destroyed 30 Ukrainian tanks during the week. | ru-mod | ukraine | increment",
            "Москва признала гибель 5937 своих военнослужащих. | ru-mod | russia | cumulative",
            "Україна заявила, що за минулу добу знищила 12 російських танків. | ua-general-staff | russia | increment",
            "Die Ukraine meldet die Zerstörung von 6812 russischen Panzern seit Kriegsbeginn. | ua-general-staff "
                + "| russia | cumulative",
            "Moskau räumte den Tod von 5937 eigenen Soldaten ein. | ru-mod | russia | cumulative",
            "La Russia ha ammesso la morte di 5.937 propri soldati. | ru-mod | russia | cumulative",
            "Russia says its air defences shot down 30 drones overnight. | ru-mod | ukraine | increment",
            "Moscou affirme que l'armée ukrainienne a perdu 1 180 soldats au cours des dernières 24 heures. | ru-mod "
                + "| ukraine | increment",
            "Rosja podała, że Ukraina straciła w ciągu doby 1180 żołnierzy. | ru-mod | ukraine | increment",
            "Rusia afirmó que Ucrania perdió 1.180 soldados en las últimas 24 horas. | ru-mod | ukraine | increment",
            "Минобороны России: за сутки противник потерял четыре бронетранспортера. | ru-mod | ukraine | increment",
            "The Russian Defense Ministry said 17,368 tanks and other armored combat vehicles had been destroyed in "
                + "total. | ru-mod | ukraine | cumulative"})
        void aCountryThatSpeaksNamesTheClaimant(String sentence, String claimant, String side, String kind) {
            Claim claim = Documents.extract(sentence, march12).claims().get(0);
            assertThat(claim.claimant()).isEqualTo(Claimant.fromId(claimant));
            assertThat(claim.side()).isEqualTo(Side.fromId(side));
            assertThat(claim.kind()).isEqualTo(Kind.fromId(kind));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "Минобороны России: за сутки противник потерял четыре бронетранспортера.",
            "Минобороны России: за сутки противник потерял две БМП.",
            "The Russian Defense Ministry said 17,368 tanks and other armored combat vehicles had been destroyed."})
        void infantryCarriersAndTheMinistrysCombinedTankCountAreArmoredVehicles(String sentence) {
            assertThat(Documents.extract(sentence, march12).claims()).extracting(claim -> claim.category().id())
                    .containsExactly("armored_vehicles");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "Russia lost 1,210 troops over the past day, bringing the total since February 2022 to 427,580, Ukraine's "
                + "General Staff said.",
            "Ukraine's General Staff said 1,210 Russian troops had been killed or wounded the previous day, taking "
                + "Moscow's total losses since the start of the invasion to 427,580."})
        void aDaysChangeLeadsToItsRunningTotal(String sentence) {
            List<Claim> claims = Documents.extract(sentence, march12).claims();
            assertThat(only(claims, "personnel", Kind.INCREMENT).value()).isEqualTo(1210);
            assertThat(only(claims, "personnel", Kind.CUMULATIVE).value()).isEqualTo(427_580);
            assertThat(claims).extracting(Claim::claimant).containsOnly(Claimant.UA_GENERAL_STAFF);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "Według Sztabu Generalnego Sił Zbrojnych Ukrainy Rosja straciła od początku inwazji 427 580 żołnierzy, w "
                + "tym 1210 w ciągu ostatniej doby.",
            "Secondo lo Stato maggiore ucraino, dall'inizio dell'invasione la Russia ha perso 427.580 soldati, di cui "
                + "1.210 nelle ultime 24 ore.",
            "Russia has lost 427,580 troops since the invasion, including 1,210 over the past day, according to the "
                + "General Staff."})
        void theDaysPartOfATotalIsItsChange(String sentence) {
            List<Claim> claims = Documents.extract(sentence, march12).claims();
            assertThat(only(claims, "personnel", Kind.CUMULATIVE).value()).isEqualTo(427_580);
            assertThat(only(claims, "personnel", Kind.INCREMENT).value()).isEqualTo(1210);
        }

        @Test
        void aPartWithoutADaysChangeIsNoFigure() {
            assertThat(Documents.extract("Russia has lost 6,812 tanks since the invasion, including 100 T-90s, "
                    + "according to the General Staff.", march12).claims()).extracting(Claim::value)
                    .containsExactly(6812.0);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "US officials said Russian military casualties in Ukraine are nearing 300,000 killed or wounded. | russia "
                + "| personnel",
            "Funcionarios estadounidenses estiman que las bajas militares rusas en Ucrania son 300.000 muertos y "
                + "heridos. | russia | personnel",
            "Le président ukrainien Volodymyr Zelensky a estimé les pertes russes à 180 000 morts. | russia "
                + "| personnel_killed",
            "Das britische Verteidigungsministerium schätzt die russischen Verluste auf 175.000 bis 200.000 Tote und "
                + "Verwundete. | russia | personnel",
            "Secondo Zelensky, la Russia ha perso 180.000 soldati uccisi. | russia | personnel_killed"})
        void anEstimateNamesItsSideBeforeAPlaceAndItsCategoryInItsLanguage(String sentence, String side,
                                                                           String category) {
            Claim claim = onlyClaim(sentence);
            assertThat(claim.side()).isEqualTo(Side.fromId(side));
            assertThat(claim.category().id()).isEqualTo(category);
            assertThat(claim.kind()).isEqualTo(Kind.ESTIMATE);
        }

        @Test
        void aTitleDatesTheDocumentAndBattlegroupFiguresAreTheDaysChanges() {
            List<Claim> claims = Documents.extract("Сводка Минобороны России (по состоянию на 12 марта 2024 г.)\n\n"
                    + "Группировка войск «Центр»: потери ВСУ составили до 355 военнослужащих и 4 бронетранспортера.\n\n"
                    + "Средствами противовоздушной обороны сбиты 17 беспилотных летательных аппаратов.\n\n"
                    + "Всего с начала проведения специальной военной операции уничтожены 585 самолетов.").claims();
            assertThat(claims).extracting(claim -> claim.category().id() + " " + (long) claim.value() + " "
                    + claim.kind().id()).containsExactly("personnel 355 increment", "armored_vehicles 4 increment",
                    "uav 17 increment", "aircraft 585 cumulative");
            assertThat(claims).allSatisfy(claim -> {
                assertThat(claim.date()).isEqualTo(march12);
                assertThat(claim.claimant()).isEqualTo(Claimant.RU_MOD);
                assertThat(claim.side()).isEqualTo(Side.UKRAINE);
            });
        }

        @Test
        void aSpeakingCountryAndANamedClaimantEachClaimTheFiguresAfterThem() {
            List<Claim> claims = Documents.extract("Ukraine said Russia had lost 7,500 troops during the week, while "
                    + "Russia's Defence Ministry said Ukrainian forces had lost more than 9,000 troops.", march12).claims();
            assertThat(claims).extracting(claim -> claim.claimant().id() + " " + claim.side().id() + " "
                    + (long) claim.value()).containsExactly("ua-general-staff russia 7500", "ru-mod ukraine 9000");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "За даними Генштабу ЗСУ, у 2023 році Росія втратила понад 250 тисяч військових.",
            "Según el Estado Mayor ucraniano, en 2023 Rusia perdió más de 250.000 soldados.",
            "Podľa ukrajinského generálneho štábu Rusko v roku 2023 stratilo viac ako 250 000 vojakov."})
        void aFigureOfAnEarlierYearIsThatYearsChangeAndKeepsItsQualifier(String sentence) {
            Claim claim = Documents.extract(sentence, march12).claims().get(0);
            assertThat(claim.value()).isEqualTo(250_000);
            assertThat(claim.qualifier()).isEqualTo(Qualifier.MORE_THAN);
            assertThat(claim.kind()).isEqualTo(Kind.INCREMENT);
            assertThat(claim.date()).isEqualTo(LocalDate.of(2023, 12, 31));
        }

        @Test
        void aCountryNamedBeforeAnotherSpeakerIsNoSpeaker() {
            Claim claim = onlyClaim("The Ukrainian president spoke on 16 February 2025. Russia, he said, had lost "
                    + "nearly 350,000 killed.");
            assertThat(claim.claimant()).isEqualTo(Claimant.UA_PRESIDENT);
        }

        @Test
        void theInvasionsStartDatesNothingAway() {
            Claim claim = Documents.extract("Russia has lost 427,580 troops since the full-scale invasion in "
                    + "February 2022, the General Staff of Ukraine's Armed Forces reported.", march12).claims().get(0);
            assertThat(claim.date()).isEqualTo(march12);
            assertThat(claim.kind()).isEqualTo(Kind.CUMULATIVE);
        }

        @Test
        void bothSidesOfAnEstimateKeepTheirSides() {
            List<Claim> claims = Documents.extract("US officials estimate that Ukraine has suffered close to 70,000 "
                    + "killed and 100,000 to 120,000 wounded, while Russian military deaths have reached up to "
                    + "120,000, with 170,000 to 180,000 injured.", march12).claims();
            assertThat(claims).extracting(Claim::claimant).containsOnly(Claimant.US_DOD);
            assertThat(claims).extracting(claim -> claim.side().id() + " " + claim.category().id() + " "
                    + (long) claim.value()).containsExactly("ukraine personnel_killed 70000",
                    "ukraine personnel_wounded 110000", "russia personnel_killed 120000",
                    "russia personnel_wounded 175000");
        }

        @Test
        void aSentenceOpeningWithAPartWordStatesPartOfTheFigureBefore() {
            List<Claim> claims = Documents.extract("Nach Schätzungen des britischen Verteidigungsministeriums hat "
                    + "Russland seit Kriegsbeginn rund 200.000 Soldaten verloren. Darunter seien 40.000 bis 60.000 "
                    + "Gefallene.", march12).claims();
            assertThat(claims).extracting(claim -> claim.claimant().id() + " " + claim.side().id() + " "
                    + claim.category().id() + " " + (long) claim.value() + " " + claim.qualifier().id())
                    .containsExactly("uk-mod russia personnel 200000 about",
                            "uk-mod russia personnel_killed 50000 range");
            assertThat(claims.get(1).low()).isEqualTo(40_000.0);
            assertThat(claims.get(1).high()).isEqualTo(60_000.0);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "Das britische Verteidigungsministerium veröffentlichte am Montag einen Bericht. Darunter seien 40.000 "
                    + "bis 60.000 Gefallene.",
            "Der ukrainische Generalstab meldet, Russland habe seit Kriegsbeginn 6.800 Panzer verloren. Darunter seien "
                    + "300 Panzer vom Typ T-90.",
            "Nach britischen Schätzungen hat Russland rund 200.000 Soldaten verloren. Darunter seien 250.000 "
                    + "Gefallene."})
        void aPartOfNoFigureOfItsOwnCategoryOrLargerThanTheWholeIsNoFigure(String text) {
            assertThat(Documents.extract(text, march12).claims()).extracting(Claim::value)
                    .doesNotContain(50_000.0, 300.0, 250_000.0);
        }

        @Test
        void aNumberAfterAWordOfFurtherIsMoreOfTheFigureBefore() {
            List<Claim> claims = Documents.extract("Podľa britského ministerstva obrany od začiatku invázie zahynulo "
                    + "približne 50 000 ruských vojakov a ďalších až 140 000 bolo zranených.", march12).claims();
            assertThat(claims).extracting(claim -> claim.side().id() + " " + claim.category().id() + " "
                    + (long) claim.value() + " " + claim.qualifier().id()).containsExactly(
                    "russia personnel 50000 about", "russia personnel_wounded 140000 at_most");
        }

        @Test
        void aWordOfFurtherWithoutALossInItsClauseMakesNoFigure() {
            List<Claim> claims = Documents.extract("Podľa britského ministerstva obrany od začiatku invázie zahynulo "
                    + "približne 50 000 ruských vojakov padlo a boje podľa neho potrvajú ďalších 24 mesiacov.", march12).claims();
            assertThat(claims).extracting(Claim::value).containsExactly(50_000.0);
        }

        @Test
        void aDaysChangeIsNotCarriedToFiguresTooLargeToBeOne() {
            List<Claim> claims = Documents.extract("Nach Angaben des ukrainischen Generalstabs hat Russland seit "
                    + "Beginn des Krieges 427.580 Soldaten verloren. Innerhalb des letzten Tages seien 1.210 russische "
                    + "Soldaten getötet oder verwundet worden.\n\nAußerdem habe die ukrainische Armee 6.812 Panzer und "
                    + "9 Hubschrauber zerstört.", march12).claims();
            assertThat(only(claims, "personnel", Kind.INCREMENT).value()).isEqualTo(1210);
            assertThat(only(claims, "tanks").kind()).isEqualTo(Kind.CUMULATIVE);
        }
    }

    /** Styles of reposted news: agency weeklies, headlines over bulletins, several speakers in one sentence. */
    @Nested
    class RepostedNewsStyles {
        private final LocalDate march12 = LocalDate.of(2024, 3, 12);

        @Test
        void aCarriedDaysChangeEndsAtTheFirstRunningTotalForTheWholeSentence() {
            List<Claim> claims = Documents.extract("Russia has lost 427,580 troops since the start of the "
                    + "full-scale invasion, the General Staff of Ukraine's Armed Forces reported.\n\nThis number "
                    + "includes 1,210 casualties Russian forces suffered over the past day.\n\nAccording to the "
                    + "report, Russia has also lost 6,812 tanks, 13,046 armored fighting vehicles, 717 air defense "
                    + "systems, 347 airplanes and 28 ships and boats.\n\nRussia also lost 5 tanks.", march12).claims();
            assertThat(only(claims, "personnel", Kind.INCREMENT).value()).isEqualTo(1210);
            assertThat(claims).filteredOn(claim -> !claim.category().id().startsWith("personnel"))
                    .extracting(claim -> claim.category().id() + " " + claim.kind().id())
                    .containsExactly("tanks cumulative", "armored_vehicles cumulative", "air_defense cumulative",
                            "aircraft cumulative", "warships cumulative", "tanks cumulative");
        }

        @Test
        void aCarriedDaysChangeHoldsForNoFigureOfASentenceThatListsTotals() {
            List<Claim> claims = Documents.extract("This number includes 1,210 casualties Russian forces suffered "
                    + "over the past day, the General Staff said.\n\nRussia has also lost 717 air defense systems, 347 "
                    + "airplanes and 6,812 tanks.", march12).claims();
            assertThat(claims).extracting(claim -> claim.category().id() + " " + claim.kind().id()).containsExactly(
                    "personnel increment", "air_defense cumulative", "aircraft cumulative", "tanks cumulative");
        }

        @Test
        void afterAChangeAndItsRunningTotalTheNextSentenceGoesOnWithChanges() {
            List<Claim> claims = Documents.extract("Russia has lost 1,300 soldiers in the past 24 hours, bringing its "
                    + "total losses since the start of the full-scale invasion to 614,950, Ukraine's General Staff "
                    + "reported.\n\nUkrainian forces also destroyed nine tanks, 31 armored vehicles and 86 vehicles. "
                    + "The General Staff said 9,248 Russian tanks have now been destroyed in total.",
                    LocalDate.of(2024, 11, 8)).claims();
            assertThat(claims).extracting(claim -> claim.category().id() + " " + (long) claim.value() + " "
                    + claim.kind().id()).containsExactly("personnel 1300 increment", "personnel 614950 cumulative",
                    "tanks 9 increment", "armored_vehicles 31 increment", "vehicles 86 increment",
                    "tanks 9248 cumulative");
        }

        @Test
        void aHyphenBetweenSpacesSetsABattlegroupsFigureApartLikeADash() {
            List<Claim> claims = Documents.extract("Потери ВСУ за неделю в зоне ответственности группировки "
                    + "\"Север\" составили свыше 2 640 военных, \"Запад\" - более 3 410, \"Центр\" - до 3 660, сообщило "
                    + "Минобороны России.", LocalDate.of(2024, 11, 8)).claims();
            assertThat(claims).extracting(claim -> claim.claimant().id() + " " + claim.side().id() + " "
                    + claim.category().id() + " " + (long) claim.value() + " " + claim.qualifier().id() + " "
                    + claim.kind().id()).containsExactly(
                    "ru-mod ukraine personnel 2640 more_than increment",
                    "ru-mod ukraine personnel 3410 more_than increment",
                    "ru-mod ukraine personnel 3660 at_most increment");
        }

        @Test
        void aBattlegroupsFigureIsTheDaysChangeWithoutAPeriodCue() {
            Claim claim = Documents.onlyClaim("Минобороны России: потери ВСУ в зоне ответственности группировки "
                    + "«Юг» составили до 510 военнослужащих.");
            assertThat(claim.kind()).isEqualTo(Kind.INCREMENT);
        }

        @Test
        void aHyphenInsideAWordIsNoDash() {
            assertThat(Documents.extract("Минобороны России сообщило, что уничтожено 5 танков Т-72 и 3 единицы "
                    + "Су-25.", march12).claims()).extracting(claim -> (long) claim.value()).containsExactly(5L);
        }

        @Test
        void aHeadlineFigureTakesTheClaimantOfTheBodyFigureItRestates() {
            List<Claim> claims = Documents.extract("Втрати ворога станом на 12 березня: ліквідовано ще 1210 "
                    + "окупантів\n\nЗа минулу добу Сили оборони знищили 1210 російських військових, повідомляє "
                    + "Генштаб ЗСУ.", march12).claims();
            assertThat(claims).extracting(claim -> claim.claimant().id() + " " + claim.side().id() + " "
                    + (long) claim.value() + " " + claim.kind().id()).containsExactly(
                    "ua-general-staff russia 1210 increment", "ua-general-staff russia 1210 increment");
        }

        @Test
        void aHeadlineFigureTakesTheClaimantOfABodyThatQuotesOnlyOne() {
            List<Claim> claims = Documents.extract("Росія втратила в Україні вже 425 890 військових\n\nЗа останню "
                    + "добу українські захисники ліквідували 910 окупантів. Про це повідомили в Генштабі ЗСУ.",
                    march12).claims();
            assertThat(claims).extracting(claim -> claim.claimant().id() + " " + (long) claim.value() + " "
                    + claim.kind().id()).containsExactly("ua-general-staff 425890 cumulative",
                    "ua-general-staff 910 increment");
        }

        @Test
        void aHeadlineTotalTakesTheClaimantOfTheBodyTotalItRestates() {
            List<Claim> claims = Documents.extract("Russia has lost 425,890 troops in Ukraine\n\nRussia has lost "
                    + "425,890 troops since the start of the invasion, the General Staff said. US officials estimate "
                    + "that Russia has suffered more than 400,000 casualties.", march12).claims();
            assertThat(claims).extracting(claim -> claim.claimant().id() + " " + (long) claim.value() + " "
                    + claim.kind().id()).containsExactly("ua-general-staff 425890 cumulative",
                    "ua-general-staff 425890 cumulative", "us-dod 400000 estimate");
        }

        @Test
        void aHeadlineFigureOfNoStatedKindThatTheBodyListsAsAChangeIsThatChange() {
            List<Claim> claims = Documents.extract("Потери России на 12 марта: минус 910 оккупантов\n\nОбщие боевые "
                    + "потери противника с 24.02.22 по 12.03.24 ориентировочно составили, сообщает Генштаб ВСУ:\n\n"
                    + "личного состава ‒ около 425 890 (+910) человек\nтанков ‒ 6 747 (+8) ед.\nсамолетов ‒ 347 "
                    + "ед.\n", march12).claims();
            assertThat(claims).extracting(claim -> claim.claimant().id() + " " + claim.category().id() + " "
                    + (long) claim.value() + " " + claim.kind().id()).startsWith(
                    "ua-general-staff personnel 910 increment", "ua-general-staff personnel 425890 cumulative");
        }

        @Test
        void aHeadlineFigureNoBodyFigureRestatesKeepsItsClaimant() {
            List<Claim> claims = Documents.extract("Втрати ворога: ліквідовано ще 1190 окупантів\n\nЗа минулу "
                    + "добу Сили оборони знищили 1210 російських військових, повідомляє Генштаб ЗСУ.", march12).claims();
            assertThat(claims).extracting(claim -> claim.claimant().id() + " " + (long) claim.value())
                    .containsExactly("press 1190", "ua-general-staff 1210");
        }

        @Test
        void aCountrySpeakingBesideANamedCounterSpeaksOfItsOwnLosses() {
            List<Claim> claims = Documents.extract("Kyiv has said it has lost 43,000 soldiers killed, while Oryx, "
                    + "which counts losses it can verify from photos, lists 3,600 destroyed Russian tanks.",
                    march12).claims();
            assertThat(claims).extracting(claim -> claim.claimant().id() + " " + claim.side().id() + " "
                    + claim.category().id() + " " + (long) claim.value()).containsExactly(
                    "ua-general-staff ukraine personnel_killed 43000", "oryx russia tanks 3600");
            assertThat(claims.get(1).isConfirmed()).isTrue();
        }

        @Test
        void aCountryThatGaveACountOfItsDeadInAnEarlierYearIsItsClaimant() {
            List<Claim> claims = Documents.extract("The General Staff said Russia had lost 1,210 troops over the "
                    + "past day.\n\nMoscow last gave an official count of its dead in September 2022, when it "
                    + "declared 5 937 killed.", march12).claims();
            Claim admitted = only(claims, "personnel_killed");
            assertThat(admitted.claimant()).isEqualTo(Claimant.RU_MOD);
            assertThat(admitted.side()).isEqualTo(Side.RUSSIA);
            assertThat(admitted.date()).isNull();
        }

        @Test
        void britainsDefenceMinistryIsUkDefenceIntelligence() {
            List<Claim> claims = Documents.extract("Russia's casualties rose sharply, Britain's Defence Ministry "
                    + "said on Monday.\n\nThe ministry said Russia had probably suffered between 700,000 and 750,000 "
                    + "killed and wounded since February 2022.", LocalDate.of(2024, 12, 2)).claims();
            assertThat(claims).hasSize(1);
            Claim estimate = claims.get(0);
            assertThat(estimate.claimant()).isEqualTo(Claimant.UK_MOD);
            assertThat(estimate.low()).isEqualTo(700_000);
            assertThat(estimate.high()).isEqualTo(750_000);
        }

        @Test
        void specialVehiclesAreSpecialEquipment() {
            assertThat(Documents.extract("According to the General Staff, the Defense Forces destroyed 47 vehicles "
                    + "and three special vehicles over the past day.", march12).claims())
                    .extracting(claim -> claim.category().id() + " " + (long) claim.value())
                    .containsExactly("vehicles 47", "special_equipment 3");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Журналисты «Медиазоны» и «Русской службы Би-би-си» установили имена 78 329 погибших российских "
                + "военных. | mediazona | russia | estimate",
            "Журналісти «Медіазони» встановили імена 78 329 загиблих російських військових. | mediazona | russia "
                + "| estimate",
            "US President-elect Donald Trump said Russia had 600,000 dead and wounded. | other | russia | estimate",
            "Министр обороны Андрей Белоусов заявил, что ВСУ потеряли более 35 тысяч военнослужащих. | ru-mod "
                + "| ukraine | cumulative",
            "Головнокомандувач Олександр Сирський заявив, що росія втратила 2 тисячі танків. | ua-general-staff "
                + "| russia | cumulative",
            "По данным Минобороны России, озвученным 21 сентября 2022 года, погибли 5 937 военнослужащих. | ru-mod "
                + "| russia | cumulative",
            "Еще 4480 солдат ВСУ погибли за неделю в боях, сообщило Минобороны России. | ru-mod | ukraine "
                + "| increment",
            "Ukraine lost up to 1,180 troops in past 24 hours - Russian MoD | ru-mod | ukraine | increment",
            "За останню добу українські захисники ліквідували 910 окупантів. Про це повідомили в Генштабі ЗСУ. "
                + "| ua-general-staff | russia | increment",
            "Минобороны России: за сутки уничтожены три артиллерийских орудия ВСУ. | ru-mod | ukraine | increment",
            "Podľa britského ministerstva obrany Rusko od začiatku invázie stratilo približne 450 000 vojakov. "
                + "| uk-mod | russia | estimate",
            "ABD'li yetkililere göre Rusya savaşta 315 bin asker kaybetti. | us-dod | russia | estimate",
            "Russia has lost 8,410 troops over the past week, according to figures published by Kyiv. "
                + "| ua-general-staff | russia | increment",
            "The Ukrainian Defense Ministry said 1,180 Russian soldiers had been killed or wounded in the 24 hours to "
                + "Sunday morning. | ua-mod | russia | increment",
            "З початку вторгнення загинули 43 тисячі українських військових, ще 370 тисяч дістали поранення, написав "
                + "президент України Володимир Зеленський. | ua-president | ukraine | estimate",
            "Генштаб ЗСУ: ворог утратив ще 850 військових, а загалом від початку вторгнення — 1 082 990 осіб. "
                + "| ua-general-staff | russia | increment"})
        void whoClaimsWhoseLossesAndWhatKind(String sentence, String claimant, String side, String kind) {
            Claim claim = Documents.extract(sentence, march12).claims().get(0);
            assertThat(claim.claimant()).isEqualTo(Claimant.fromId(claimant));
            assertThat(claim.side()).isEqualTo(Side.fromId(side));
            assertThat(claim.kind()).isEqualTo(Kind.fromId(kind));
        }

        @Test
        void aSectorCommandersFiguresAreNotTheGeneralStaffsNamedBefore() {
            List<Claim> claims = Documents.extract("За минулу добу Сили оборони ліквідували 870 окупантів, повідомляє "
                    + "Генштаб ЗСУ. Командувач ОСУВ \"Таврія\" Олександр Тарнавський окремо повідомив, що загальні "
                    + "втрати ворога на таврійському напрямку становили 389 осіб і 3 танки.",
                    LocalDate.of(2023, 10, 23)).claims();
            assertThat(claims).extracting(claim -> claim.claimant().id() + " " + (long) claim.value())
                    .containsExactly("ua-general-staff 870");
        }

        @Test
        void aSentenceThatSaysWhoseDataTheyAreAttributesTheFiguresBeforeIt() {
            Claim claim = Documents.onlyClaim("Киев потерял за неделю порядка 16 тыс. военнослужащих. Это следует из "
                    + "данных сводки Минобороны России.");
            assertThat(claim.claimant()).isEqualTo(Claimant.RU_MOD);
            assertThat(claim.side()).isEqualTo(Side.UKRAINE);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "Russia launched 85 drones and six missiles overnight, Ukraine's air force said; air defences shot down "
                + "most of them.",
            "Уночі росіяни атакували 85 ударними дронами, з них збито 60, повідомили Повітряні сили.",
            "Ночью ВСУ запустили до 40 беспилотников по Курской области, сообщило Минобороны России; все сбиты."})
        void whatWasLaunchedIsNoLoss(String sentence) {
            assertThat(Documents.extract(sentence, march12).claims()).extracting(claim -> (long) claim.value())
                    .doesNotContain(85L, 6L, 40L);
        }

        @Test
        void aLaunchedInvasionStillLeavesItsCasualtiesRead() {
            Claim claim = Documents.onlyClaim("Russia has likely suffered around 465,000 casualties since it launched "
                    + "its full-scale invasion, UK Defence Intelligence said.");
            assertThat((long) claim.value()).isEqualTo(465_000L);
        }

        @Test
        void aReportsOpeningFiguresTakeTheSourceItsNextSentenceNames() {
            List<Claim> claims = Documents.extract("Потери России на 12 марта: ликвидировано еще 910 оккупантов\n\n"
                    + "За минувшие сутки Силы обороны Украины ликвидировали 910 российских оккупантов. Общие потери "
                    + "армии РФ достигли около 425 890 человек, сообщает Генштаб ВСУ. Всего Россия потеряла 10 522 "
                    + "артсистемы.", march12).claims();
            assertThat(claims).extracting(claim -> claim.claimant().id() + " " + claim.category().id() + " "
                    + (long) claim.value() + " " + claim.kind().id()).containsExactly(
                    "ua-general-staff personnel 910 increment", "ua-general-staff personnel 910 increment",
                    "ua-general-staff personnel 425890 cumulative", "ua-general-staff artillery 10522 cumulative");
        }

        @Test
        void aLaterSourceWhoseAdversaryTheFigureIsNotDoesNotTakeIt() {
            List<Claim> claims = Documents.extract("Russia has lost 1,000 tanks in the war. Meanwhile the Russian "
                    + "Defence Ministry said it had destroyed 30 Ukrainian tanks during the week.", march12).claims();
            assertThat(claims).extracting(claim -> claim.claimant().id() + " " + claim.side().id() + " "
                    + (long) claim.value()).containsExactly("ru-mod ukraine 30");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "Britain's Ministry of Defence estimates that Russia lost an average of 1,523 soldiers a day in December.",
            "Russian casualties averaged 1,100 per day in November, UK Defence Intelligence said.",
            "За даними британської розвідки, росія в середньому втрачає 1 200 військових на добу.",
            "По оценке британской разведки, Россия ежедневно теряет около 1 500 военных."})
        void anAverageRateIsNoFigure(String sentence) {
            assertThat(Documents.extract(sentence, march12).claims()).isEmpty();
        }

        @Test
        void accordingToACountryIsItsClaimant() {
            List<Claim> claims = Documents.extract("According to Ukraine, as of 12 March 2024, Russia had lost 425,890 "
                    + "personnel and 6,747 tanks. По данным Москвы, ВСУ потеряли более 500 тысяч военнослужащих.",
                    march12).claims();
            assertThat(claims).extracting(claim -> claim.claimant().id() + " " + claim.side().id() + " "
                    + claim.category().id() + " " + claim.kind().id()).containsExactly(
                    "ua-general-staff russia personnel cumulative", "ua-general-staff russia tanks cumulative",
                    "ru-mod ukraine personnel cumulative");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "The General Staff said Russia has lost up to half a million soldiers. | 500000 | at_most",
            "За даними Генштабу, росія втратила майже пів мільйона військових. | 500000 | about",
            "За даними Генштабу, росія втратила понад мільйон військових. | 1000000 | more_than",
            "За минулу добу, за даними Генштабу, окупанти втратили тисячу двісті десять військових. | 1210 | exact",
            "По данным Генштаба ВСУ, за сутки Россия потеряла тысячу сто солдат. | 1100 | exact",
            "Генштаб ВСУ: потери российских войск превысили миллион человек. | 1000000 | more_than",
            "Втрати росіян в особовому складі перевищили 1,18 мільйона, повідомляє Генштаб ЗСУ. | 1180000 "
                + "| more_than"})
        void aScaleWordReadsAloneOrAsAFraction(String sentence, long value, String qualifier) {
            Claim claim = Documents.onlyClaim(sentence);
            assertThat((long) claim.value()).isEqualTo(value);
            assertThat(claim.qualifier()).isEqualTo(Qualifier.fromId(qualifier));
        }

        @Test
        void thousandsOfOthersAreNoNumberAndAnotherClauseDoesNotRefineTheFigure() {
            Claim claim = Documents.onlyClaim("Генштаб ЗСУ: за добу ліквідовано ще 1210 окупантів, а тисячі інших "
                    + "поранено.");
            assertThat(claim.category().id()).isEqualTo("personnel");
            assertThat((long) claim.value()).isEqualTo(1210L);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "In September, the General Staff reported a record 2,030 Russian casualties in a single day.",
            "В сентябре Генштаб ВСУ сообщил о рекордных 2 030 потерях российских военных за сутки.",
            "У вересні Генштаб ЗСУ повідомив, що за добу ліквідовано 2 030 окупантів."})
        void aFigureOfAnEarlierMonthIsNotDatedByTheDocument(String sentence) {
            Extraction extraction = Documents.extract(sentence, LocalDate.of(2024, 11, 8));
            assertThat(extraction.claims()).singleElement().satisfies(claim -> {
                assertThat((long) claim.value()).isEqualTo(2030L);
                assertThat(claim.date()).isNull();
            });
            assertThat(extraction.warnings()).extracting(ExtractionWarning::message).anySatisfy(message ->
                    assertThat(message).contains("before the document's month"));
        }

        @Test
        void aFigureOfTheDocumentsOwnMonthIsDatedByIt() {
            Claim claim = Documents.extract("In November, the General Staff said, Russia lost 1,210 troops in a "
                    + "single day.", LocalDate.of(2024, 11, 8)).claims().get(0);
            assertThat(claim.date()).isEqualTo(LocalDate.of(2024, 11, 8));
        }

        @Test
        void aPeopleNamedBeforeItsVerbOfLosingIsWhoseLossesTheyAre() {
            List<Claim> claims = Documents.extract("Sztab Generalny Sił Zbrojnych Ukrainy podał nowe dane.\n\nWedług "
                    + "ukraińskich danych Rosjanie stracili także 6747 czołgów. Brytyjski wywiad szacuje, że od lutego "
                    + "2022 roku zginęło lub zostało rannych ponad 350 tys. rosyjskich żołnierzy.", march12).claims();
            assertThat(claims).extracting(claim -> claim.claimant().id() + " " + claim.side().id() + " "
                    + claim.category().id() + " " + (long) claim.value()).containsExactly(
                    "ua-general-staff russia tanks 6747", "uk-mod russia personnel 350000");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "Selon l'état-major ukrainien, la Russie a perdu 425 890 soldats, dont 910 au cours des dernières 24 "
                + "heures.",
            "Russia has lost 425,890 troops, including 910 in the past day, the General Staff said.",
            "Según el Estado Mayor ucraniano, Rusia ha perdido 425.890 soldados, 910 de ellos en las últimas 24 horas.",
            "Russia has lost 425,890 troops, 910 of them in the past day, the General Staff said."})
        void theDaysCueOfAPartIsNotTheTotals(String sentence) {
            assertThat(Documents.extract(sentence, march12).claims()).extracting(claim -> (long) claim.value() + " "
                    + claim.kind().id()).containsExactly("425890 cumulative", "910 increment");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "The Ukrainian Armed Forces lost up to 70 personnel, a tank and three motor vehicles, the Russian Defense "
                + "Ministry said. | personnel 70, tanks 1, vehicles 3",
            "The General Staff said Russia lost 1,210 troops and a helicopter over the past day. | personnel 1210, "
                + "helicopters 1",
            "The Russian Defense Ministry said Ukraine lost 70 soldiers and a tank battalion commander. | personnel 70",
            "The Russian Defense Ministry said Ukraine lost 70 soldiers, a number of tanks and a further 20 vehicles. "
                + "| personnel 70, vehicles 20",
            "A tank was destroyed, the Russian Defense Ministry said. | "})
        void anArticleInAListOfCountsIsOne(String sentence, String figures) {
            assertThat(Documents.extract(sentence, march12).claims()).extracting(claim -> claim.category().id() + " "
                    + (long) claim.value()).containsExactlyElementsOf(figures == null ? List.of()
                    : List.of(figures.split(", ")));
        }

        @Test
        void yesterdayDatesTheDaysChangeButNotTheRunningTotalBesideIt() {
            List<Claim> claims = Documents.extract("Ukrainian troops destroyed 14 armored combat vehicles yesterday, "
                    + "the General Staff said, while the total number of Russian personnel losses reached 793,250.",
                    LocalDate.of(2025, 1, 3)).claims();
            assertThat(claims).extracting(claim -> claim.kind().id() + " " + claim.date()).containsExactly(
                    "increment 2025-01-02", "cumulative 2025-01-03");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "По данным Минобороны России, 3 июня ВСУ потеряли до 1 720 военнослужащих. | increment | 2024-06-03",
            "Минобороны России: противник потерял 3 июня до 1 720 военнослужащих. | increment | 2024-06-03",
            "По состоянию на 3 июня ВСУ потеряли 500 тысяч военнослужащих, сообщило Минобороны России. | cumulative "
                + "| 2024-06-03",
            "Минобороны России 3 июня сообщило, что ВСУ потеряли 500 тысяч военнослужащих. | cumulative | 2024-06-03",
            "By June 3, Ukraine had lost 500,000 troops, the Russian Defense Ministry said. | cumulative | 2024-06-03"})
        void aDayNamedBesideTheLossIsThatDaysChange(String sentence, String kind, String date) {
            Claim claim = Documents.extract(sentence, LocalDate.of(2024, 6, 4)).claims().get(0);
            assertThat(claim.kind()).isEqualTo(Kind.fromId(kind));
            assertThat(claim.date()).isEqualTo(LocalDate.parse(date));
        }

        @Test
        void anotherBareNumberWithAVerbOfWoundingIsMorePersonnelMadeSpecific() {
            List<Claim> claims = Documents.extract("З початку вторгнення загинули 43 тисячі українських військових, ще "
                    + "370 тисяч дістали поранення, написав президент України Володимир Зеленський.",
                    LocalDate.of(2024, 12, 8)).claims();
            assertThat(claims).extracting(claim -> claim.side().id() + " " + claim.category().id() + " "
                    + (long) claim.value()).containsExactly("ukraine personnel_killed 43000",
                    "ukraine personnel_wounded 370000");
        }

        @Test
        void aQualifierIsReadAfterTheNounPhraseOfANumberBeforeIt() {
            List<Claim> claims = Documents.extract("Battlegroup Center repelled 11 counterattacks, eliminating up to "
                    + "350 Ukrainian troops, the Russian Defense Ministry said.", march12).claims();
            assertThat(claims).extracting(claim -> (long) claim.value() + " " + claim.qualifier().id())
                    .containsExactly("350 at_most");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Ukrayna Genelkurmay Başkanlığı, 13 binden fazla Rus askerinin öldüğünü açıkladı. | 13000 | more_than",
            "Ukrayna Genelkurmay Başkanlığı'na göre Rusya 1.050'den fazla zırhlı araç kaybetti. | 1050 | more_than",
            "Ukrayna Genelkurmay Başkanlığı'na göre Rusya 320 tank kaybetti. | 320 | exact"})
        void aTurkishQualifierFollowsItsNumber(String sentence, long value, String qualifier) {
            Claim claim = Documents.extract(sentence, LocalDate.of(2022, 3, 13)).claims().get(0);
            assertThat((long) claim.value()).isEqualTo(value);
            assertThat(claim.qualifier()).isEqualTo(Qualifier.fromId(qualifier));
        }
    }

    /** A month's or a year's losses are a change over that period, dated its last day, never a running total. */
    @Nested
    class PeriodsOfLoss {
        private final LocalDate november5 = LocalDate.of(2025, 11, 5);

        private String described(Claim claim) {
            return claim.claimant().id() + " " + claim.category().id() + " " + (long) claim.value() + " "
                    + claim.kind().id() + " " + claim.date();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Генштаб ЗСУ: у 2025 році росіяни втратили 418 000 військових. | 418000 | 2025-11-05",
            "За даними Генштабу ЗСУ, за жовтень окупанти втратили 29 600 військових. | 29600 | 2025-10-31",
            "According to the General Staff, Russia lost 29,600 troops in October alone. | 29600 | 2025-10-31",
            "Ukraine's General Staff said Russia lost 430,000 soldiers in 2024. | 430000 | 2024-12-31",
            "По данным Генштаба ВСУ, в сентябре 2025 года Россия потеряла 27 900 военных. | 27900 | 2025-09-30",
            "По данным Генштаба ВСУ, за прошлый месяц Россия потеряла 29 600 военных. | 29600 | 2025-11-05"})
        void aMonthsOrAYearsLossesAreAChangeDatedTheEndOfThePeriod(String sentence, long value, String date) {
            assertThat(Documents.extract(sentence, november5).claims()).extracting(this::described)
                    .containsExactly("ua-general-staff personnel " + value + " increment " + date);
        }

        @Test
        void aRunningTotalStatedInAMonthStaysOne() {
            assertThat(Documents.extract("У жовтні Генштаб ЗСУ повідомив, що з початку вторгнення Росія втратила "
                    + "1 140 000 військових.", november5).claims()).extracting(claim -> claim.kind().id())
                    .containsExactly("cumulative");
        }

        @Test
        void anEstimateStatedForAMonthStaysAnEstimateOfThatTime() {
            Claim claim = Documents.onlyClaim("Російська служба BBC спільно з «Медіазоною» наприкінці листопада 2024 "
                    + "року встановила імена 80 973 військовослужбовців РФ, які загинули на війні.");
            assertThat(claim.kind()).isEqualTo(Kind.ESTIMATE);
            assertThat(claim.date()).isEqualTo(LocalDate.of(2024, 11, 30));
        }

        @Test
        void anEstimateOfAMonthsLossesIsDatedItsEnd() {
            Claim claim = Documents.extract("Russia has likely suffered around 45,680 casualties in November alone, "
                    + "the UK Ministry of Defence said.", LocalDate.of(2024, 12, 1)).claims().get(0);
            assertThat(claim.claimant().id() + " " + claim.kind().id() + " " + claim.date())
                    .isEqualTo("uk-mod estimate 2024-11-30");
        }
    }

    /** A day named for one change dates the changes after it that name none. */
    @Nested
    class DaysOfChange {
        private final LocalDate january3 = LocalDate.of(2025, 1, 3);

        private List<String> described(String text) {
            return Documents.extract(text, january3).claims().stream().map(claim -> claim.category().id() + " "
                    + (long) claim.value() + " " + claim.kind().id() + " " + claim.date()).toList();
        }

        @Test
        void laterChangesInTheReportAreOfTheDayTheFirstNamed() {
            assertThat(described("Упродовж минулої доби, 2 січня, Росія втратила ще 1 080 окупантів убитими й "
                    + "пораненими.\n\nПро це повідомляє Генеральний штаб ЗСУ.\n\nСили оборони знищили ще один танк "
                    + "і 14 бойових броньованих машин. Також знищено 41 одиницю автомобільної техніки.\n\nЗа даними "
                    + "Генштабу, від початку великої війни Росія втратила 793 250 військових.")).containsExactly(
                    "personnel 1080 increment 2025-01-02", "tanks 1 increment 2025-01-02",
                    "armored_vehicles 14 increment 2025-01-02", "vehicles 41 increment 2025-01-02",
                    "personnel 793250 cumulative 2025-01-03");
        }

        @Test
        void runningTotalsAfterTheChangeAreNotOfItsDay() {
            assertThat(described("Russia lost 1,080 troops on January 2, Ukraine's General Staff said. It also "
                    + "lost 9,629 tanks and 19,999 armored vehicles.")).containsExactly(
                    "personnel 1080 increment 2025-01-02", "tanks 9629 cumulative 2025-01-03",
                    "armored_vehicles 19999 cumulative 2025-01-03");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "Вчора росія втратила 1 080 окупантів, повідомив Генштаб ЗСУ.",
            "Вчера Россия потеряла 1 080 военнослужащих, сообщил Генштаб ВСУ.",
            "Gestern verlor Russland laut Generalstab 1.080 Soldaten.",
            "Allein am Vortag seien laut Generalstab 1.080 russische Soldaten getötet oder verwundet worden."})
        void yesterdaysLossesAreThatDaysChange(String sentence) {
            assertThat(described(sentence)).containsExactly("personnel 1080 increment 2025-01-02");
        }

        /** A running total said yesterday is of yesterday: the day is when it was said, not a day of losses. */
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "Вчора Генштаб ЗСУ повідомив, що росія втратила 793 250 окупантів.",
            "Нагадаємо, напередодні Генштаб повідомляв, що росія втратила 793 250 окупантів.",
            "Yesterday the General Staff said Russia had lost 793,250 personnel.",
            "Yesterday, Ukraine's General Staff said Russia had lost 793,250 troops since the invasion began."})
        void yesterdaysStatementOfARunningTotalIsOfYesterday(String sentence) {
            assertThat(described(sentence)).containsExactly("personnel 793250 cumulative 2025-01-02");
        }

        @Test
        void anotherClaimantsChangesAreNotOfTheDayTheFirstNamed() {
            assertThat(described("Упродовж минулої доби, 2 січня, Росія втратила ще 1 080 окупантів, повідомляє "
                    + "Генштаб ЗСУ.\n\nМинобороны России сообщило, что за сутки ВСУ потеряли до 1 500 военнослужащих.")).containsExactly(
                    "personnel 1080 increment 2025-01-02", "personnel 1500 increment 2025-01-03");
        }
    }

    /** The Russian ministry's reports as English-language agencies write them, and a president's day. */
    @Nested
    class MinistryReportsRetold {
        private final LocalDate june7 = LocalDate.of(2024, 6, 7);

        private List<String> described(String text) {
            return Documents.figures(text, june7);
        }

        @Test
        void aClaimantsNameBeforeAVerbOfLosingIsThePartyThatLost() {
            assertThat(described("Russia's Zapad group of forces took better positions in the past week, while the "
                    + "Ukrainian military lost up to 2,700 soldiers, the Russian Defense Ministry said on Friday."))
                    .containsExactly("ru-mod ukraine personnel 2700 increment");
        }

        @Test
        void aClaimantsNameBeforeAVerbOfSayingStillAttributes() {
            assertThat(described("Russia lost 1,200 troops over the past day, the Ukrainian military said."))
                    .containsExactly("ua-general-staff russia personnel 1200 increment");
        }

        @Test
        void theBattlegroupsSpokesmenSpeakForTheMinistry() {
            assertThat(described("The Ukrainian Armed Forces lost about 1,480 servicemen over the past 24 hours, "
                    + "according to statements from spokesmen for Russian troop groups. The spokesman for "
                    + "Battlegroup Vostok said Ukraine lost 290 servicemen.")).containsExactly(
                    "ru-mod ukraine personnel 1480 increment", "ru-mod ukraine personnel 290 increment");
        }

        @Test
        void inAllTheAreasIsNoRunningTotalButInAllCommaIs() {
            assertThat(described("The Ukrainian army lost up to 1,850 troops in all the areas of the special "
                    + "military operation over the past day, the Russian Defense Ministry said. \"In all, 593 "
                    + "surface-to-air missile systems have been destroyed,\" the ministry said.")).containsExactly(
                    "ru-mod ukraine personnel 1850 increment", "ru-mod ukraine air_defense 593 cumulative");
        }

        @Test
        void aBareNumberOfTheNextBattlegroupTakesTheCategoryBefore() {
            assertThat(described("Battlegroup West eliminated up to 480 Ukrainian troops over the past day and "
                    + "Battlegroup South up to 260, while Battlegroup East repelled 12 counterattacks, the Russian "
                    + "Defense Ministry said.")).containsExactly("ru-mod ukraine personnel 480 increment",
                    "ru-mod ukraine personnel 260 increment");
        }

        @Test
        void carsAreVehicles() {
            assertThat(described("The Ukrainian armed forces lost up to 85 servicemen, two armored combat vehicles, "
                    + "11 cars and 4 artillery pieces over the past day, the Russian Defense Ministry reported."))
                    .containsExactly("ru-mod ukraine personnel 85 increment",
                            "ru-mod ukraine armored_vehicles 2 increment", "ru-mod ukraine vehicles 11 increment",
                            "ru-mod ukraine artillery 4 increment");
        }

        @Test
        void aPresidentsFigureForADayIsThatDaysChange() {
            assertThat(described("За словами Зеленського, українська армія втратила за день 340 військових."))
                    .containsExactly("ua-president ukraine personnel 340 increment");
        }
    }

    /** The Russian ministry's totals and months as Russian agencies write them. */
    @Nested
    class RussianMinistryInRussian {
        private List<String> described(String text) {
            return Documents.extract(text, LocalDate.of(2023, 12, 19)).claims().stream().map(claim ->
                    claim.category().id() + " " + (long) claim.value() + " " + claim.kind().id()).toList();
        }

        @Test
        void aDaysReportWhoseSourceIsNamedAfterItsCueGoesOnWithTheDaysChanges() {
            assertThat(described("Подразделения группировки войск «Север» за сутки нанесли поражение формированиям "
                    + "ВСУ. Противник потерял до 175 военнослужащих, танк и 11 автомобилей, сообщили в Минобороны "
                    + "России.")).containsExactly("personnel 175 increment", "tanks 1 increment",
                    "vehicles 11 increment");
        }

        @Test
        void tanksInfantryFightingVehiclesAndPersonnelCarriersTogetherAreArmouredVehicles() {
            assertThat(described("Потери Вооруженных сил Украины с начала спецоперации превысили 383 тыс. "
                    + "военнослужащих убитыми и ранеными, 14 тыс. танков, боевых машин пехоты и бронетранспортеров, "
                    + "553 самолета, сообщил министр обороны РФ Сергей Шойгу.")).containsExactly(
                    "personnel 383000 cumulative", "armored_vehicles 14000 cumulative", "aircraft 553 cumulative");
        }

        @Test
        void aNounListedAmongCountsIsOne() {
            assertThat(Documents.figures("Потери ВСУ за сутки составили до 260 военнослужащих, танк, три боевые "
                    + "бронированные машины, пять автомобилей и гаубицу, сообщили в Минобороны России.",
                    LocalDate.of(2024, 11, 8))).containsExactly("ru-mod ukraine personnel 260 increment",
                    "ru-mod ukraine tanks 1 increment", "ru-mod ukraine armored_vehicles 3 increment",
                    "ru-mod ukraine vehicles 5 increment", "ru-mod ukraine artillery 1 increment");
            assertThat(Documents.figures("За минулу добу Сили оборони знищили 15 танків, бойову броньовану машину "
                    + "та літак, повідомив Генштаб ЗСУ.", LocalDate.of(2024, 11, 8))).containsExactly(
                    "ua-general-staff russia tanks 15 increment", "ua-general-staff russia armored_vehicles 1 increment",
                    "ua-general-staff russia aircraft 1 increment");
        }

        @Test
        void ukrainianPersonsArePersonnelButNotInACivilianToll() {
            assertThat(Documents.figures("Станом на ранок 14 березня загальні втрати ворога становили близько 891 660 "
                    + "осіб, повідомляв Генштаб ЗСУ.", LocalDate.of(2025, 3, 15))).containsExactly(
                    "ua-general-staff russia personnel 891660 cumulative");
            assertThat(Documents.figures("Внаслідок ракетного удару по Києву загинули 12 осіб, ще 48 осіб поранені, "
                    + "повідомили в ДСНС.", LocalDate.of(2025, 3, 15))).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "Russian strikes on Dnipro on Tuesday killed four people and wounded 23 others, the governor said.",
            "Two people were killed and 11 wounded in a Russian attack on Kharkiv overnight, the mayor said.",
            "Внаслідок удару по Запоріжжю загинули троє людей, ще 14 отримали поранення, повідомив очільник ОВА.",
            "В результате удара по Белгороду погибли два человека, еще 15 получили ранения, сообщил губернатор.",
            "Bei einem Angriff auf Charkiw sind zwei Menschen getötet und 16 verletzt worden."})
        void aStrikesTollOfPeopleGivesNoFigures(String sentence) {
            assertThat(Documents.figures("Ukraine's General Staff said Russia had lost 1,162,120 soldiers. " + sentence,
                    LocalDate.of(2025, 11, 20))).containsExactly("ua-general-staff russia personnel 1162120 cumulative");
        }

        @Test
        void anArmysLossOfPeopleIsAFigure() {
            assertThat(Documents.figures("За словами президента Володимира Зеленського, за минулу добу українська "
                    + "армія втратила 340 людей (з них 18 загиблих і 243 поранених).", LocalDate.of(2025, 8, 12)))
                    .containsExactly("ua-president ukraine personnel_killed 18 increment",
                            "ua-president ukraine personnel_wounded 243 increment");
        }

        @Test
        void theKilledAndTheWoundedAreTheirOwnCategories() {
            assertThat(Documents.figures("Министр обороны России Сергей Шойгу заявил, что потери украинской армии "
                    + "составляют более 61 тысячи убитых и около 49 тысяч раненых.", LocalDate.of(2022, 9, 21)))
                    .containsExactly("ru-mod ukraine personnel_killed 61000 cumulative",
                            "ru-mod ukraine personnel_wounded 49000 cumulative");
        }

        @Test
        void aSpeakingCountrysDeadWithNoPartyNamedAreItsOwn() {
            assertThat(Documents.figures("В сентябре Москва заявляла, что погибли 5 937 военнослужащих.",
                    LocalDate.of(2022, 10, 5))).containsExactly("ru-mod russia personnel_killed 5937 cumulative");
            // a boilerplate paragraph of Ukrainian news: Moscow's figure, never the General Staff's
            assertThat(Documents.figures("Сили оборони знищили ще один танк, повідомив Генштаб ЗСУ.\n\nМосква "
                    + "офіційно востаннє називала кількість убитих у вересні 2022 року — тоді заявляли про 5 937 "
                    + "загиблих.", LocalDate.of(2025, 1, 3))).containsExactly(
                    "ua-general-staff russia tanks 1 increment");
        }

        @Test
        void aNounOutsideAListIsNoCount() {
            assertThat(Documents.figures("Минобороны России сообщило, что танк Т-90 уничтожил позиции ВСУ, а 120 "
                    + "военнослужащих противника ликвидированы за сутки. Танк вернулся на базу.",
                    LocalDate.of(2024, 11, 8))).containsExactly("ru-mod ukraine personnel 120 increment");
        }

        @Test
        void howitzersAreArtilleryAndThePastMonthIsAPeriodsChange() {
            assertThat(described("Потери ВСУ за прошедший месяц составили более 20,8 тыс. военных и две гаубицы "
                    + "M777, заявил министр обороны РФ Сергей Шойгу.")).containsExactly("personnel 20800 increment",
                    "artillery 2 increment");
        }
    }

    /** English news that retells the General Staff's month and record figures. */
    @Nested
    class EnglishRetellings {
        private List<String> described(String text) {
            return Documents.extract(text, LocalDate.of(2024, 2, 23)).claims().stream().map(claim ->
                    claim.claimant().id() + " " + claim.side().id() + " " + (long) claim.value() + " "
                            + claim.kind().id() + " " + claim.date()).toList();
        }

        @Test
        void aNameMayOpenWithTheWordThatEndsTheNounPhrase() {
            assertThat(described("Over the past day, on February 22, Russia lost another 1,150 of its soldiers, the "
                    + "General Staff said.")).containsExactly("ua-general-staff russia 1150 increment 2024-02-22");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "Загалом з початку вторгнення Росія втратила 6 630 танків (+3) та 12 480 бойових броньованих машин (+5), "
                    + "повідомив Генштаб ЗСУ.",
            "Since the invasion began, Russia has lost 6,630 tanks (+3) and 12,480 armored fighting vehicles (+5), the "
                    + "General Staff said.",
            "Since the invasion began, Russia has lost 6,630 tanks (up 3) and 12,480 armored fighting vehicles (up 5), "
                    + "the General Staff said."})
        void aChangeInParenthesesAfterARunningTotalIsItsDaysChange(String sentence) {
            assertThat(Documents.figures(sentence, LocalDate.of(2024, 2, 23))).containsExactly(
                    "ua-general-staff russia tanks 6630 cumulative", "ua-general-staff russia tanks 3 increment",
                    "ua-general-staff russia armored_vehicles 12480 cumulative",
                    "ua-general-staff russia armored_vehicles 5 increment");
        }

        @Test
        void aNumberInParenthesesThatIsNoChangeIsNotOne() {
            assertThat(Documents.figures("Russia has lost 6,630 tanks (3 of them T-90s), the General Staff said.",
                    LocalDate.of(2024, 2, 23))).containsExactly("ua-general-staff russia tanks 6630 cumulative");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "Russia's total combat losses since the start of the full-scale invasion stood at around 406,080 as of "
                    + "Feb. 23, the General Staff reported.",
            "Russia's combat losses topped about 406,080 as of Feb. 23, the General Staff said."})
        void combatLossesReachingANumberArePersonnel(String sentence) {
            assertThat(Documents.extract(sentence, LocalDate.of(2024, 2, 23)).claims()).extracting(claim ->
                    claim.category().id() + " " + (long) claim.value() + " " + claim.kind().id())
                    .containsExactly("personnel 406080 cumulative");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "The General Staff said Russia's losses stood at 406,080. | ua-general-staff russia 406080 cumulative "
                    + "2024-02-23",
            "A week ago, the General Staff said Russia's losses stood at 400,010. | ua-general-staff russia 400010 "
                    + "cumulative 2024-02-16",
            "Загальні втрати росії склали 406 080, повідомив Генштаб. | ua-general-staff russia 406080 cumulative "
                    + "2024-02-23",
            "Russia's equipment losses reached 30,000 units, the General Staff said. |"})
        void aSidesLossesReachingANumberArePersonnel(String sentence, String figure) {
            assertThat(described(sentence)).containsExactlyElementsOf(figure == null ? List.of() : List.of(figure));
        }

        @Test
        void whatAnArmyEnteredTheWarWithIsNoLossButWhatItHasLostOfItIs() {
            assertThat(Documents.figures("Moscow entered the war with 360,000 troops and 3,500 tanks, and has since "
                    + "lost 2,200 of those tanks, US officials said.", LocalDate.of(2023, 12, 12)))
                    .containsExactly("us-dod russia tanks 2200 estimate");
        }

        @Test
        void aNameThatOpensAClauseOfAnEventIsNoSource() {
            assertThat(described("Since Vladimir Putin ordered the invasion in February 2022, Russia has lost 6,630 "
                    + "tanks, the General Staff said.")).containsExactly(
                    "ua-general-staff russia 6630 cumulative 2024-02-23");
        }

        @Test
        void losesThatExceedANumberAreMoreThanIt() {
            assertThat(Documents.extract("Russia's losses exceed 406,000 troops, the General Staff said.",
                    LocalDate.of(2024, 2, 23)).claims()).extracting(claim -> claim.qualifier().id() + " "
                    + (long) claim.value()).containsExactly("more_than 406000");
        }

        @Test
        void aCountSomeoneElseConfirmedIsNotTheClaimantsBefore() {
            Extraction extraction = Documents.extract("According to the General Staff, Russia has lost 406,080 troops."
                    + "\n\nThe year was the deadliest yet, with over 20,000 deaths confirmed by reporters.",
                    LocalDate.of(2024, 2, 23));
            assertThat(extraction.claims()).extracting(claim -> (long) claim.value()).containsExactly(406_080L);
            assertThat(extraction.warnings()).anyMatch(warning -> warning.message().contains("counted by someone"));
        }

        @Test
        void aCountAClaimantConfirmedIsItsOwn() {
            assertThat(described("Mediazona has confirmed the deaths of 45,123 Russian soldiers, documented by name."))
                    .containsExactly("mediazona russia 45123 estimate 2024-02-23");
        }

        @Test
        void numbersWithAScaleLetterKeepTheirPartsApart() {
            assertThat(described("Russia has now lost about 406K troops, including 1.19K in the past day, the General "
                    + "Staff said.")).containsExactly("ua-general-staff russia 406000 cumulative 2024-02-23",
                    "ua-general-staff russia 1190 increment 2024-02-23");
        }

        @Test
        void moreCasualtiesAfterANumberAreAChange() {
            assertThat(described("The General Staff reports 1.2K more casualties.")).containsExactly(
                    "ua-general-staff russia 1200 increment 2024-02-23");
        }

        @Test
        void casualtiesWithinOneWeekAreAChange() {
            assertThat(Documents.extract("Russian casualties reached nearly 10,000 within just one week, the General "
                    + "Staff said.", LocalDate.of(2024, 2, 23)).claims()).extracting(claim -> claim.kind().id())
                    .containsExactly("increment");
        }

        @Test
        void aPartOverJustOneDayIsThatDaysChange() {
            assertThat(described("According to the General Staff, Russia has lost 406,080 troops. This includes "
                    + "1,990 casualties over just one day.")).containsExactly(
                    "ua-general-staff russia 406080 cumulative 2024-02-23",
                    "ua-general-staff russia 1990 increment 2024-02-23");
        }

        @Test
        void tanksAndArmouredCombatVehiclesTogetherAreArmouredVehicles() {
            assertThat(Documents.extract("Russia's defense ministry said it had destroyed 19,050 tanks and armored "
                    + "combat vehicles since February 24, 2022.", LocalDate.of(2024, 2, 23)).claims())
                    .extracting(claim -> claim.category().id()).containsExactly("armored_vehicles");
        }

        @Test
        void aNameThatSpellsOutTheWordEndingItsNounPhraseIsRead() {
            assertThat(described("Russia has also lost 16,686 operational-tactical UAVs and 3,373 units of special "
                    + "equipment, the General Staff said.")).containsExactly("ua-general-staff russia 16686 cumulative "
                    + "2024-02-23", "ua-general-staff russia 3373 cumulative 2024-02-23");
        }

        @Test
        void aLossOverTheMonthIsAChangeAndAPossessiveNameAttributes() {
            assertThat(described("The General Staff's tally stood at 406,080 at the end of January, compared with "
                    + "383,600 a month earlier, meaning Russia has suffered a loss of 22,480 soldiers over the "
                    + "month.")).containsExactly("ua-general-staff russia 22480 increment null");
            assertThat(described("According to the Pentagon's estimate, Russia has suffered 315,000 casualties."))
                    .containsExactly("us-dod russia 315000 estimate 2024-02-23");
        }

        @Test
        void aSideNamedAsThePlaceIsNotTheOneThatLost() {
            assertThat(described("Russia's forces in Ukraine have lost more than 20,000 soldiers in February, "
                    + "according to data released by Kyiv's military.")).containsExactly(
                    "ua-general-staff russia 20000 increment 2024-02-23");
        }

        @Test
        void aPartOfTheTotalWithADaysCueIsThatChangeEvenRightAfterTheTotalsCue() {
            assertThat(described("The General Staff reported that Russia has lost a total of 407,240 troops since "
                    + "the invasion began, 1,160 of them in the past day.")).containsExactly(
                    "ua-general-staff russia 407240 cumulative 2024-02-23",
                    "ua-general-staff russia 1160 increment 2024-02-23");
        }

        @Test
        void aDailyHighIsNoFigureOfAnyDay() {
            assertThat(described("Russia has lost 818,740 troops since the invasion, Ukraine's General Staff "
                    + "reported, with a daily high of 2,030 troops lost in November.")).containsExactly(
                    "ua-general-staff russia 818740 cumulative 2024-02-23");
        }

        @Test
        void theDefenseIntelligenceAgencyIsAnAmericanSource() {
            assertThat(Documents.extract("A leaked assessment from the U.S. Defense Intelligence Agency said Ukraine "
                    + "had suffered 124,500 to 131,000 casualties.", LocalDate.of(2023, 4, 12)).claims())
                    .extracting(claim -> claim.claimant().id() + " " + claim.side().id()).containsExactly(
                            "us-dod ukraine");
        }
    }

    /** Polish agency reports of the General Staff's figures. */
    @Nested
    class PolishReports {
        private List<String> described(String text) {
            return Documents.extract(text, LocalDate.of(2022, 5, 28)).claims().stream().map(claim ->
                    claim.claimant().id() + " " + claim.category().id() + " " + (long) claim.value() + " "
                            + claim.kind().id()).toList();
        }

        @Test
        void aChangeInParenthesesWithItsPeriodIsTheTotalsChange() {
            assertThat(described("Według Sztabu Generalnego Rosjanie stracili także 3 040 czołgów (18 w ciągu "
                    + "ostatniej doby) i 6 392 bojowe wozy opancerzone.")).containsExactly(
                    "ua-general-staff tanks 3040 cumulative", "ua-general-staff tanks 18 increment",
                    "ua-general-staff armored_vehicles 6392 cumulative");
        }

        @Test
        void theKilledOrWoundedServicemenOfADayAreItsChange() {
            assertThat(described("W ciągu ostatniej doby zginęło lub zostało rannych 1190 rosyjskich wojskowych, "
                    + "podał Sztab Generalny.")).containsExactly("ua-general-staff personnel 1190 increment");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "Doradca prezydenta Ukrainy powiedział, że od początku wojny zginęło ok. 30 tys. rosyjskich żołnierzy.",
            "Mychajło Podolak powiedział, że od początku wojny zginęło ok. 30 tys. rosyjskich żołnierzy."})
        void aPresidentsAdviserIsNoOfficialSource(String sentence) {
            assertThat(described("Od początku inwazji straty sił rosyjskich wynoszą już ok. 29 600 żołnierzy - "
                    + "poinformował Sztab Generalny Sił Zbrojnych Ukrainy.\n\n" + sentence)).containsExactly(
                    "ua-general-staff personnel 29600 cumulative", "other personnel_killed 30000 estimate");
        }

        @Test
        void aQualifiedDaysPartLeavesTheTotalATotal() {
            assertThat(described("Od początku inwazji na Ukrainę wojsko rosyjskie straciło już około 30,5 tys. "
                    + "żołnierzy, w tym około 250 w ciągu ostatniej doby – ogłosił w sobotę Sztab Generalny Sił "
                    + "Zbrojnych Ukrainy.")).containsExactly("ua-general-staff personnel 30500 cumulative",
                    "ua-general-staff personnel 250 increment");
        }

        @Test
        void theAgenciesNamesOfTheListsItemsAreRead() {
            assertThat(described("Według ukraińskiego sztabu łączne straty sił rosyjskich wynoszą: 1330 czołgów, "
                    + "3258 pojazdów opancerzonych, 174 helikoptery, 203 wieloprowadnicowe wyrzutnie rakiet, 93 "
                    + "systemy przeciwlotnicze, 409 samochodów i 13 jednostek pływających.")).containsExactly(
                    "ua-general-staff tanks 1330 cumulative", "ua-general-staff armored_vehicles 3258 cumulative",
                    "ua-general-staff helicopters 174 cumulative", "ua-general-staff mlrs 203 cumulative",
                    "ua-general-staff air_defense 93 cumulative", "ua-general-staff vehicles 409 cumulative",
                    "ua-general-staff warships 13 cumulative");
        }
    }

    /** Italian agency reports of the General Staff's figures. */
    @Nested
    class ItalianReports {
        private List<String> described(String text) {
            return Documents.figures(text, LocalDate.of(2024, 3, 2));
        }

        @Test
        void theDeadAndWoundedTogetherAreAllCasualtiesAndTheReportsNamesAreRead() {
            assertThat(described("La Russia ha perso 415.640 soldati in Ucraina tra morti e feriti dall'inizio "
                    + "dell'invasione, secondo lo Stato Maggiore delle Forze Armate ucraine. Secondo il rapporto, la "
                    + "Russia ha perso anche 20.750 veicoli e serbatoi di carburante, 1.000 sistemi di lancio "
                    + "multiplo di razzi e 25 tra navi e imbarcazioni.")).containsExactly(
                    "ua-general-staff russia personnel 415640 cumulative",
                    "ua-general-staff russia vehicles_fuel_tanks 20750 cumulative",
                    "ua-general-staff russia mlrs 1000 cumulative", "ua-general-staff russia warships 25 cumulative");
        }

        @Test
        void theDefenceForcesClaimAndTheirTotalIsReadFromItsLink() {
            assertThat(described("Le forze di difesa ucraine rivendicano di aver ucciso, nelle ultime 24 ore, 960 "
                    + "militari russi, portando le perdite totali delle forze russe a 415.640 dall'inizio della "
                    + "guerra.")).containsExactly("ua-general-staff russia personnel 960 increment",
                    "ua-general-staff russia personnel 415640 cumulative");
        }

        @Test
        void figuresBeforeALinkToTheirTotalsAreChangesAndRespectiveTotalsAreNotGuessed() {
            assertThat(described("Secondo lo Stato maggiore ucraino, sei carri armati e 12 veicoli corazzati sono "
                    + "stati distrutti, portando il totale rispettivamente a 3.757 e 7.319.")).containsExactly(
                    "ua-general-staff russia tanks 6 increment", "ua-general-staff russia armored_vehicles 12 increment");
        }

        @Test
        void aSpeakingCountryThatSaysItDestroyedCountsTheOtherSidesLosses() {
            assertThat(described("Secondo lo Stato maggiore, la Russia ha perso circa 100.400 soldati. Le forze di "
                    + "Kiev affermano inoltre di aver distrutto 3.002 carri armati e 29 automobili e autocisterne."))
                    .containsExactly("ua-general-staff russia personnel 100400 cumulative",
                            "ua-general-staff russia tanks 3002 cumulative",
                            "ua-general-staff russia vehicles_fuel_tanks 29 cumulative");
        }
    }

    /** Turkish agency reports of the General Staff's figures. */
    @Nested
    class TurkishReports {
        @Test
        void aSidesTotalLossesInPeopleAreItsPersonnelButACivilianTollIsNone() {
            assertThat(Documents.figures("Podľa ukrajinského generálneho štábu Rusko za uplynulý deň stratilo 1 190 "
                    + "vojakov. Celkové straty Ruska od začiatku invázie tak vzrástli na 886 320 ľudí.\n\nPodľa OSN straty "
                    + "Ukrajiny medzi civilistami vzrástli na 12 000 ľudí.", LocalDate.of(2025, 3, 10))).containsExactly(
                    "ua-general-staff russia personnel 1190 increment",
                    "ua-general-staff russia personnel 886320 cumulative");
        }

        @Test
        void upToAfterItsNumberAndCaseEndingIsAtMost() {
            assertThat(Documents.extract("Rusya Savunma Bakanlığı, Ukrayna ordusunun son bir haftada 9 bin 450'ye kadar "
                    + "asker kaybettiğini açıkladı.", LocalDate.of(2025, 3, 10)).claims()).extracting(claim ->
                    claim.claimant().id() + " " + (long) claim.value() + " " + claim.qualifier().id() + " "
                            + claim.kind().id()).containsExactly("ru-mod 9450 at_most increment");
        }

        @Test
        void soldiersPutOutOfActionAreLosses() {
            assertThat(Documents.figures("Ukrayna Genelkurmay Başkanlığı açıklama yaptı. Açıklamaya göre son 24 saatte "
                    + "1150 Rus askeri etkisiz hale getirildi.", LocalDate.of(2024, 10, 8))).containsExactly(
                    "ua-general-staff russia personnel 1150 increment");
        }

        @Test
        void theReportsNamesOfItemsAndTheRussianMinistryInTheAblative() {
            assertThat(Documents.extract("Rapora göre Rusya ayrıca 6 bin 214 tank, 11 bin 548 zırhlı savaş aracı, 11 "
                    + "bin 956 araç ve yakıt tankı, 970 çoklu fırlatma roket sistemi ve 23 tekne kaybetti, Ukrayna "
                    + "Genelkurmay Başkanlığından yapılan açıklamada bildirildi. Rusya Savunma Bakanlığından 25 Mart'ta "
                    + "yapılan açıklamada, Ukrayna'da 1351 Rus askerinin öldüğü duyurulmuştu.",
                    LocalDate.of(2024, 1, 23)).claims()).extracting(claim -> claim.claimant().id() + " "
                    + claim.side().id() + " " + claim.category().id() + " " + (long) claim.value())
                    .containsExactly("ua-general-staff russia tanks 6214",
                            "ua-general-staff russia armored_vehicles 11548",
                            "ua-general-staff russia vehicles_fuel_tanks 11956", "ua-general-staff russia mlrs 970",
                            "ua-general-staff russia warships 23", "ru-mod russia personnel 1351");
        }
    }

    /** Estimates of both sides' dead in Ukrainian, and rates that are no counts. */
    @Nested
    class UkrainianEstimates {
        private final LocalDate february24 = LocalDate.of(2025, 2, 24);

        @Test
        void theKilledInTheInstrumentalAreKilled() {
            assertThat(Documents.figures("За його словами, росія втратила майже 350 тисяч убитими та понад 600 тисяч "
                    + "пораненими, заявив Зеленський.", february24)).containsExactly(
                    "ua-president russia personnel_killed 350000 estimate",
                    "ua-president russia personnel_wounded 600000 estimate");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "Генштаб ЗСУ повідомив, що росія щомісяця втрачає близько 30 тисяч військових.",
            "По данным Генштаба ВСУ, Россия ежемесячно теряет около 30 тысяч военнослужащих.",
            "The General Staff said Russia loses about 30,000 troops every month.",
            "Laut Generalstab verliert Russland monatlich etwa 30.000 Soldaten."})
        void aFigureWithAnAdverbOfARateIsNoCount(String sentence) {
            assertThat(Documents.figures(sentence, february24)).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "Росія втратила 175—200 тисяч військових убитими й пораненими, йдеться в огляді Міністерства оборони "
                    + "Великої Британії. З них загинули, за оцінкою британської розвідки, 40—60 тисяч.",
            "Russia has probably suffered between 175,000 and 200,000 casualties, UK Defence Intelligence said. Of "
                    + "these, 40,000 to 60,000 are likely to have been killed, the ministry assessed."})
        void aPartOfTheFigureBeforeIsWhatItsSentenceMakesSpecific(String text) {
            assertThat(Documents.extract(text, LocalDate.of(2023, 2, 17)).claims()).extracting(claim ->
                    claim.claimant().id() + " " + claim.category().id() + " " + claim.low().longValue() + "-"
                            + claim.high().longValue()).containsExactly("uk-mod personnel 175000-200000",
                    "uk-mod personnel_killed 40000-60000");
        }

        @Test
        void aPartWithNothingToMakeItSpecificIsNoFigure() {
            assertThat(Documents.figures("Russia has probably suffered 187,000 casualties, UK Defence Intelligence "
                    + "said. Of these, 40,000 were reported in the Donetsk region.", LocalDate.of(2023, 2, 17)))
                    .containsExactly("uk-mod russia personnel 187000 estimate");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Кількість знищених російських артилерійських систем, за даними Генштабу, сягнула 34 969. | artillery 34969",
            "Кількість знищеної російської автомобільної техніки та автоцистерн перевищила 67 703 одиниці, повідомляє "
                    + "Генштаб ЗСУ. | vehicles_fuel_tanks 67703",
            "За три роки війни загинула 31 тисяча українських військових, заявив Зеленський. | personnel_killed 31000"})
        void aNameBeforeAVerbOfReachingIsReadWhole(String sentence, String figure) {
            assertThat(Documents.extract(sentence, february24).claims()).extracting(claim ->
                    claim.category().id() + " " + (long) claim.value()).containsExactly(figure);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "Міноборони РФ заявило про загибель 5 937 військових.",
            "Минобороны России заявило о гибели 5 937 военнослужащих."})
        void aMinistrysDeathsWithNoPartyNamedAreItsOwn(String sentence) {
            assertThat(Documents.figures(sentence, february24)).containsExactly(
                    "ru-mod russia personnel_killed 5937 cumulative");
        }

        @Test
        void thenPointsBackToTheStartOfAPeriod() {
            assertThat(Documents.extract("Москва не повідомляє про свої втрати з вересня 2022 року, тоді заявляли про "
                    + "5 937 загиблих.", february24).claims()).extracting(claim -> (long) claim.value() + " "
                    + claim.date()).containsExactly("5937 null");
        }

        @Test
        void aRegionalCommandIsNotTheGeneralStaff() {
            assertThat(Documents.figures("Генштаб ЗСУ повідомив, що загальні втрати росії становлять 868 230 осіб.\n\n"
                    + "За минулу добу Сили оборони півдня України знищили 46 окупантів, повідомили в ОК \"Південь\".",
                    february24)).containsExactly("ua-general-staff russia personnel 868230 cumulative",
                    "other russia personnel 46 increment");
        }

        @Test
        void militaryIntelligenceIsNotTheGeneralStaff() {
            assertThat(Documents.figures("Генштаб ЗСУ повідомив, що росія втратила 868 230 військових.\n\nРаніше у ГУР "
                    + "заявляли, що в росії загинули понад 250 тисяч військових.", february24)).containsExactly(
                    "ua-general-staff russia personnel 868230 cumulative", "other russia personnel_killed 250000 estimate");
        }
    }

    /** Hungarian reports of both ministries, as Hungarian news sites write them. */
    @Nested
    class HungarianReports {
        private final LocalDate june21 = LocalDate.of(2025, 6, 21);

        @Test
        void theGeneralStaffsTotalsWithTheirCaseEndings() {
            assertThat(Documents.figures("Az ukrán vezérkar jelentése szerint Oroszország elveszített 416 repülőgépet, "
                    + "337 helikoptert, több mint 52 000 katonai és üzemanyagszállító járművet, továbbá 28 hajót és "
                    + "egy tengeralattjárót.", june21)).containsExactly(
                    "ua-general-staff russia aircraft 416 cumulative", "ua-general-staff russia helicopters 337 cumulative",
                    "ua-general-staff russia vehicles_fuel_tanks 52000 cumulative",
                    "ua-general-staff russia warships 28 cumulative", "ua-general-staff russia submarines 1 cumulative");
        }

        @Test
        void theMoscowMinistrysDayOfUkrainianLosses() {
            assertThat(Documents.figures("A moszkvai védelmi tárca hadijelentése szerint mintegy 1 370 ukrán katona "
                    + "esett el vagy sebesült meg súlyosan az utóbbi 24 órában.", june21)).containsExactly(
                    "ru-mod ukraine personnel 1370 increment");
        }
    }

    /** French agency reports of the General Staff's figures. */
    @Nested
    class FrenchReports {
        private List<String> described(String text) {
            return Documents.figures(text, LocalDate.of(2022, 11, 16));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "D'après l'état-major ukrainien, la Russie a perdu 600 militaires au cours des dernières 24 heures, ce qui "
                    + "porte le total de ses pertes à 82 700.",
            "Según el Estado Mayor ucraniano, Rusia perdió 600 soldados en las últimas 24 horas, elevando el total a "
                    + "82.700."})
        void aLinkToTheTotalAfterTheDaysChangeGivesTheTotal(String sentence) {
            assertThat(described(sentence)).containsExactly("ua-general-staff russia personnel 600 increment",
                    "ua-general-staff russia personnel 82700 cumulative");
        }

        @Test
        void theArmysStatementGivesTheDaysChangeAndTheTotalOfItsOwnClause() {
            assertThat(described("L'armée ukrainienne a déclaré mercredi que plus de 600 militaires russes ont été "
                    + "tués dans les combats des dernières 24 heures et que plus de 82 700 soldats russes sont morts "
                    + "depuis le début de l'invasion.")).containsExactly(
                    "ua-general-staff russia personnel_killed 600 increment",
                    "ua-general-staff russia personnel_killed 82700 cumulative");
        }

        @Test
        void theSideAfterItsNounIsWhoseLossesTheyAre() {
            assertThat(described("Selon un bilan publié mercredi, plus de 600 militaires russes ont été tués au cours "
                    + "des dernières 24 heures.")).containsExactly("press russia personnel_killed 600 increment");
        }

        @Test
        void ukraineSpeakingWithItsArticleAndMilitaryVehicles() {
            assertThat(described("Au cours des 24 heures précédentes, l'Ukraine a également affirmé que la Russie "
                    + "avait perdu 30 chars et 42 véhicules militaires.")).containsExactly(
                    "ua-general-staff russia tanks 30 increment", "ua-general-staff russia vehicles 42 increment");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Según el Estado Mayor ucraniano, las fuerzas ucranianas destruyeron 15 tanques durante el último día.",
        "Podľa ukrajinského generálneho štábu ukrajinské sily za posledný deň zničili 15 tankov.",
        "Secondo lo Stato maggiore ucraino, nelle ultime 24 ore le forze ucraine distrussero 15 carri armati."})
    void theSimplePastOfDestroyingSpeaksOfLosses(String sentence) {
        Claim claim = Documents.onlyClaim(sentence);
        assertThat(claim.category().id() + " " + (long) claim.value() + " " + claim.side().id())
                .isEqualTo("tanks 15 russia");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "In all, 3,994 tanks and other combat armored vehicles have been destroyed, the Russian Defense Ministry said. "
            + "| armored_vehicles",
        "Secondo lo Stato maggiore ucraino, la Russia ha perso 5.981 veicoli blindati da combattimento. "
            + "| armored_vehicles",
        "Según el Estado Mayor ucraniano, los rusos habrían perdido 16 barcos. | warships",
        "El Estado Mayor ucraniano informó de 1.060 nuevas bajas rusas en las últimas 24 horas. | personnel",
        "Laut dem ukrainischen Generalstab verlor Russland 2.162 Bodenroboter. | ground_robots",
        "Według Sztabu Generalnego Rosja straciła 2162 roboty naziemne. | ground_robots",
        "За даними Генштабу ЗСУ, росіяни втратили 2162 наземні роботизовані комплекси. | ground_robots"})
    void agencyNamesOfCategoriesAreRead(String sentence, String category) {
        assertThat(Documents.onlyClaim(sentence).category().id()).isEqualTo(category);
    }

    @Test
    void hungarianPersonsKilledAndWoundedTogetherArePersonnel() {
        Claim claim = Documents.extract("Amerikai tisztviselők szerint az orosz hadsereg vesztesége megközelíti a 300 "
                + "ezer főt, halottakat és sebesülteket együtt számolva.", LocalDate.of(2023, 8, 18)).claims().get(0);
        assertThat(claim.claimant().id() + " " + claim.side().id() + " " + claim.category().id() + " "
                + (long) claim.value() + " " + claim.qualifier().id()).isEqualTo("us-dod russia personnel 300000 about");
    }

    @Test
    void slovakMenArePersonnel() {
        Claim claim = Documents.onlyClaim("Podľa ukrajinského generálneho štábu ruské straty od začiatku invázie "
                + "dosiahli 690 040 mužov.");
        assertThat(claim.category().id() + " " + (long) claim.value() + " " + claim.kind().id())
                .isEqualTo("personnel 690040 cumulative");
    }

    /** German prose as news agencies and tickers write it. */
    @Nested
    class GermanProse {
        private final LocalDate june2 = LocalDate.of(2024, 6, 2);

        private List<String> described(String text) {
            return Documents.figures(text, june2);
        }

        @Test
        void theLossesOfASingleDayAreItsChange() {
            assertThat(described("Innerhalb eines einzigen Tages hat der ukrainische Generalstab den Verlust von 1.190 "
                    + "russischen Soldaten gemeldet.")).containsExactly("ua-general-staff russia personnel 1190 increment");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "Russland verlor laut Generalstab 990 Soldaten.",
            "Laut ukrainischem Generalstab verlor Russland 990 Soldaten.",
            "Nach Angaben des ukrainischen Generalstabs verlor die russische Armee 990 Soldaten."})
        void theSimplePastOfLosingSpeaksOfLossesAndASourceBeforeItStaysTheSource(String sentence) {
            assertThat(described(sentence)).containsExactly("ua-general-staff russia personnel 990 cumulative");
        }

        @Test
        void figuresAccordingToOneSidesStatementsAreTheLosersNotTheSpeakers() {
            assertThat(described("Russland hat nach ukrainischen Angaben seit Kriegsbeginn 1.162.120 Soldaten "
                    + "verloren.")).containsExactly("other russia personnel 1162120 estimate");
            assertThat(described("Die Ukraine hat nach russischen Angaben seit Kriegsbeginn 1.000.000 Soldaten "
                    + "verloren.")).containsExactly("other ukraine personnel 1000000 estimate");
        }

        @Test
        void theTotalADaysChangeRaisesIsReadFromItsLink() {
            assertThat(described("Laut ukrainischem Generalstab verlor Russland in den vergangenen 24 Stunden 1200 "
                    + "Soldaten, was die Gesamtzahl seit Beginn der Invasion auf 621.550 hebt.")).containsExactly(
                    "ua-general-staff russia personnel 1200 increment",
                    "ua-general-staff russia personnel 621550 cumulative");
        }

        @Test
        void aDayInAnotherClauseDoesNotMakeAFigureAChange() {
            assertThat(described("Das russische Verteidigungsministerium hat seit dem 25. März keine neuen Zahlen "
                    + "genannt – damals bestätigte es 1.351 getötete russische Soldaten.")).containsExactly(
                    "ru-mod russia personnel 1351 cumulative");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "The Russian Defence Ministry confirmed 1,351 dead Russian soldiers.",
            "Минобороны России подтвердило гибель 1351 российского военнослужащего."})
        void theSideNamedWithTheCategoryIsWhoseLossesTheyAre(String sentence) {
            assertThat(described(sentence)).containsExactly("ru-mod russia personnel_killed 1351 cumulative");
        }
    }

    @Test
    void theQuoteIsTheSentenceWithWhiteSpaceFolded() {
        String text = "First sentence.  The Ukrainian Ministry of Defence said\nRussia had lost   614 tanks.  Last one.";
        Claim claim = Documents.extract(text, MARCH_31).claims().get(0);
        assertThat(claim.provenance().quote()).isEqualTo("The Ukrainian Ministry of Defence said Russia had lost 614 "
                + "tanks.");
        assertThat(claim.provenance().source()).isEqualTo(Documents.SOURCE);
    }
}
