package dev.omvio.sensors.openmv;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.sensor.Sensor;
import dev.omvio.sensor.FrameSize;
import dev.omvio.sensor.SensorCapabilities;
import dev.omvio.sensor.Sensors;
import dev.omvio.sensor.spi.AbstractSensor;
import dev.omvio.sensor.spi.SensorDefaults;
import dev.omvio.sensor.spi.DriverOptions;
import dev.omvio.sensors.openmv.emulator.CameraEmulator;
import dev.omvio.sensors.openmv.emulator.Faults;
import dev.omvio.sensors.openmv.protocol.Caps;
import dev.omvio.sensors.openmv.protocol.HostSession;
import dev.omvio.sensors.openmv.protocol.Opcode;
import dev.omvio.sensors.openmv.protocol.Packet;
import dev.omvio.sensors.openmv.protocol.ProtocolException;
import dev.omvio.sensors.openmv.protocol.ProtocolTimeoutException;
import dev.omvio.sensors.openmv.protocol.ScriptedLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The openmv driver against the camera emulator over real TCP sockets on loopback. */
class OpenMvLoopbackTest {
    /** Short timeouts keep the fault tests fast; the device retransmits well before the host gives up. */
    private static final String HOST_OPTIONS = ",timeout=400,retries=4,wait=5000";
    /** With faults injected, the firmware's checks (over TCP they are off by default). */
    private static final String CHECKED = HOST_OPTIONS + ",crc=true,ack=true";
    private static final CameraEmulator.Options DEVICE = new CameraEmulator.Options(Faults.NONE,
            Caps.DEFAULT_MAX_PAYLOAD, 3, 25);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"JPEG", "GRAYSCALE", "RGB565"})
    void framesComeBackByteIdentical(String format) throws IOException {
        Path rec = Recordings.write(dir.resolve("rec.bin"), PixelFormat.valueOf(format), 160, 120, 6);
        assertThat(received(rec, 6, Faults.NONE)).isEqualTo(Recordings.frames(rec));
    }

    @ParameterizedTest
    @ValueSource(strings = {"drop=0.08,seed=3", "corrupt=0.08,seed=4", "garbage=0.5,seed=5", "split=0.7,seed=6",
        "delay=0.3,delayms=5,seed=7", "drop=0.05,corrupt=0.05,garbage=0.2,split=0.3,seed=8"})
    void everyFrameSurvivesInjectedFaults(String faults) throws IOException {
        Path rec = Recordings.write(dir.resolve("rec.bin"), PixelFormat.GRAYSCALE, 160, 120, 8);
        assertThat(received(rec, 8, Faults.parse(faults))).isEqualTo(Recordings.frames(rec));
    }

    // Over TCP the host switches CRC and ACK off and takes the largest packets the device offers:
    // here 65535 bytes, so a 76 800-byte frame comes in two fragments; over serial, the firmware's.
    @Test
    void overTcpChecksAreOffAndPacketsAsLargeAsTheDeviceOffers() throws IOException {
        Path rec = Recordings.write(dir.resolve("rec.bin"), PixelFormat.GRAYSCALE, 320, 240, 3);
        try (CameraEmulator emulator = CameraEmulator.start(Sensors.open("replay:file=" + rec + ",loop=false"),
                InetAddress.getLoopbackAddress(), 0, DEVICE.withMaxPayload(Packet.MAX_LENGTH))) {
            try (HostSession session = OpenMvDriver.connect(DriverOptions.parse("tcp=127.0.0.1:" + emulator.port()))) {
                assertThat(session.caps()).isEqualTo(new Caps(false, true, false, true, Packet.MAX_LENGTH));
            }
            try (HostSession session = OpenMvDriver.connect(
                    DriverOptions.parse("tcp=127.0.0.1:" + emulator.port() + ",crc=true,ack=true,payload=4082"))) {
                assertThat(session.caps()).isEqualTo(Caps.DEFAULT);
            }
            try (Sensor sensor = Sensors.open("openmv:tcp=127.0.0.1:" + emulator.port() + HOST_OPTIONS)) {
                List<Image> frames = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    frames.add(sensor.snapshot(false));
                }
                assertThat(frames).isEqualTo(Recordings.frames(rec));
            }
        }
    }

    @Test
    void aDisconnectFailsClearly() throws IOException {
        Path rec = Recordings.write(dir.resolve("rec.bin"), PixelFormat.GRAYSCALE, 160, 120, 8);
        assertThatThrownBy(() -> received(rec, 8, Faults.parse("disconnect=40")))
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining("127.0.0.1");
    }

    @Test
    void aHostThatResetsItsConnectionHasLeftAndTheNextOneIsServed() throws Exception {
        Path rec = Recordings.write(dir.resolve("rec.bin"), PixelFormat.GRAYSCALE, 160, 120, 4);
        LinkedBlockingQueue<String> events = new LinkedBlockingQueue<>();
        try (CameraEmulator emulator = emulator(rec, Faults.NONE)) {
            emulator.onEvent(events::add);
            byte[] list = new byte[Packet.wireSize(0)];
            Packet.encode(list, 0, 0, 0, Opcode.CHANNEL_LIST, new byte[0], 0, 0, true);
            try (Socket rude = new Socket(InetAddress.getLoopbackAddress(), emulator.port())) {
                rude.getOutputStream().write(ScriptedLink.concat(Collections.nCopies(64, list).toArray(byte[][]::new)));
                rude.setSoLinger(true, 0); // close with a reset, the answers unread
            }
            assertThat(events.poll(10, TimeUnit.SECONDS)).startsWith("host connected");
            assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo("host left");
            assertThat(emulator.failure()).isNull();

            try (Sensor next = Sensors.open("openmv:tcp=127.0.0.1:" + emulator.port() + HOST_OPTIONS)) {
                assertThat(next.snapshot(false)).isEqualTo(Recordings.frames(rec).get(0));
            }
        }
    }

    @Test
    void aDeviceWhoseEveryPacketIsLostFailsWithinItsTimeouts() throws IOException {
        Path rec = Recordings.write(dir.resolve("rec.bin"), PixelFormat.GRAYSCALE, 16, 12, 1);
        // Three synchronisations, awaited 100, 200 and 400 ms, then a clear failure.
        assertThatThrownBy(() -> received(rec, 1, Faults.parse("drop=1"), ",timeout=100,retries=2"))
                .isInstanceOf(ProtocolTimeoutException.class)
                .hasMessageContaining("synchronisations");
    }

    @Test
    void aSerialPortThatIsNotThereFailsInOneLine() {
        assertThatThrownBy(() -> Sensors.open("openmv:port=/dev/omvio-no-such-port"))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("no serial port /dev/omvio-no-such-port")
                .hasMessageNotContaining("\n");
    }

    @Test
    void optionsNameWhatIsWrong() {
        assertThatThrownBy(() -> Sensors.open("openmv:baud=9600"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tcp=<host>:<port> or port=");
        assertThatThrownBy(() -> Sensors.open("openmv:tcp=localhost"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not <host>:<port>");
    }

    @Test
    void theFrameBufferIsReusedAndFramesAreDated() throws IOException {
        Path rec = Recordings.write(dir.resolve("rec.bin"), PixelFormat.GRAYSCALE, 160, 120, 3);
        try (CameraEmulator emulator = emulator(rec, Faults.NONE);
             Sensor sensor = Sensors.open("openmv:tcp=127.0.0.1:" + emulator.port() + HOST_OPTIONS)) {
            assertThat(sensor.driverName()).isEqualTo("openmv");
            assertThat(sensor.pixelFormat()).isEqualTo(PixelFormat.GRAYSCALE);
            assertThat(sensor.frameTimeNanos()).isEmpty();
            Image first = sensor.snapshot(true);
            long firstTime = sensor.frameTimeNanos().orElseThrow();
            byte[] firstBytes = first.toByteArray();
            Image second = sensor.snapshot(true);
            assertThat(first.isFrameBuffer()).isTrue();
            assertThat(first.toByteArray()).isNotEqualTo(firstBytes); // overwritten by the second frame
            assertThat(second.toByteArray()).isEqualTo(Recordings.frames(rec).get(1).toByteArray());
            assertThat(sensor.frameTimeNanos().orElseThrow()).isGreaterThanOrEqualTo(firstTime);
        }
    }

    // Raw frames whose size changes: the host's read guessed from the last frame's size is too
    // long (the device refuses it and the frame is read at its size) or too short (the rest is
    // read); either way every frame comes back whole.
    @Test
    void framesWhoseSizeChangesComeBackWholeWhenReadsArePipelined() throws IOException {
        List<Image> frames = new ArrayList<>();
        int[][] sizes = {{160, 120}, {80, 60}, {80, 60}, {160, 120}, {160, 120}, {40, 30}, {320, 240}, {320, 240}};
        for (int i = 0; i < sizes.length; i++) {
            frames.add(Recordings.frame(PixelFormat.GRAYSCALE, sizes[i][0], sizes[i][1], i));
        }
        try (CameraEmulator emulator = CameraEmulator.start(new ListSensor(frames), InetAddress.getLoopbackAddress(),
                0, DEVICE.withMaxPayload(Packet.MAX_LENGTH));
             Sensor sensor = Sensors.open("openmv:tcp=127.0.0.1:" + emulator.port() + HOST_OPTIONS)) {
            List<Image> got = new ArrayList<>();
            for (int i = 0; i < frames.size(); i++) {
                got.add(sensor.snapshot(false));
            }
            assertThat(got).isEqualTo(frames);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {",pipeline=false", ",pipeline=false,crc=true,ack=true", ",crc=true,ack=false"})
    void framesComeBackByteIdenticalPipelinedOrNotWithOrWithoutChecks(String options) throws IOException {
        Path rec = Recordings.write(dir.resolve("rec.bin"), PixelFormat.JPEG, 160, 120, 6);
        assertThat(received(rec, 6, Faults.NONE, HOST_OPTIONS + options)).isEqualTo(Recordings.frames(rec));
    }

    // Without ACKs nothing is retransmitted, so only faults that lose no packet: garbage between
    // them, packets split and delayed, in the middle of pipelined batches and guessed reads.
    @Test
    void pipelinedReadsWithoutAcksSurviveGarbageSplitsAndDelays() throws IOException {
        Path rec = Recordings.write(dir.resolve("rec.bin"), PixelFormat.JPEG, 160, 120, 8);
        assertThat(received(rec, 8, Faults.parse("garbage=0.5,split=0.7,delay=0.2,delayms=3,seed=9"),
                HOST_OPTIONS + ",crc=true,ack=false")).isEqualTo(Recordings.frames(rec));
    }

    @Test
    void pipelineTakesTrueOrFalse() {
        assertThatThrownBy(() -> Sensors.open("openmv:tcp=127.0.0.1:1,pipeline=yes"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pipeline");
    }

    /** A sensor that gives the frames of a list, in order, then the last one again. */
    private static final class ListSensor extends AbstractSensor {
        private final List<Image> frames;
        private int next;

        ListSensor(List<Image> frames) {
            super("list", new SensorCapabilities(EnumSet.of(PixelFormat.GRAYSCALE), Set.of(), new FrameSize(
                    frames.get(0).width(), frames.get(0).height()), 0), new SensorDefaults(PixelFormat.GRAYSCALE,
                    new FrameSize(frames.get(0).width(), frames.get(0).height()), 0, 0.0, 0));
            this.frames = frames;
        }

        @Override
        protected Image capture(boolean copyToFb) {
            return frames.get(Math.min(next++, frames.size() - 1));
        }
    }

    private List<Image> received(Path rec, int n, Faults faults) throws IOException {
        return received(rec, n, faults, faults.equals(Faults.NONE) ? HOST_OPTIONS : CHECKED);
    }

    private List<Image> received(Path rec, int n, Faults faults, String hostOptions) throws IOException {
        try (CameraEmulator emulator = emulator(rec, faults);
             Sensor sensor = Sensors.open("openmv:tcp=127.0.0.1:" + emulator.port() + hostOptions)) {
            List<Image> frames = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                frames.add(sensor.snapshot(false));
            }
            return frames;
        }
    }

    private CameraEmulator emulator(Path rec, Faults faults) throws IOException {
        return CameraEmulator.start(Sensors.open("replay:file=" + rec + ",loop=false"),
                InetAddress.getLoopbackAddress(), 0, DEVICE.withFaults(faults));
    }
}
