package dev.omvio.osgi.launcher;

import org.apache.felix.main.Main;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * Starts Apache Felix's launcher ({@code bin/felix.jar}, on this jar's {@code Class-Path}) with
 * the runtime's configuration, bundle folder and cache given as absolute paths found from this
 * jar's own location, so that the working directory does not matter. A {@code -D} option given
 * for one of them wins.
 */
public final class Launcher {
    private Launcher() {
    }

    /**
     * Starts the runtime.
     *
     * @param args passed on to Felix's launcher
     * @throws Exception whatever Felix's launcher throws
     */
    public static void main(String[] args) throws Exception {
        Path home = home();
        setIfAbsent("felix.config.properties", home.resolve("conf").resolve("config.properties").toUri().toString());
        setIfAbsent("felix.auto.deploy.dir", home.resolve("bundle").toString());
        setIfAbsent("org.osgi.framework.storage", home.resolve("felix-cache").toString());
        Main.main(args);
    }

    /** The runtime's folder: the parent of {@code bin/}, which holds this jar. */
    private static Path home() throws URISyntaxException {
        Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return jar.toAbsolutePath().getParent().getParent();
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
