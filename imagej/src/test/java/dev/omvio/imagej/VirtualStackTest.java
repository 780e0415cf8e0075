package dev.omvio.imagej;

import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import ij.ImagePlus;
import ij.process.ImageProcessor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A recording of 10 GB opens as a virtual stack that reads only the frames ImageJ asks for. The
 * file is sparse: only its headers and a few frames' bytes are written, the rest are holes.
 */
class VirtualStackTest {
    // 2000 GRAYSCALE frames of 2592x1944 (the OV5640's full size): 5,038,848 data bytes each, a
    // multiple of 16 (no padding), after a 32-byte header: chunks of 5,038,880 bytes from offset 16.
    private static final int FRAMES = 2000;
    private static final int WIDTH = 2592;
    private static final int HEIGHT = 1944;
    private static final long DATA = (long) WIDTH * HEIGHT;
    private static final long CHUNK = 32 + DATA;
    private static final long LENGTH = 16 + FRAMES * CHUNK;

    @TempDir
    Path dir;

    @Test
    void tenGigabyteRecordingOpensVirtualAndReadsOnlyTheFramesAskedFor() throws IOException {
        Path file = sparseRecording();
        List<Integer> reads = new CopyOnWriteArrayList<>();
        ImageStream stream = counting(ImageStreams.open(file, "r"), reads);
        ImagePlus imp = OpenMvStacks.open(stream, "big.bin", OpenOptions.DEFAULT, true);
        try {
            assertThat(imp.getStack()).isInstanceOf(OpenMvVirtualStack.class);
            assertThat(imp.getStackSize()).isEqualTo(FRAMES);
            assertThat(imp.getWidth()).isEqualTo(WIDTH);
            assertThat(imp.getHeight()).isEqualTo(HEIGHT);
            // new ImagePlus(title, stack) shows slice 1: frame 0 is the only one read so far
            assertThat(reads).containsExactly(0);
            // interval of frame i is i % 50 ms: frame 1234's time is the sum over 1..1234
            assertThat(imp.getStack().getSliceLabel(1235)).isEqualTo("frame 1234 t=" + timeOf(1234) + " s");
            assertThat(reads).containsExactly(0);

            ImageProcessor ip = imp.getStack().getProcessor(1235);
            assertThat(reads).containsExactly(0, 1234);
            // frame 1234 holds its index's low byte in its first and last pixel, zeros between
            assertThat(ip.get(0, 0)).isEqualTo(1234 & 0xFF);
            assertThat(ip.get(WIDTH - 1, HEIGHT - 1)).isEqualTo(1234 & 0xFF);
            assertThat(ip.get(1, 0)).isZero();

            imp.getStack().deleteSlice(1);
            imp.getStack().getProcessor(FRAMES - 1);
            assertThat(reads).containsExactly(0, 1234, FRAMES - 1);
        } finally {
            ((OpenMvVirtualStack) imp.getStack()).close();
        }
        assertThat(stream.isClosed()).isTrue();
    }

    @Test
    void theDefaultOpenOfALargeFileIsVirtualAndInMemoryBelowTheThreshold() throws IOException {
        Path file = sparseRecording();
        ImagePlus imp = OpenMvStacks.open(file);
        OpenMvVirtualStack stack = (OpenMvVirtualStack) imp.getStack();
        assertThat(stack.isOpen()).isTrue();
        assertThat(imp.getCalibration().frameInterval).isEqualTo(timeMicros(FRAMES - 1) / 1e6 / (FRAMES - 1));
        stack.close();
        assertThat(stack.isOpen()).isFalse();
        // a closed recording shows black rather than failing ImageJ's display
        assertThat(stack.getProcessor(2).get(0, 0)).isZero();

        // the same kind of recording, 3 frames of 2 bytes: decoded size 6 bytes, in memory
        Path small = RecordingBytes.magic("V2.0")
                .v2Frame(0, 2, 1, 0x08020001, 7, 8).v2Frame(40, 2, 1, 0x08020001, 9, 10).v2Frame(40, 2, 1, 0x08020001, 11, 12)
                .writeTo(dir.resolve("small.bin"));
        ImagePlus inMemory = OpenMvStacks.open(small, OpenOptions.DEFAULT.withVirtualThreshold(6));
        assertThat(inMemory.getStack().isVirtual()).isFalse();
        ImagePlus virtual = OpenMvStacks.open(small, OpenOptions.DEFAULT.withVirtualThreshold(5));
        assertThat(virtual.getStack().isVirtual()).isTrue();
        ((OpenMvVirtualStack) virtual.getStack()).close();
    }

    @Test
    void closingTheImageClosesTheRecording() throws Exception {
        Path file = RecordingBytes.magic("V2.0").v2Frame(0, 2, 1, 0x08020001, 7, 8).writeTo(dir.resolve("one.bin"));
        ImagePlus imp = OpenMvStacks.open(file, OpenOptions.DEFAULT.withStack(OpenOptions.StackKind.VIRTUAL));
        OpenMvVirtualStack stack = (OpenMvVirtualStack) imp.getStack();
        assertThat(stack.isOpen()).isTrue();
        // what ImageJ does when an image's window closes; it tells its listeners on the event thread
        imp.flush();
        java.awt.EventQueue.invokeAndWait(() -> { });
        assertThat(stack.isOpen()).isFalse();
    }

    private Path sparseRecording() throws IOException {
        Path file = dir.resolve("big.bin");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(LENGTH);
            raf.write("OMV IMG STR V2.0".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            ByteBuffer header = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < FRAMES; i++) {
                long start = 16 + i * CHUNK;
                header.clear();
                header.putInt(i % 50).putInt(WIDTH).putInt(HEIGHT).putInt(0x08020001).putInt((int) DATA);
                raf.seek(start);
                raf.write(header.array());
                if (i == 1234) {
                    raf.seek(start + 32);
                    raf.write(1234 & 0xFF);
                    raf.seek(start + 32 + DATA - 1);
                    raf.write(1234 & 0xFF);
                }
            }
        } catch (IOException e) {
            Assumptions.abort("the file system refused a sparse file of " + LENGTH + " bytes: " + e);
        }
        Assumptions.assumeTrue(Files.size(file) == LENGTH, "sparse file not created");
        return file;
    }

    /** Frame {@code index}'s time: the sum of the intervals i % 50 ms of frames 1..index, in µs. */
    private static long timeMicros(int index) {
        long ms = 0;
        for (int i = 1; i <= index; i++) {
            ms += i % 50;
        }
        return ms * 1000;
    }

    private static String timeOf(int index) {
        return String.format(java.util.Locale.ROOT, "%.3f", timeMicros(index) / 1e6);
    }

    /** The stream, recording the index of every readFrame call. */
    private static ImageStream counting(ImageStream stream, List<Integer> reads) {
        return (ImageStream) Proxy.newProxyInstance(ImageStream.class.getClassLoader(), new Class<?>[] {ImageStream.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("readFrame")) {
                        reads.add((Integer) args[0]);
                    }
                    try {
                        return method.invoke(stream, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
