package io.github.claimedlosses.notebook.jjava;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimedlosses.notebook.display.Display;
import io.github.claimedlosses.notebook.display.MimeBundle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
    void aChartRendersAsSvgWithPngAsFallback() {
        XYSeries series = new XYSeries("s");
        series.add(1, 2);
        JFreeChart chart = ChartFactory.createXYLineChart("Tanks", "x", "y", new XYSeriesCollection(series));

        DisplayData data = kernelRenderer().render(chart);

        assertThat((String) data.getData(MIMEType.IMAGE_SVG)).contains("<svg");
        assertThat((String) data.getData(MIMEType.IMAGE_PNG)).startsWith("iVBORw0KGgo");
        assertThat(data.getData(MIMEType.TEXT_PLAIN)).isEqualTo("Chart (900×500): Tanks");
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
    void aListOfOtherThingsStaysText() {
        DisplayData data = kernelRenderer().render(List.of("a", "b"));

        assertThat(data.getData(MIMEType.TEXT_PLAIN)).isEqualTo("[a, b]");
        assertThat(data.hasDataForType(MIMEType.TEXT_HTML)).isFalse();
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
