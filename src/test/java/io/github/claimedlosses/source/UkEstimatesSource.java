package io.github.claimedlosses.source;

import io.github.claimedlosses.model.BadInputException;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Provenance;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.model.Taxonomy;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A source added for the test that adding one takes one descriptor and one reader: a small CSV of round estimates
 * of Russian losses attributed to the UK Ministry of Defence, {@code uk-mod-estimates/russian_losses_estimates.csv}
 * (columns {@code estimate_date,category,about}). Its figures are constructed for the test, not quoted. Registered
 * in the test tree's {@code META-INF/services}, so every test sees it beside the standard sources.
 */
public final class UkEstimatesSource implements SourceProvider {
    static final String ID = "uk-mod-estimates";
    static final String FOLDER = "uk-mod-estimates";
    static final String FILE = "russian_losses_estimates.csv";
    static final String ATTRIBUTION = "UK Ministry of Defence, estimated (test source, constructed figures)";
    static final String HEADER = "estimate_date,category,about";

    @Override
    public List<Source> sources() {
        return List.of(new Source(ID, 500, Optional.of(Claimant.UK_MOD), ATTRIBUTION,
                "UK Ministry of Defence estimates (test source).", FOLDER, "/example/uk-mod-estimates/main/",
                List.of(SourceFile.read(FILE, ID)), List.of(new Format(ID, (file, lenient) -> read(file))),
                new Detection() {
                    @Override
                    public Optional<String> byContent(Head head) {
                        return head.firstLine().startsWith(HEADER) ? Optional.of(ID) : Optional.empty();
                    }
                }));
    }

    private static Reading read(Path file) {
        String name = file.getFileName().toString();
        Taxonomy taxonomy = Taxonomy.standard();
        List<Claim> claims = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            for (CSVRecord row : parser) {
                String category = row.get("category");
                claims.add(new Claim(LocalDate.parse(row.get("estimate_date")), null, Claimant.UK_MOD, Side.RUSSIA,
                        taxonomy.category(category), Double.parseDouble(row.get("about")), Qualifier.ABOUT, null,
                        null, Kind.CUMULATIVE, new Provenance(name, "line " + parser.getCurrentLineNumber(),
                        "about " + row.get("about") + " " + category, category)));
            }
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(name, "", "not a UK estimates CSV: " + e.getMessage());
        }
        return new Reading(file, ID, claims, List.of(), List.of(), List.of());
    }
}
