package dev.omvio.bench.camera;

import dev.omvio.image.Image;
import dev.omvio.sensor.Sensor;
import dev.omvio.sensor.Sensors;
import dev.omvio.sensors.openmv.emulator.CameraEmulator;

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
 * Case 9: one frame from a live camera over loopback TCP. {@link #omvioSnapshot()} is the
 * openmv driver's {@code snapshot()} from the camera emulator with the firmware's defaults
 * (CRC and ACK on, 4082-byte packets: lock, size, read in fragments each acknowledged, unlock);
 * {@link #omvioSnapshotNoAck()} the same with the ACK capability off, as a host may negotiate;
 * {@link #bareSocket()} a one-byte request answered by the same bytes (the stream header and the
 * frame) on a plain socket, read into one reused array: what the link can do at best.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LiveCameraBenchmark {
    private static final int STREAM_HEADER = 20;

    @Param({"QVGA_JPEG", "VGA_GRAYSCALE"})
    public LiveFrames frames;

    private CameraEmulator emulator;
    private CameraEmulator emulatorNoAck;
    private Sensor sensor;
    private Sensor sensorNoAck;
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
        emulator = CameraEmulator.start(new RepeatingSensor(frame), loopback, 0, CameraEmulator.Options.DEFAULT);
        emulatorNoAck = CameraEmulator.start(new RepeatingSensor(frame), loopback, 0, CameraEmulator.Options.DEFAULT);
        sensor = Sensors.open("openmv:tcp=127.0.0.1:" + emulator.port());
        sensorNoAck = Sensors.open("openmv:tcp=127.0.0.1:" + emulatorNoAck.port() + ",ack=false");
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
        sensorNoAck.close();
        emulator.close();
        emulatorNoAck.close();
        bareClient.close();
        bareServer.close();
    }

    @Benchmark
    public Image omvioSnapshot() throws IOException {
        return sensor.snapshot(true);
    }

    @Benchmark
    public Image omvioSnapshotNoAck() throws IOException {
        return sensorNoAck.snapshot(true);
    }

    @Benchmark
    public byte[] bareSocket() throws IOException {
        bareOut.write(1);
        bareIn.readFully(bareBuffer);
        return bareBuffer;
    }
}
