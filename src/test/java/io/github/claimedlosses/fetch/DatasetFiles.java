package io.github.claimedlosses.fetch;

import io.github.claimedlosses.read.DatasetSources;
import io.github.claimedlosses.read.GeneralStaffReader;
import io.github.claimedlosses.read.OryxReader;

/** The files of the standard registry that the fetch tests name, looked up by source and file name. */
public final class DatasetFiles {
    /** General Staff cumulative equipment losses. */
    public static final DatasetFile GS_EQUIPMENT = gs(GeneralStaffReader.EQUIPMENT_FILE);
    /** General Staff cumulative personnel losses. */
    public static final DatasetFile GS_PERSONNEL = gs(GeneralStaffReader.PERSONNEL_FILE);
    /** General Staff corrections. */
    public static final DatasetFile GS_CORRECTIONS = gs(GeneralStaffReader.CORRECTIONS_FILE);
    /** Per-model Oryx totals in the General Staff's dataset. */
    public static final DatasetFile GS_ORYX_MODELS = gs(GeneralStaffReader.ORYX_MODELS_FILE);
    /** Oryx running totals per country, type and date. */
    public static final DatasetFile ORYX_DAILY = DatasetFile.named(DatasetSources.ORYX, OryxReader.DAILY_COUNT_FILE);
    /** Oryx latest totals per country and type (checked, not read). */
    public static final DatasetFile ORYX_TOTALS = DatasetFile.named(DatasetSources.ORYX,
            OryxReader.TOTALS_BY_TYPE_FILE);

    private DatasetFiles() {
    }

    private static DatasetFile gs(String fileName) {
        return DatasetFile.named(DatasetSources.GENERAL_STAFF, fileName);
    }
}
