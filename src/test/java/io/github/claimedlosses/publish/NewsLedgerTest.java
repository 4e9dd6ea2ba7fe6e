package io.github.claimedlosses.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimedlosses.SharedData;
import io.github.claimedlosses.source.Sources;
import io.github.claimedlosses.ledger.Ledger;
import io.github.claimedlosses.ledger.ReferenceFigures;
import io.github.claimedlosses.read.DatasetFormat;
import io.github.claimedlosses.read.DatasetReader;
import io.github.claimedlosses.read.Strictness;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** "Claims found in the news": the project's own documents against the General Staff dataset. */
class NewsLedgerTest {
    @Test
    void theProjectsBulletinsAgreeWithTheDatasetValueForValue() {
        Ledger ledger = NewsLedger.of(Sources.standard().read(Path.of("seeds"), false));
        ReferenceFigures reference = ReferenceFigures.of(new DatasetReader(Strictness.STRICT).readFolder(
                SharedData.datasets(), EnumSet.of(DatasetFormat.GS_EQUIPMENT, DatasetFormat.GS_PERSONNEL)).claims());
        Table agreement = NewsLedger.agreement(ledger, reference);
        Table generalStaff = agreement.where(agreement.stringColumn("claimant").isEqualTo("ua-general-staff"));
        assertThat(generalStaff.rowCount()).isEqualTo(1);
        // Two bulletins of 14 categories each, a running total and an increment per line; the totals are checked.
        assertThat(generalStaff.intColumn("entries").get(0)).isEqualTo(2 * 14 * 2);
        assertThat(generalStaff.intColumn("checked").get(0)).isEqualTo(2 * 14);
        assertThat(generalStaff.intColumn("agreeing").get(0)).isEqualTo(2 * 14);
        assertThat(generalStaff.intColumn("disputed").get(0)).isZero();
        assertThat(NewsLedger.section(agreement)).contains("<h2>Claims found in the news</h2>")
                .contains("<td>General Staff of the Armed Forces of Ukraine</td><td>56</td><td>0</td><td>28</td>"
                        + "<td>28</td></tr>");
    }
}
