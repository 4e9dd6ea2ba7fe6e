package io.github.claimedlosses.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.claimedlosses.model.Category;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Provenance;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.model.Taxonomy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Generated claims (any figure a double holds, any date whose day fits an int, any text, lone surrogates included)
 * written as the claims CSV and read back: equal, or refused on construction by the model with its own
 * IllegalArgumentException. Where a generator fits better than mutated files: the writer and reader directly.
 */
class ClaimsRoundTripFuzzTest {
    private static final List<Category> CATEGORIES = Taxonomy.standard().categories();

    @FuzzTest(maxDuration = "60s", maxExecutions = FuzzBudget.BUILD_EXECUTIONS)
    void generatedClaimsReadBackEqual(FuzzedDataProvider data) {
        List<Claim> claims = new ArrayList<>();
        int count = data.consumeInt(0, 8);
        for (int i = 0; i < count && data.remainingBytes() > 0; i++) {
            try {
                claims.add(claim(data));
            } catch (IllegalArgumentException refusedByTheModel) {
                // a claim that cannot exist (a negative total, bounds the wrong way round): not written
            }
        }
        RoundTrip.assertReadsBack(claims);
    }

    private static Claim claim(FuzzedDataProvider data) {
        LocalDate date = data.consumeBoolean() ? null : LocalDate.ofEpochDay(data.consumeLong(-3_000_000L * 365,
                3_000_000L * 365));
        Integer day = date == null && data.consumeBoolean() ? data.consumeInt() : null;
        double value = number(data);
        Double low = data.consumeBoolean() ? number(data) : null;
        Double high = data.consumeBoolean() ? number(data) : null;
        return new Claim(date, day, data.pickValue(Claimant.values()), data.pickValue(Side.values()),
                data.pickValue(CATEGORIES), value, data.pickValue(Qualifier.values()), low, high,
                data.pickValue(Kind.values()), new Provenance(text(data, "source"), text(data, "location"),
                        text(data, "")));
    }

    private static double number(FuzzedDataProvider data) {
        switch (data.consumeInt(0, 3)) {
            case 0:
                return data.consumeInt(-1000, 100_000);
            case 1:
                return data.consumeLong();
            case 2:
                return data.consumeRegularDouble();
            default:
                return data.consumeInt(0, 100_000) / 100.0;
        }
    }

    private static String text(FuzzedDataProvider data, String orElse) {
        String text = data.consumeString(60);
        return text.isBlank() && !orElse.isEmpty() ? orElse : text;
    }
}
