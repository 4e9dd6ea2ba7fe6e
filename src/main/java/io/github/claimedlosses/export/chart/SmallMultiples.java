package io.github.claimedlosses.export.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.BlockParams;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Drawable;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.Size2D;

/** A grid of small charts under one title and above one source line, each panel with its own value scale. */
public final class SmallMultiples implements Drawable {
    private static final double HEADER = 58;
    private static final double FOOTER = 22;

    private final ChartLabels labels;
    private final List<JFreeChart> panels;
    private final int columns;

    /**
     * @param labels  overall title, subtitle and source (the panels' own titles name their series)
     * @param panels  charts, drawn left to right, top to bottom
     * @param columns panels per row
     */
    public SmallMultiples(ChartLabels labels, List<JFreeChart> panels, int columns) {
        this.labels = labels;
        this.panels = List.copyOf(panels);
        this.columns = columns;
    }

    /** The panels in drawing order. */
    public List<JFreeChart> panels() {
        return panels;
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        g2.setPaint(Color.WHITE);
        g2.fill(area);
        drawTitle(g2, new TextTitle(labels.title(), ChartStyle.TITLE), area.getX() + 8, area.getY() + 6, area);
        drawTitle(g2, styled(new TextTitle(labels.subtitle(), ChartStyle.SUBTITLE)), area.getX() + 8,
                area.getY() + 30, area);
        drawTitle(g2, styled(new TextTitle(labels.source(), ChartStyle.SOURCE)), area.getX() + 8,
                area.getMaxY() - FOOTER + 4, area);
        int rows = (panels.size() + columns - 1) / columns;
        double width = area.getWidth() / columns;
        double height = (area.getHeight() - HEADER - FOOTER) / Math.max(rows, 1);
        for (int i = 0; i < panels.size(); i++) {
            double x = area.getX() + (i % columns) * width;
            double y = area.getY() + HEADER + (i / columns) * height;
            panels.get(i).draw(g2, new Rectangle2D.Double(x, y, width, height));
        }
    }

    private static TextTitle styled(TextTitle title) {
        title.setPaint(Palette.GREY);
        return title;
    }

    private static void drawTitle(Graphics2D g2, TextTitle title, double x, double y, Rectangle2D area) {
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        title.setPosition(RectangleEdge.TOP);
        Size2D size = title.arrange(g2);
        title.draw(g2, new Rectangle2D.Double(x, y, Math.min(size.width, area.getWidth() - 16), size.height),
                new BlockParams());
    }
}
