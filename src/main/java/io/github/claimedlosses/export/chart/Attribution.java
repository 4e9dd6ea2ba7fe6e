package io.github.claimedlosses.export.chart;

import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.source.Source;
import io.github.claimedlosses.source.Sources;
import java.time.LocalDate;

/** The words that say who states a figure and where it comes from, for titles and source lines. */
public final class Attribution {
    private Attribution() {
    }

    /** Short attribution for titles: "as claimed by Ukraine's General Staff", "as visually confirmed by Oryx". */
    public static String statedBy(Claimant claimant) {
        return switch (claimant) {
            case UA_GENERAL_STAFF -> "as claimed by Ukraine's General Staff";
            case UA_MOD -> "as claimed by Ukraine's Ministry of Defence";
            case RU_MOD -> "as claimed by Russia's Ministry of Defence";
            case UK_MOD -> "as assessed by the UK Ministry of Defence";
            case US_DOD -> "as assessed by the US Department of Defense";
            case ORYX -> "as visually confirmed by Oryx";
            case READER_COMMENT -> "as claimed in a reader comment";
            case PRESS -> "as reported by the press";
            default -> "as claimed by other sources";
        };
    }

    /** "Russian" or "Ukrainian". */
    public static String whose(Side side) {
        return side == Side.RUSSIA ? "Russian" : "Ukrainian";
    }

    /** The source line: attribution, licence where one applies, and the as-of date. */
    public static String sourceLine(Claimant claimant, LocalDate asOf) {
        return "Source: " + source(claimant) + "; as of " + asOf;
    }

    /**
     * Attribution of one claimant's figures, as the source line names it: the attribution of its source in the
     * registry ({@code Sources.standard()}), or "label, claimed" when no source of its own carries one.
     */
    public static String source(Claimant claimant) {
        return Sources.standard().forClaimant(claimant).map(Source::attribution).filter(line -> !line.isEmpty())
                .orElse(claimant.label() + ", claimed");
    }
}
