package io.github.claimedlosses.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.model.Taxonomy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The extraction data files load, agree with the model and the taxonomy, and fail loudly when broken. */
class DataFilesTest {
    @Test
    void everyClaimantHasARuleAndTheRolesAreSet() {
        ClaimantRules rules = ClaimantRules.load();
        for (Claimant claimant : Claimant.values()) {
            if (!claimant.isConfirmation()) {
                assertThat(rules.rule(claimant).kind()).as("kind of %s", claimant).isNotNull();
            }
        }
        assertThat(rules.rule(Claimant.RU_MOD).adversary()).isEqualTo(Side.UKRAINE);
        assertThat(rules.rule(Claimant.UA_GENERAL_STAFF).adversary()).isEqualTo(Side.RUSSIA);
        assertThat(rules.rule(Claimant.UA_MOD).kind()).isEqualTo(Kind.CUMULATIVE);
        assertThat(rules.bulletin()).isEqualTo(Claimant.UA_GENERAL_STAFF);
        assertThat(rules.comment()).isEqualTo(Claimant.READER_COMMENT);
        assertThat(rules.unattributed()).isEqualTo(Claimant.PRESS);
    }

    @Test
    void theLongestAttributionPhraseWins() {
        List<Token> tokens = Tokenizer.tokenize("the Russian General Staff and the General Staff");
        assertThat(ClaimantRules.load().attributions(tokens)).extracting(PhraseIndex.Match::value)
                .containsExactly(Claimant.RU_GENERAL_STAFF, Claimant.UA_GENERAL_STAFF);
    }

    @Test
    void theIssuesUkrainianBulletinNamesAreTaxonomyAliases() {
        Lexicon lexicon = Lexicon.load(Taxonomy.standard());
        for (String name : List.of("танків", "бойових броньованих машин", "артилерійських систем", "РСЗВ",
                "засоби ППО", "літаків", "гелікоптерів", "БПЛА оперативно-тактичного рівня", "крилаті ракети",
                "кораблі / катери", "підводні човни", "автомобільної техніки та автоцистерн", "спеціальна техніка",
                "особового складу")) {
            List<Token> tokens = Tokenizer.tokenize(name);
            PhraseIndex.Match<?> match = lexicon.categories().longestAt(tokens, 0, tokens.size());
            assertThat(match).as(name).isNotNull();
            assertThat(match.end()).as(name).isEqualTo(tokens.size());
        }
    }

    @Test
    void aMissingFileOrFieldIsNamed() {
        assertThatThrownBy(() -> DataFile.load("absent.json")).isInstanceOf(IllegalStateException.class)
                .hasMessage("extraction data file absent.json is missing from the classpath");
        assertThatThrownBy(() -> DataFile.load(NumberReader.FILE).node("units.none"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("extraction data file numbers.json has no \"units.none\"");
    }
}
