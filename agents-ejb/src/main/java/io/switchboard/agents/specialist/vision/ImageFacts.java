package io.switchboard.agents.specialist.vision;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * What can be said about an image without understanding it: format, size, transparency, average colour. The
 * size comes from the header; the pixels are decoded subsampled (about 200 × 200), so a small file declaring a
 * huge image costs no more memory than a small one.
 */
record ImageFacts(String name, String format, int width, int height, long bytes, boolean alpha, String averageColor) {

    static final long MAX_PIXELS = 100_000_000L;
    private static final int SAMPLES_PER_SIDE = 200;

    /** The facts, or null when the bytes are not an image Java can read. */
    static ImageFacts of(String name, byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                String format = reader.getFormatName().toUpperCase(Locale.ROOT);
                if ((long) width * height > MAX_PIXELS) {
                    return new ImageFacts(name, format, width, height, bytes.length, false, null);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(Math.max(1, width / SAMPLES_PER_SIDE), Math.max(1, height / SAMPLES_PER_SIDE),
                        0, 0);
                BufferedImage image = reader.read(0, param);
                return new ImageFacts(name, format, width, height, bytes.length, image.getColorModel().hasAlpha(),
                        averageColor(image));
            } catch (IOException | RuntimeException unreadable) {
                return null;
            } finally {
                reader.dispose();
            }
        }
    }

    private static String averageColor(BufferedImage image) {
        long r = 0;
        long g = 0;
        long b = 0;
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                r += (rgb >> 16) & 0xff;
                g += (rgb >> 8) & 0xff;
                b += rgb & 0xff;
                n++;
            }
        }
        return String.format("#%02x%02x%02x", r / n, g / n, b / n);
    }

    String describe() {
        String size = (name == null ? "The image" : name) + " is a " + format + " image of " + width + " × " + height
                + " pixels (" + bytes + " bytes)";
        return averageColor == null ? size + "; it is too large to look at its pixels."
                : size + (alpha ? ", with transparency" : "") + "; its average colour is " + averageColor + ".";
    }
}
