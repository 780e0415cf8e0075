package dev.omvio.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Packs test classes into bundle jars, as a third party would ship them. */
final class TestBundles {
    private TestBundles() {
    }

    /**
     * A bundle at {@code jar} with the given manifest headers, the class files of
     * {@code classNames} (read from the test output, not loaded: their dependencies are only in
     * the framework) and extra text resources.
     */
    static Path build(Path jar, Map<String, String> headers, Map<String, String> resources, String... classNames)
            throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        headers.forEach(manifest.getMainAttributes()::putValue);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (String className : classNames) {
                String name = className.replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(name));
                try (InputStream bytes = TestBundles.class.getClassLoader().getResourceAsStream(name)) {
                    bytes.transferTo(out);
                }
            }
            for (Map.Entry<String, String> resource : resources.entrySet()) {
                out.putNextEntry(new JarEntry(resource.getKey()));
                out.write(resource.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }
}
