package io.github.claimedlosses.export.chart;

import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Side;
import java.time.LocalDate;

/** The words that say who states a figure and where it comes from, for titles and source lines. */
public final class Attribution {
    private Attribution() {
    }

    /** Short attribution for titles: "as claimed by Ukraine's General Staff", "as visually confirmed by Oryx". */
    public static String statedBy(Claimant claimant) {
        switch (claimant) {
            case UA_GENERAL_STAFF:
                return "as claimed by Ukraine's General Staff";
            case UA_MOD:
                return "as claimed by Ukraine's Ministry of Defence";
            case RU_MOD:
                return "as claimed by Russia's Ministry of Defence";
            case UK_MOD:
                return "as assessed by the UK Ministry of Defence";
            case US_DOD:
                return "as assessed by the US Department of Defense";
            case ORYX:
                return "as visually confirmed by Oryx";
            case READER_COMMENT:
                return "as claimed in a reader comment";
            case PRESS:
                return "as reported by the press";
            case RU_GENERAL_STAFF:
                return "as claimed by Russia's General Staff";
            case UA_PRESIDENT:
                return "as claimed by the President of Ukraine";
            case MEDIAZONA:
                return "as confirmed by name by BBC Russian and Mediazona";
            default:
                return "as claimed by other sources";
        }
    }

    /** "Russian" or "Ukrainian". */
    public static String whose(Side side) {
        return side == Side.RUSSIA ? "Russian" : "Ukrainian";
    }

    /** The source line: attribution, licence where one applies, and the as-of date. */
    public static String sourceLine(Claimant claimant, LocalDate asOf) {
        return "Source: " + source(claimant) + "; as of " + asOf;
    }

    /** Attribution of one claimant's figures, as the source line names it. */
    public static String source(Claimant claimant) {
        switch (claimant) {
            case UA_GENERAL_STAFF:
                return "General Staff of the Armed Forces of Ukraine, claimed (via "
                        + "PetroIvaniuk/2022-Ukraine-Russia-War-Dataset, MIT)";
            case ORYX:
                return "Oryx, visually confirmed, CC BY 4.0 (via scarnecchia/oryx_data)";
            default:
                return claimant.label() + (claimant.isConfirmation() ? ", confirmed" : ", claimed");
        }
    }
}
