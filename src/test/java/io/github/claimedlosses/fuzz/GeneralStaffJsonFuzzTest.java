package io.github.claimedlosses.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.claimedlosses.read.DatasetFormat;
import io.github.claimedlosses.read.DatasetReader;
import io.github.claimedlosses.read.Strictness;
import java.util.Arrays;
import java.util.List;

/**
 * The General Staff JSON readers under mutated input: the first byte picks one of the four files (equipment,
 * personnel, corrections, per-model Oryx), the rest is the file. Seeds in {@code GeneralStaffJsonFuzzTestInputs/}.
 */
class GeneralStaffJsonFuzzTest {
    private static final List<DatasetFormat> FORMATS = List.of(DatasetFormat.GS_EQUIPMENT,
            DatasetFormat.GS_PERSONNEL, DatasetFormat.GS_CORRECTIONS, DatasetFormat.GS_ORYX_MODELS);
    private static final List<String> NAMES = List.of("russia_losses_equipment.json",
            "russia_losses_personnel.json", "russia_losses_equipment_correction.json",
            "russia_losses_equipment_oryx.json");

    @FuzzTest(maxDuration = "10s")
    void strictReadersRefuseOrRoundTrip(byte[] input) {
        if (input.length == 0) {
            return;
        }
        int pick = (input[0] & 0xFF) % FORMATS.size();
        byte[] json = Arrays.copyOfRange(input, 1, input.length);
        RoundTrip.check(json, NAMES.get(pick), file -> new DatasetReader(Strictness.STRICT).read(file,
                FORMATS.get(pick)).claims());
        RoundTrip.check(json, NAMES.get(pick), file -> new DatasetReader(Strictness.LENIENT).read(file,
                FORMATS.get(pick)).claims());
    }
}
