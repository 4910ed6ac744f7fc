package io.switchboard.agents.specialist.vision;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** What can be said about an image without understanding it: format, size, pixels, transparency, average colour. */
record ImageFacts(String name, String format, int width, int height, long bytes, boolean alpha, String averageColor) {

    /** The facts, or null when the bytes are not an image Java can read. */
    static ImageFacts of(String name, byte[] bytes) throws IOException {
        String format = null;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers != null && readers.hasNext()) {
                format = readers.next().getFormatName().toUpperCase(Locale.ROOT);
            }
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        if (image == null) {
            return null;
        }
        return new ImageFacts(name, format == null ? "unknown" : format, image.getWidth(), image.getHeight(),
                bytes.length, image.getColorModel().hasAlpha(), averageColor(image));
    }

    private static String averageColor(BufferedImage image) {
        long r = 0;
        long g = 0;
        long b = 0;
        long n = 0;
        int stepX = Math.max(1, image.getWidth() / 200);
        int stepY = Math.max(1, image.getHeight() / 200);
        for (int y = 0; y < image.getHeight(); y += stepY) {
            for (int x = 0; x < image.getWidth(); x += stepX) {
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
        return (name == null ? "The image" : name) + " is a " + format + " image of " + width + " × " + height
                + " pixels (" + bytes + " bytes)" + (alpha ? ", with transparency" : "") + "; its average colour is "
                + averageColor + ".";
    }
}
