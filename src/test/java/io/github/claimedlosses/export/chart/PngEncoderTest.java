package io.github.claimedlosses.export.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngEncoderTest {
    @Test
    void decodesToTheSamePixels() throws Exception {
        BufferedImage image = new BufferedImage(301, 177, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, y % 3 == 0 ? 0xFFFFFF : random.nextInt(1 << 24));
            }
        }
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(image)));
        assertEquals(image.getWidth(), decoded.getWidth());
        assertEquals(image.getHeight(), decoded.getHeight());
        assertArrayEquals(image.getRGB(0, 0, 301, 177, null, 0, 301), decoded.getRGB(0, 0, 301, 177, null, 0, 301));
    }

    @Test
    void aLargeImageSpansSeveralDataChunks() throws Exception {
        BufferedImage image = new BufferedImage(1000, 700, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(11);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        byte[] png = PngEncoder.encode(image);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertArrayEquals(image.getRGB(0, 0, 1000, 700, null, 0, 1000), decoded.getRGB(0, 0, 1000, 700, null, 0, 1000));
    }

    @Test
    void refusesAnImageWithAlpha() {
        assertThrows(IllegalArgumentException.class,
                () -> PngEncoder.encode(new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB)));
    }
}
