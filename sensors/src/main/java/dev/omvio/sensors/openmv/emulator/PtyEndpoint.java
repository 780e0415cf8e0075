package dev.omvio.sensors.openmv.emulator;

import dev.omvio.sensors.openmv.protocol.Link;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Hosts opening the slave device of a pseudo-terminal, as serial tools open a camera's USB
 * port; one after the other, each from its first bytes until it closes the device. Needs Linux
 * or macOS, and JNA (an optional dependency, touched only here and in {@link PosixPty}).
 */
final class PtyEndpoint implements Endpoint {
    private final PosixPty pty;
    private final Path link;
    private volatile boolean open = true;

    private PtyEndpoint(PosixPty pty, Path link) {
        this.pty = pty;
        this.link = link;
    }

    /**
     * Opens a pseudo-terminal and, if {@code link} is not null, makes a symbolic link there to
     * its slave device (replacing a symbolic link already there, never another file).
     *
     * @throws FileAlreadyExistsException if {@code link} exists and is not a symbolic link
     * @throws IOException in one line if this is not Linux or macOS, JNA is missing or cannot
     *     load, a pseudo-terminal cannot be opened, or the link cannot be made
     */
    static PtyEndpoint open(Path link) throws IOException {
        String os = System.getProperty("os.name", "");
        String lower = os.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("linux") && !lower.startsWith("mac")) {
            throw new IOException("a pseudo-terminal needs Linux or macOS, not " + os + "; serve on TCP instead");
        }
        if (!jnaAvailable()) {
            throw new IOException("a pseudo-terminal needs JNA (net.java.dev.jna:jna-jpms) on the class or module path");
        }
        if (link != null && Files.exists(link, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(link)) {
            throw new FileAlreadyExistsException(link.toString(), null, "exists and is not a symbolic link");
        }
        PosixPty pty;
        try {
            pty = PosixPty.open();
        } catch (LinkageError e) {
            throw new IOException("JNA cannot call the C library here: " + e.getMessage(), e);
        }
        try {
            if (link != null) {
                Files.deleteIfExists(link);
                Files.createSymbolicLink(link, pty.device());
            }
        } catch (IOException | RuntimeException e) {
            pty.close();
            throw e;
        }
        return new PtyEndpoint(pty, link);
    }

    private static boolean jnaAvailable() {
        try {
            Class.forName("com.sun.jna.Native", false, PtyEndpoint.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** {@return the slave device hosts open, such as {@code /dev/pts/3}} */
    Path device() {
        return pty.device();
    }

    /** {@return the symbolic link to {@link #device()}, or null if none was asked for} */
    Path link() {
        return link;
    }

    @Override
    public Link accept() throws IOException {
        if (!pty.awaitHost()) {
            throw new IOException("the pseudo-terminal " + pty.device() + " was closed");
        }
        return new PtyLink(pty);
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public String describe() {
        return "pty " + pty.device() + (link == null ? "" : " (" + link + ")");
    }

    /** Closes the pseudo-terminal (a host that has it open gets a hang-up) and removes the link if it is still ours. */
    @Override
    public void close() throws IOException {
        open = false;
        pty.close();
        if (link != null && Files.isSymbolicLink(link) && Files.readSymbolicLink(link).equals(pty.device())) {
            Files.delete(link);
        }
    }
}
