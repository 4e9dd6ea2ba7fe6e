package io.github.claimedlosses.export.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SvgCompactionTest {
    private static final String CLIP = " clip-path='url(#c-clip-0)'";

    @Test
    void adjacentBarsOfOneStyleBecomeOnePath() {
        String svg = "<rect x='67' y='196.6' width='1' height='187.2' style='fill:rgb(86,180,233)'" + CLIP + "/>"
                + "<rect x='68' y='365' width='1' height='18.7' style='fill:rgb(86,180,233)'" + CLIP + "/>"
                + "<rect x='69' y='10' width='2' height='5' style='fill:rgb(0,0,0)'" + CLIP + "/>";
        assertThat(SvgCompaction.mergedBars(svg)).isEqualTo("<path d='M67,196.6h1v187.2h-1ZM68,365h1v18.7h-1Z' "
                + "style='fill:rgb(86,180,233)'" + CLIP + "/>"
                + "<rect x='69' y='10' width='2' height='5' style='fill:rgb(0,0,0)'" + CLIP + "/>");
    }

    @Test
    void ticksOfOneStyleBecomeOneUnfilledPath() {
        String svg = "<line x1='115.4' y1='217' x2='115.4' y2='215' style='stroke:rgb(1,2,3)'/>"
                + "<line x1='80' y1='215' x2='330' y2='215' style='stroke:rgb(1,2,3)'/>";
        assertThat(SvgCompaction.mergedLines(svg))
                .isEqualTo("<path d='M115.4,217V215M80,215H330' style='stroke:rgb(1,2,3)' fill='none'/>");
    }

    @Test
    void collinearPointsAreLeftOutAndCornersKept() {
        StringBuilder d = new StringBuilder("M0,0");
        for (int x = 1; x <= 20; x++) {
            d.append('L').append(x).append(',').append(x <= 10 ? "0" : Integer.toString(x - 10));
        }
        String simplified = SvgCompaction.simplifiedPolylines("<path d='" + d + "'/>");
        assertThat(simplified).isEqualTo("<path d='M0,0L10,0L20,10'/>");
        // a point 0.3 px off the line is more than the tolerance: kept
        String bumpy = "<path d='M0,0L1,0L2,0L3,0.3L4,0L5,0L6,0L7,0L8,0'/>";
        assertThat(SvgCompaction.simplifiedPolylines(bumpy)).isEqualTo("<path d='M0,0L2,0L3,0.3L4,0L8,0'/>");
    }

    @Test
    void stylesAreWrittenOnceAsClasses() {
        String svg = "<svg width='9'><defs><clipPath id='c-clip-0'/></defs>"
                + "<rect x='1' y='1' width='1' height='1' style='fill:red'" + CLIP + "/>"
                + "<g style='fill:red'" + CLIP + "><text x='1' y='2' style='font-size: 11px;'>a</text></g></svg>";
        String shared = SvgCompaction.sharedStyles(svg, "p-");
        assertThat(shared).isEqualTo("<svg width='9'><defs><style type='text/css'>.p-s0{fill:red;clip-path:"
                + "url(#c-clip-0)}.p-s1{font-size: 11px;}</style><clipPath id='c-clip-0'/></defs>"
                + "<rect x='1' y='1' width='1' height='1' class='p-s0'/>"
                + "<g class='p-s0'><text x='1' y='2' class='p-s1'>a</text></g></svg>");
    }
}
