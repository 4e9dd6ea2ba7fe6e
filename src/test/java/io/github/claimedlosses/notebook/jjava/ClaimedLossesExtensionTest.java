package io.github.claimedlosses.notebook.jjava;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.model.Claimant;
import io.github.claimedlosses.model.Kind;
import io.github.claimedlosses.model.Provenance;
import io.github.claimedlosses.model.Qualifier;
import io.github.claimedlosses.model.Side;
import io.github.claimedlosses.model.Taxonomy;
import io.github.claimedlosses.notebook.Claims;
import io.github.claimedlosses.notebook.display.Display;
import io.github.claimedlosses.notebook.display.MimeBundle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The extension with JJava's own renderer, as a kernel holds it. */
class ClaimedLossesExtensionTest {
    private static Renderer kernelRenderer() {
        Renderer renderer = new Renderer();
        ClaimedLossesExtension.register(renderer);
        return renderer;
    }

    @Test
    void aTableRendersAsTheDisplaysHtmlAndText() {
        Table table = Table.create("t", StringColumn.create("quote", "<b>614</b> tanks"));
        MimeBundle expected = Display.of(table);

        DisplayData data = kernelRenderer().render(table);

        assertThat(data.getData(MIMEType.TEXT_HTML)).isEqualTo(expected.get(MimeBundle.TEXT_HTML));
        assertThat(data.getData(MIMEType.TEXT_PLAIN)).isEqualTo(expected.get(MimeBundle.TEXT_PLAIN));
        assertThat(data.hasDataForType(MIMEType.IMAGE_SVG)).isFalse();
    }

    @Test
    void aChartRendersAsPngAndAsSvgWhenAskedFor() {
        XYSeries series = new XYSeries("s");
        series.add(1, 2);
        JFreeChart chart = ChartFactory.createXYLineChart("Tanks", "x", "y", new XYSeriesCollection(series));

        DisplayData data = kernelRenderer().render(chart);
        DisplayData svg = kernelRenderer().renderAs(chart, "image/svg+xml");

        assertThat((String) data.getData(MIMEType.IMAGE_PNG)).startsWith("iVBORw0KGgo");
        assertThat(data.hasDataForType(MIMEType.IMAGE_SVG)).isFalse();
        assertThat(data.getData(MIMEType.TEXT_PLAIN)).isEqualTo("Chart (900×500): Tanks");
        assertThat((String) svg.getData(MIMEType.IMAGE_SVG)).contains("<svg");
        assertThat(svg.hasDataForType(MIMEType.IMAGE_PNG)).isFalse();
    }

    @Test
    void onlyTheRequestedTypeIsRenderedWhenOneIsAskedFor() {
        XYSeries series = new XYSeries("s");
        series.add(1, 2);
        JFreeChart chart = ChartFactory.createXYLineChart("Tanks", "x", "y", new XYSeriesCollection(series));

        DisplayData data = kernelRenderer().renderAs(chart, "image/png");

        assertThat(data.hasDataForType(MIMEType.IMAGE_PNG)).isTrue();
        assertThat(data.hasDataForType(MIMEType.IMAGE_SVG)).isFalse();
    }

    @Test
    void jdkTypesAreLeftToTheKernelEvenAListOfClaims() {
        Claim claim = new Claim(LocalDate.of(2022, 3, 31), null, Claimant.UA_MOD, Side.RUSSIA,
                Taxonomy.standard().category("tanks"), 614, Qualifier.EXACT, null, null, Kind.CUMULATIVE,
                new Provenance("article.txt", "offset 1667", "destroyed 614 tanks"));
        Renderer plain = new Renderer();
        Renderer ours = kernelRenderer();

        for (Object value : List.of(List.of(claim), List.of("a", "b"), new java.util.ArrayList<>(List.of(1)),
                java.util.Map.of("k", 1), java.util.Set.of(2), Optional.of(claim), 42, "text",
                LocalDate.of(2022, 3, 31), new StringBuilder("sb"))) {
            for (MIMEType type : List.of(MIMEType.TEXT_PLAIN, MIMEType.TEXT_HTML, MIMEType.IMAGE_PNG,
                    MIMEType.IMAGE_SVG)) {
                assertThat(ours.render(value).getData(type)).as(value.getClass().getName() + " as " + type)
                        .isEqualTo(plain.render(value).getData(type));
            }
        }
    }

    @Test
    void theClaimsOfDocumentsRenderAsTheirTable() {
        Claim claim = new Claim(LocalDate.of(2022, 3, 31), null, Claimant.UA_MOD, Side.RUSSIA,
                Taxonomy.standard().category("tanks"), 614, Qualifier.EXACT, null, null, Kind.CUMULATIVE,
                new Provenance("article.txt", "offset 1667", "destroyed 614 tanks"));

        DisplayData data = kernelRenderer().render(new Claims("news", List.of(claim), List.of()));

        assertThat((String) data.getData(MIMEType.TEXT_HTML)).contains("<td>offset 1667</td>");
    }

    @Test
    void theKernelFindsTheExtensionThroughTheServiceFile() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/services/" + Extension.class.getName())) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip())
                    .isEqualTo(ClaimedLossesExtension.class.getName());
        }
        assertThat(ServiceLoader.load(Extension.class).stream().map(ServiceLoader.Provider::type).toList())
                .contains(ClaimedLossesExtension.class);
    }
}
