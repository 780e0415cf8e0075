package dev.omvio.bench.camera;

import dev.omvio.image.Image;
import dev.omvio.sensor.Sensor;
import dev.omvio.sensor.Sensors;
import dev.omvio.sensors.openmv.emulator.CameraEmulator;
import dev.omvio.sensors.openmv.protocol.Packet;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Case 9: one frame from a live camera over loopback TCP, the openmv driver's {@code snapshot()}
 * from the camera emulator (lock, size, read, unlock, pipelined: one round trip a frame when the
 * camera has it ready and its size repeats, as here). {@link #omvioSnapshot()}: the driver's TCP
 * defaults (CRC and ACK off, the largest payload offered) against an emulator offering 65535-byte
 * packets; {@link #omvioSnapshotFirmwarePackets()}: the same host against an emulator offering
 * the firmware's 4082 bytes, as a real camera on WiFi; {@link #omvioSnapshotChecked()}: the
 * firmware's capabilities (CRC and ACK on, 4082-byte packets, every fragment acknowledged), as
 * over serial. {@link #bareSocket()}: a one-byte request answered by the same bytes (the stream
 * header and the frame) on a plain socket, read into one reused array: what the link can do at best.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LiveCameraBenchmark {
    private static final int STREAM_HEADER = 20;

    @Param({"QVGA_JPEG", "VGA_GRAYSCALE"})
    public LiveFrames frames;

    private CameraEmulator emulator;
    private CameraEmulator emulatorFirmware;
    private CameraEmulator emulatorChecked;
    private Sensor sensor;
    private Sensor sensorFirmware;
    private Sensor sensorChecked;
    private ServerSocket bareServer;
    private Thread bareThread;
    private Socket bareClient;
    private OutputStream bareOut;
    private DataInputStream bareIn;
    private byte[] bareBuffer;

    @Setup
    public void setUp() throws IOException {
        Image frame = frames.frame();
        InetAddress loopback = InetAddress.getLoopbackAddress();
        emulator = CameraEmulator.start(new RepeatingSensor(frame), loopback, 0,
                CameraEmulator.Options.DEFAULT.withMaxPayload(Packet.MAX_LENGTH));
        emulatorFirmware = CameraEmulator.start(new RepeatingSensor(frame), loopback, 0, CameraEmulator.Options.DEFAULT);
        emulatorChecked = CameraEmulator.start(new RepeatingSensor(frame), loopback, 0, CameraEmulator.Options.DEFAULT);
        sensor = Sensors.open("openmv:tcp=127.0.0.1:" + emulator.port());
        sensorFirmware = Sensors.open("openmv:tcp=127.0.0.1:" + emulatorFirmware.port());
        sensorChecked = Sensors.open("openmv:tcp=127.0.0.1:" + emulatorChecked.port() + ",crc=true,ack=true");
        byte[] answer = new byte[STREAM_HEADER + frame.dataSize()];
        frame.copyTo(answer, STREAM_HEADER);
        bareBuffer = new byte[answer.length];
        bareServer = new ServerSocket(0, 1, loopback);
        bareThread = new Thread(() -> serveBare(answer), "bare-socket-server");
        bareThread.setDaemon(true);
        bareThread.start();
        bareClient = new Socket(loopback, bareServer.getLocalPort());
        bareClient.setTcpNoDelay(true);
        bareOut = bareClient.getOutputStream();
        bareIn = new DataInputStream(bareClient.getInputStream());
    }

    private void serveBare(byte[] answer) {
        try (Socket s = bareServer.accept()) {
            s.setTcpNoDelay(true);
            InputStream in = s.getInputStream();
            OutputStream out = s.getOutputStream();
            while (in.read() >= 0) {
                out.write(answer);
            }
        } catch (IOException closed) {
            // the benchmark is over
        }
    }

    @TearDown
    public void tearDown() throws IOException {
        sensor.close();
        sensorFirmware.close();
        sensorChecked.close();
        emulator.close();
        emulatorFirmware.close();
        emulatorChecked.close();
        bareClient.close();
        bareServer.close();
    }

    @Benchmark
    public Image omvioSnapshot() throws IOException {
        return sensor.snapshot(true);
    }

    @Benchmark
    public Image omvioSnapshotFirmwarePackets() throws IOException {
        return sensorFirmware.snapshot(true);
    }

    @Benchmark
    public Image omvioSnapshotChecked() throws IOException {
        return sensorChecked.snapshot(true);
    }

    @Benchmark
    public byte[] bareSocket() throws IOException {
        bareOut.write(1);
        bareIn.readFully(bareBuffer);
        return bareBuffer;
    }
}
