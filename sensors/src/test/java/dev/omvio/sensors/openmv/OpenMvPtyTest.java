package dev.omvio.sensors.openmv;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.sensor.Sensor;
import dev.omvio.sensor.Sensors;
import dev.omvio.sensor.spi.DriverOptions;
import dev.omvio.sensors.openmv.emulator.CameraEmulator;
import dev.omvio.sensors.openmv.emulator.Faults;
import dev.omvio.sensors.openmv.protocol.Caps;
import dev.omvio.sensors.openmv.protocol.HostSession;
import dev.omvio.sensors.openmv.protocol.Opcode;
import dev.omvio.sensors.openmv.protocol.Packet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The openmv driver on a serial port (jSerialComm, {@code openmv:port=/dev/pts/N}) against the
 * camera emulator on a pseudo-terminal: the same protocol engine as over TCP, with the serial
 * defaults (CRC and ACK on, 4082-byte packets).
 */
class OpenMvPtyTest {
    private static final String HOST_OPTIONS = ",timeout=400,retries=4,wait=5000";
    private static final CameraEmulator.Options DEVICE = new CameraEmulator.Options(Faults.NONE,
            Caps.DEFAULT_MAX_PAYLOAD, 3, 25);

    @TempDir
    Path dir;

    /** Pseudo-terminals exist on Linux and macOS only; everywhere else these tests are skipped. */
    @BeforeAll
    static void posix() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        assumeTrue(os.startsWith("linux") || os.startsWith("mac"), "no pseudo-terminals on " + os);
    }

    @ParameterizedTest
    @ValueSource(strings = {"JPEG", "GRAYSCALE"})
    void framesComeBackByteIdentical(String format) throws IOException {
        Path rec = Recordings.write(dir.resolve("rec.bin"), PixelFormat.valueOf(format), 160, 120, 4);
        try (CameraEmulator emulator = emulator(rec, null);
             Sensor sensor = Sensors.open("openmv:port=" + emulator.device() + HOST_OPTIONS)) {
            assertThat(emulator.port()).isEqualTo(-1);
            assertThat(emulator.address()).isEqualTo("pty " + emulator.device());
            assertThat(read(sensor, 4)).isEqualTo(Recordings.frames(rec));
        }
    }

    /** On a serial port the host keeps the firmware's checks: CRC on, ACK on, 4082-byte packets. */
    @Test
    void theFirmwaresCapabilitiesAreInForce() throws IOException {
        Path rec = Recordings.write(dir.resolve("rec.bin"), PixelFormat.GRAYSCALE, 16, 12, 1);
        try (CameraEmulator emulator = emulator(rec, null);
             HostSession session = OpenMvDriver.connect(DriverOptions.parse("port=" + emulator.device()))) {
            assertThat(session.caps()).isEqualTo(new Caps(true, true, true, true, 4082));
            assertThat(session.channels()).extracting(c -> c.name()).containsExactly("stdin", "stdout", "stream");
        }
    }

    /**
     * A host reads frames and closes the port; a second opens it, asks for the channel list,
     * reads one byte of the answer and closes it without acknowledging; a third finds nothing
     * left over from the second and reads frames that follow the first host's, in order (those
     * the emulator had taken ahead when the first switched streaming off are dropped, as a
     * camera drops its frame buffer).
     */
    @Test
    void hostsComeAndGo() throws Exception {
        Path rec = Recordings.write(dir.resolve("rec.bin"), PixelFormat.GRAYSCALE, 160, 120, 16);
        List<Image> expected = Recordings.frames(rec);
        LinkedBlockingQueue<String> events = new LinkedBlockingQueue<>();
        try (CameraEmulator emulator = emulator(rec, null)) {
            emulator.onEvent(events::add);
            try (Sensor first = Sensors.open("openmv:port=" + emulator.device() + HOST_OPTIONS)) {
                assertThat(read(first, 3)).isEqualTo(expected.subList(0, 3));
            }
            assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo("host connected: pty " + emulator.device());
            assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo("host left");

            byte[] list = new byte[Packet.wireSize(0)];
            Packet.encode(list, 0, 0, 0, Opcode.CHANNEL_LIST, new byte[0], 0, 0, true);
            try (RandomAccessFile rude = new RandomAccessFile(emulator.device().toFile(), "rw")) {
                rude.write(list);
                assertThat(rude.read()).isEqualTo(0xAA); // the sync word's first byte; the rest left unread
            }
            assertThat(events.poll(10, TimeUnit.SECONDS)).startsWith("host connected");
            assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo("host left");
            try (FileInputStream next = new FileInputStream(emulator.device().toFile())) {
                assertThat(next.available()).as("bytes left over for the next host").isZero();
            }

            try (Sensor third = Sensors.open("openmv:port=" + emulator.device() + HOST_OPTIONS)) {
                List<Image> frames = read(third, 3);
                int first = expected.indexOf(frames.get(0));
                assertThat(first).isBetween(3, 3 + 1 + 8); // at most the offered frame and eight ahead dropped
                assertThat(frames).isEqualTo(expected.subList(first, first + 3));
            }
        }
    }

    @Test
    void aLinkNamesTheDeviceUntilTheEmulatorCloses() throws IOException {
        Path rec = Recordings.write(dir.resolve("rec.bin"), PixelFormat.JPEG, 64, 48, 2);
        Path link = dir.resolve("ttyOMV");
        Files.createSymbolicLink(link, dir.resolve("stale-from-an-earlier-run"));
        try (CameraEmulator emulator = emulator(rec, link)) {
            assertThat(Files.readSymbolicLink(link)).isEqualTo(emulator.device());
            assertThat(emulator.address()).isEqualTo("pty " + emulator.device() + " (" + link + ")");
            try (Sensor sensor = Sensors.open("openmv:port=" + link + HOST_OPTIONS)) {
                assertThat(read(sensor, 2)).isEqualTo(Recordings.frames(rec));
            }
        }
        assertThat(Files.exists(link, LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void aLinkPathHoldingAFileIsLeftAlone() throws IOException {
        Path rec = Recordings.write(dir.resolve("rec.bin"), PixelFormat.GRAYSCALE, 16, 12, 1);
        Path file = Files.writeString(dir.resolve("notes.txt"), "keep me");
        try (Sensor sensor = Sensors.open("replay:file=" + rec)) {
            assertThatThrownBy(() -> CameraEmulator.startOnPty(sensor, file, DEVICE))
                    .isInstanceOf(FileAlreadyExistsException.class)
                    .hasMessageContaining("notes.txt").hasMessageContaining("not a symbolic link");
        }
        assertThat(file).hasContent("keep me");
    }

    private static CameraEmulator emulator(Path rec, Path link) throws IOException {
        return CameraEmulator.startOnPty(Sensors.open("replay:file=" + rec + ",loop=false"), link, DEVICE);
    }

    private static List<Image> read(Sensor sensor, int n) throws IOException {
        List<Image> frames = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            frames.add(sensor.snapshot(false));
        }
        return frames;
    }
}
