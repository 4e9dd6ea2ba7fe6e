package io.github.claimedlosses.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimedlosses.SharedData;
import io.github.claimedlosses.export.ClaimsCsvWriter;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.read.DatasetFormat;
import io.github.claimedlosses.read.DatasetReader;
import io.github.claimedlosses.read.Strictness;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.Table;

/** Every dataset file, written as the claims CSV and read back, gives an equal table. */
class RoundTripTest {
    @TempDir
    Path dir;

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("general-staff/russia_losses_equipment.json", DatasetFormat.GS_EQUIPMENT),
                Arguments.of("general-staff/russia_losses_personnel.json", DatasetFormat.GS_PERSONNEL),
                Arguments.of("general-staff/russia_losses_equipment_correction.json", DatasetFormat.GS_CORRECTIONS),
                Arguments.of("general-staff/russia_losses_equipment_oryx.json", DatasetFormat.GS_ORYX_MODELS),
                Arguments.of("oryx/daily_count.csv", DatasetFormat.ORYX_DAILY));
    }

    @ParameterizedTest
    @MethodSource("files")
    void claimsCsvReadsBackToAnEqualTable(String relative, DatasetFormat expectedFormat) throws IOException {
        Path file = SharedData.datasets().resolve(relative);
        assertThat(DatasetFormat.detect(file)).isEqualTo(expectedFormat);
        DatasetReader reader = new DatasetReader(Strictness.STRICT);
        List<Claim> claims = reader.read(file).claims();
        assertThat(claims).isNotEmpty();

        StringWriter csv = new StringWriter();
        ClaimsCsvWriter.write(claims, csv);
        Path written = Files.writeString(dir.resolve("claims.csv"), csv.toString(), StandardCharsets.UTF_8);
        assertThat(DatasetFormat.detect(written)).isEqualTo(DatasetFormat.CLAIMS_CSV);
        List<Claim> readBack = reader.read(written).claims();

        assertThat(readBack).isEqualTo(claims);
        Table original = ClaimTable.of(claims);
        Table copy = ClaimTable.of(readBack);
        assertThat(copy.columnNames()).isEqualTo(original.columnNames());
        for (String column : original.columnNames()) {
            assertThat(copy.column(column).asList()).as(column).isEqualTo(original.column(column).asList());
        }
        assertThat(ClaimTable.claims(original)).isEqualTo(claims);
    }
}
