package dev.omvio.cli;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import dev.omvio.stream.ManualClock;
import dev.omvio.stream.StreamMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** omvio camera serve, info and run, and record from a camera, over loopback TCP. */
class CameraCommandTest {
    @TempDir
    Path dir;

    private Thread server;

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.interrupt();
            server.join(10_000);
        }
    }

    /** camera serve rec.bin, then record --frames 20 from it: the copy holds rec.bin's first 20 frames. */
    @Test
    void recordingFromTheEmulatorCopiesTheRecording() throws Exception {
        Path rec = recording(dir.resolve("rec.bin"), 25);
        int port = serve(rec.toString());
        Path copy = dir.resolve("copy.bin");
        CliRun run = CliRun.of("record", "--sensor", "openmv:tcp=127.0.0.1:" + port, "--frames", "20", copy.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(frames(copy)).isEqualTo(frames(rec).subList(0, 20));
    }

    @Test
    void infoPrintsVersionsSystemAndChannels() throws Exception {
        int port = serve(recording(dir.resolve("rec.bin"), 2).toString());

        CliRun run = CliRun.of("camera", "info", "--sensor", "openmv:tcp=127.0.0.1:" + port, "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"protocol_version\":\"1.0.0\"", "\"firmware_version\":\"4.7.0\"",
                "\"usb_id\":\"1209:ABD1\"", "\"max_payload\":4082",
                "{\"id\":1,\"name\":\"stdin\",\"flags\":\"WRITE|EXEC\"}",
                "{\"id\":2,\"name\":\"stdout\",\"flags\":\"READ\"}",
                "{\"id\":3,\"name\":\"stream\",\"flags\":\"READ|LOCK|STREAM\"}");
    }

    @Test
    void runSendsTheScriptAndPrintsWhatComesBack() throws Exception {
        int port = serve(recording(dir.resolve("rec.bin"), 2).toString());
        Path script = Files.writeString(dir.resolve("main.py"), "import csi\nprint(\"hello\")\nprint('from the camera')\n");

        CliRun run = CliRun.of("camera", "run", "--sensor", "openmv:tcp=127.0.0.1:" + port, script.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("cannot run MicroPython").endsWith("hello\nfrom the camera\n");
    }

    /**
     * camera serve --pty --link: info and record open the link as a serial port (jSerialComm, the
     * firmware's CRC and ACK); record gets the recording's first frames (info does not stream).
     */
    @Test
    void onAPseudoTerminalInfoAndRecordGoThroughTheSerialPort() throws Exception {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        assumeTrue(os.startsWith("linux") || os.startsWith("mac"), "no pseudo-terminals on " + os);
        Path rec = recording(dir.resolve("rec.bin"), 8);
        Path link = dir.resolve("ttyOMV");
        AtomicReference<CliRun> served = new AtomicReference<>();
        server = new Thread(() -> served.set(CliRun.of("camera", "serve", "--pty", "--link", link.toString(),
                rec.toString())));
        server.setDaemon(true);
        server.start();
        for (int attempt = 0; attempt < 500 && !Files.isSymbolicLink(link); attempt++) {
            Thread.sleep(20);
        }

        CliRun info = CliRun.of("camera", "info", "--sensor", "openmv:port=" + link, "--json");
        Path copy = dir.resolve("copy.bin");
        CliRun record = CliRun.of("record", "--sensor", "openmv:port=" + link, "--frames", "5", copy.toString());
        Path device = Files.readSymbolicLink(link);
        stopServer();

        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out()).contains("\"firmware_version\":\"4.7.0\"", "\"max_payload\":4082",
                "{\"id\":3,\"name\":\"stream\",\"flags\":\"READ|LOCK|STREAM\"}");
        assertThat(record.exitCode()).as(record.err()).isZero();
        assertThat(frames(copy)).isEqualTo(frames(rec).subList(0, 5));
        assertThat(device.toString()).startsWith("/dev/");
        assertThat(served.get().exitCode()).as(served.get().err()).isZero();
        assertThat(served.get().out()).startsWith("omvio camera emulator on pty " + device + " (" + link + ") serving");
        assertThat(Files.exists(link, LinkOption.NOFOLLOW_LINKS)).as("link removed on exit").isFalse();
    }

    @Test
    void serveNeedsOneOfTcpAndPty() {
        assertThat(CliRun.of("camera", "serve", "--sensor", "synthetic:pattern=bars").err())
                .contains("camera serve needs one of --tcp PORT or --pty");
        CliRun both = CliRun.of("camera", "serve", "--tcp", "0", "--pty", "--sensor", "synthetic:pattern=bars");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("needs one of --tcp PORT or --pty");
        CliRun linkOnTcp = CliRun.of("camera", "serve", "--tcp", "0", "--link", "x", "--sensor", "synthetic:pattern=bars");
        assertThat(linkOnTcp.exitCode()).isEqualTo(2);
        assertThat(linkOnTcp.err().strip()).isEqualTo("omvio camera serve: --link goes with --pty, not --tcp");
    }

    @Test
    void aSpecThatIsNotACameraIsBadInput() {
        CliRun run = CliRun.of("camera", "info", "--sensor", "synthetic:pattern=bars");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--sensor must name a camera");
    }

    @Test
    void nobodyListeningIsAFailureInOneLine() throws IOException {
        int port = freePort();
        CliRun run = CliRun.of("camera", "info", "--sensor", "openmv:tcp=127.0.0.1:" + port);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).doesNotContain("\n").startsWith("omvio camera info: ");
    }

    /** Starts camera serve in a thread; returns its port once it accepts connections. */
    private int serve(String source) throws Exception {
        int port = freePort();
        server = new Thread(() -> CliRun.of("camera", "serve", "--tcp", String.valueOf(port), source));
        server.setDaemon(true);
        server.start();
        for (int attempt = 0; attempt < 500; attempt++) {
            try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return port;
            } catch (IOException notYet) {
                Thread.sleep(20);
            }
        }
        throw new IllegalStateException("camera serve did not listen on " + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Path recording(Path file, int n) throws IOException {
        try (ImageStream out = ImageStreams.open(file, StreamMode.WRITE, new ManualClock(0))) {
            for (int i = 0; i < n; i++) {
                byte[] data = new byte[64 * 48];
                for (int p = 0; p < data.length; p++) {
                    data[p] = (byte) (p * 3 + i * 17);
                }
                out.write(Image.of(64, 48, PixelFormat.GRAYSCALE, data), 2000);
            }
        }
        return file;
    }

    private static List<Image> frames(Path file) throws IOException {
        List<Image> frames = new ArrayList<>();
        try (ImageStream in = ImageStreams.open(file, StreamMode.READ, new ManualClock(0))) {
            for (Optional<Image> f = in.read(false, false, false); f.isPresent(); f = in.read(false, false, false)) {
                frames.add(f.get());
            }
        }
        return frames;
    }
}
