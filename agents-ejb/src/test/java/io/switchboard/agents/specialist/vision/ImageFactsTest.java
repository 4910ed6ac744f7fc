package io.switchboard.agents.specialist.vision;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageFactsTest {

    @Test
    void reportsFormatSizeAndAverageColour() throws Exception {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 40, 20);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);

        ImageFacts facts = ImageFacts.of("red.png", png.toByteArray());
        assertThat(facts.format()).isEqualTo("PNG");
        assertThat(facts.width()).isEqualTo(40);
        assertThat(facts.height()).isEqualTo(20);
        assertThat(facts.averageColor()).isEqualTo("#ff0000");
        assertThat(facts.describe()).contains("red.png is a PNG image of 40 × 20 pixels");
        assertThat(ImageFacts.of("x.png", "not an image".getBytes())).isNull();

        BufferedImage large = new BufferedImage(2000, 1000, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream largePng = new ByteArrayOutputStream();
        ImageIO.write(large, "png", largePng);
        ImageFacts subsampled = ImageFacts.of(null, largePng.toByteArray());
        assertThat(subsampled.width()).as("the size comes from the header").isEqualTo(2000);
        assertThat(subsampled.averageColor()).isEqualTo("#000000");
    }
}
