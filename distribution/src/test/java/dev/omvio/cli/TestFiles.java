package dev.omvio.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The test resources beside these tests, copied from the shared camera test data. */
final class TestFiles {
    private TestFiles() {
    }

    /** A JPEG made on an OpenMV camera: 320 x 270, YCbCr. */
    static byte[] cameraJpeg() {
        return resource("compressed.jpeg");
    }

    static byte[] resource(String name) {
        try (InputStream in = TestFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
