package io.switchboard.console.it;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.testfx.api.FxRobot;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Saves what the console's window shows as a PNG (a snapshot of the scene, rendered as on screen). */
final class Screenshots {

    private final Path directory = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    void save(FxRobot robot, Scene scene, String name) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        try {
            Files.createDirectories(directory);
            ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", directory.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
