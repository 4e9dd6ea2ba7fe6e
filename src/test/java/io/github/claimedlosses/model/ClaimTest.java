package io.github.claimedlosses.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ClaimTest {
    private static final Category TANKS = Taxonomy.standard().category("tanks");
    private static final Provenance HERE = new Provenance("test.json", "record 1", "");
    private static final LocalDate MARCH_31 = LocalDate.of(2022, 3, 31);

    private static Claim claim(LocalDate date, Integer day, double value, Qualifier qualifier, Double low,
                               Double high, Kind kind) {
        return new Claim(date, day, Claimant.UA_GENERAL_STAFF, Side.RUSSIA, TANKS, value, qualifier, low, high,
                kind, HERE);
    }

    @Test
    void derivesTheDayFromTheDateAndTheDateFromTheDay() {
        assertThat(claim(MARCH_31, null, 614, Qualifier.EXACT, null, null, Kind.CUMULATIVE).day()).isEqualTo(36);
        assertThat(claim(null, 36, 614, Qualifier.EXACT, null, null, Kind.CUMULATIVE).date()).isEqualTo(MARCH_31);
        assertThat(claim(null, null, 614, Qualifier.EXACT, null, null, Kind.CUMULATIVE).date()).isNull();
    }

    @Test
    void refusesADayThatContradictsTheDate() {
        assertThatThrownBy(() -> claim(MARCH_31, 37, 614, Qualifier.EXACT, null, null, Kind.CUMULATIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cumulative tanks: day 37 contradicts date 2022-03-31 (which is day 36)");
    }

    @Test
    void refusesANegativeRunningTotalButKeepsANegativeCorrection() {
        assertThatThrownBy(() -> claim(MARCH_31, null, -5, Qualifier.EXACT, null, null, Kind.CUMULATIVE))
                .hasMessage("cumulative tanks: value -5 is negative; only an increment (a daily change or "
                        + "correction) can be");
        assertThat(claim(MARCH_31, null, -5, Qualifier.EXACT, null, null, Kind.INCREMENT).value()).isEqualTo(-5);
    }

    @Test
    void refusesNaNAndInfiniteFigures() {
        assertThatThrownBy(() -> claim(MARCH_31, null, Double.NaN, Qualifier.EXACT, null, null, Kind.CUMULATIVE))
                .hasMessage("cumulative tanks: value is NaN, expected a finite number");
        assertThatThrownBy(() -> claim(MARCH_31, null, 5, Qualifier.AT_MOST, null, Double.POSITIVE_INFINITY,
                Kind.ESTIMATE)).hasMessage("estimate tanks: high is Infinity, expected a finite number");
    }

    @Test
    void refusesInvertedOrIncompleteRanges() {
        assertThatThrownBy(() -> claim(MARCH_31, null, 55, Qualifier.RANGE, 60.0, 50.0, Kind.ESTIMATE))
                .hasMessage("estimate tanks: low 60 is above high 50");
        assertThatThrownBy(() -> claim(MARCH_31, null, 55, Qualifier.RANGE, 50.0, null, Kind.ESTIMATE))
                .hasMessage("estimate tanks: a range needs both low and high");
        assertThatThrownBy(() -> claim(MARCH_31, null, 70, Qualifier.RANGE, 50.0, 60.0, Kind.ESTIMATE))
                .hasMessage("estimate tanks: value 70 lies outside its bounds [50, 60]");
        Claim range = claim(MARCH_31, null, 55, Qualifier.RANGE, 50.0, 60.0, Kind.ESTIMATE);
        assertThat(range.low()).isEqualTo(50.0);
        assertThat(range.high()).isEqualTo(60.0);
    }

    @Test
    void oryxCountsAreConfirmationsNotClaims() {
        Claim oryx = new Claim(MARCH_31, null, Claimant.ORYX, Side.RUSSIA, TANKS, 300, Qualifier.EXACT, null, null,
                Kind.CUMULATIVE, HERE);
        assertThat(oryx.isConfirmed()).isTrue();
        assertThat(claim(MARCH_31, null, 614, Qualifier.EXACT, null, null, Kind.CUMULATIVE).isConfirmed()).isFalse();
    }

    @Test
    void provenanceNeedsASourceAndALocation() {
        assertThatThrownBy(() -> new Provenance(" ", "record 1", ""))
                .hasMessage("provenance needs a source");
        assertThatThrownBy(() -> new Provenance("a.json", "", ""))
                .hasMessage("provenance of a.json needs a location");
    }

    @Test
    void formatsWholeNumbersWithoutADecimalPoint() {
        assertThat(Claim.format(17500)).isEqualTo("17500");
        assertThat(Claim.format(-25)).isEqualTo("-25");
        assertThat(Claim.format(2.5)).isEqualTo("2.5");
        assertThat(Claim.format(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    }

    @Test
    void enumsRoundTripThroughTheirIds() {
        for (Claimant claimant : Claimant.values()) {
            assertThat(Claimant.fromId(claimant.id())).isEqualTo(claimant);
        }
        assertThat(Qualifier.fromId("more_than")).isEqualTo(Qualifier.MORE_THAN);
        assertThatThrownBy(() -> Side.fromId("belarus"))
                .hasMessage("unknown side \"belarus\", expected one of: russia, ukraine");
    }
}
