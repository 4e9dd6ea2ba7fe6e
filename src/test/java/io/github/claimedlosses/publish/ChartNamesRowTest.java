package io.github.claimedlosses.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Row 10 of issue 12: one chart per document, whatever the names, and every SVG well-formed XML. */
class ChartNamesRowTest {
    private static final String TEXT = "On day 36 of the invasion, the General Staff reported that Russia has lost "
            + "614 tanks.";

    @Test
    void row10_documentsWhoseNamesDifferInPunctuationOrCaseGetAChartEachAndTheSvgIsWellFormed(@TempDir Path dir)
            throws Exception {
        Path documents = Files.createDirectories(dir.resolve("docs"));
        List<String> names = List.of("report.txt", "Report.txt", "re-port.txt", "re port.txt", "re_port.txt",
                "re.port.txt", "report.md", "bell\u0007\u001b.txt");
        for (String name : names) {
            Files.writeString(documents.resolve(name), TEXT, StandardCharsets.UTF_8);
        }
        Path out = dir.resolve("out");
        new Publication(new Publication.Inputs(null, documents, "plotly.min.js"), line -> { }).build(out);
        List<Path> svgs;
        try (Stream<Path> charts = Files.list(out.resolve("charts"))) {
            svgs = charts.filter(p -> p.getFileName().toString().startsWith("document-"))
                    .filter(p -> p.toString().endsWith(".svg")).sorted().toList();
        }
        assertThat(svgs).hasSize(names.size());
        assertThat(svgs).extracting(p -> p.getFileName().toString().toLowerCase()).doesNotHaveDuplicates()
                .allMatch(name -> name.matches("document-[a-z0-9_-]+\\.svg"));
        assertThat(out.resolve("charts/document-report.svg")).isRegularFile();
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        for (Path svg : svgs) {
            xml.newDocumentBuilder().parse(svg.toFile()); // throws on malformed XML
        }
        assertThat(Files.readString(out.resolve("index.html"))).contains("document-report.png");
    }
}
