package dev.omvio.cli;

import dev.omvio.cli.media.MjpegAviReader;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ConvertCommandTest {
    private static final long JPEG = 0x06060000L;
    private static final long RGB565 = 0x0C030002L;

    @TempDir
    Path dir;

    /**
     * Version 2.1 (µs intervals), three frames of the camera's 320x270 JPEG: the first 5 ms
     * after opening, then 40 ms, then 120 ms (a frame shown three ticks).
     */
    private Path threeJpegFrames() throws IOException {
        byte[] jpeg = TestFiles.cameraJpeg();
        return StreamBytes.magic("V2.1")
                .frame2x(5_000, 320, 270, JPEG, jpeg)
                .frame2x(40_000, 320, 270, JPEG, jpeg)
                .frame2x(120_000, 320, 270, JPEG, jpeg)
                .writeTo(dir.resolve("jpeg.bin"));
    }

    /**
     * Version 2.1, four 2x2 RGB565 frames 100 ms apart (the first 0): red, green, blue, white.
     * Each 8 data bytes and 8 of padding.
     */
    private Path fourRgb565Frames() throws IOException {
        StreamBytes file = StreamBytes.magic("V2.1");
        int[] colours = {0xF800, 0x07E0, 0x001F, 0xFFFF};
        for (int i = 0; i < colours.length; i++) {
            byte lo = (byte) colours[i];
            byte hi = (byte) (colours[i] >> 8);
            file.frame2x(i == 0 ? 0 : 100_000, 2, 2, RGB565, new byte[] {lo, hi, lo, hi, lo, hi, lo, hi});
        }
        return file.writeTo(dir.resolve("rgb.bin"));
    }

    @Test
    void anAviOfJpegFramesKeepsTheirBytesAndTheRecordedTiming() throws Exception {
        Path avi = dir.resolve("out.avi");

        CliRun run = CliRun.of("convert", threeJpegFrames().toString(), avi.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("converted 3 frames");
        // Times since the first frame: 0, 40, 160 ms; the median interval, 40 ms, is the tick.
        try (MjpegAviReader reader = MjpegAviReader.open(avi)) {
            assertThat(reader.pictures()).extracting(MjpegAviReader.Picture::timeMicros)
                    .containsExactly(0L, 40_000L, 160_000L);
            for (MjpegAviReader.Picture picture : reader.pictures()) {
                assertThat(reader.read(picture).array()).isEqualTo(TestFiles.cameraJpeg());
            }
        }
        // ffprobe: ticks 0..4, so 5 ticks of 40 ms = 0.2 s, the last frame's time plus one tick.
        Map<String, String> probe = Ffprobe.videoStream(avi);
        assertThat(probe).containsEntry("codec_name", "mjpeg").containsEntry("width", "320")
                .containsEntry("height", "270");
        assertThat(probe.get("nb_read_frames")).isEqualTo("3");
        assertThat(Double.parseDouble(probe.get("duration"))).isCloseTo(0.200, within(0.040));
        assertThat(Ffprobe.pictureTimes(avi)).containsExactly(0.0, 0.040, 0.160);
    }

    @Test
    void rawFramesAreEncodedIntoAnAviThatFfprobeDecodes() throws Exception {
        Path avi = dir.resolve("rgb.avi");

        CliRun run = CliRun.of("convert", fourRgb565Frames().toString(), avi.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, String> probe = Ffprobe.videoStream(avi);
        assertThat(probe).containsEntry("codec_name", "mjpeg").containsEntry("width", "2")
                .containsEntry("height", "2").containsEntry("nb_read_frames", "4");
        // Frames at 0, 100, 200, 300 ms on a 100 ms tick: 0.4 s.
        assertThat(Double.parseDouble(probe.get("duration"))).isCloseTo(0.400, within(0.100));
        assertThat(Ffprobe.pictureTimes(avi)).containsExactly(0.0, 0.1, 0.2, 0.3);
    }

    @Test
    void anAviConvertsBackToTheSameJpegFramesAndIntervals() throws IOException {
        Path avi = dir.resolve("out.avi");
        assertThat(CliRun.of("convert", threeJpegFrames().toString(), avi.toString()).exitCode()).isZero();
        Path back = dir.resolve("back.bin");

        CliRun run = CliRun.of("convert", avi.toString(), back.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (ImageStream stream = ImageStreams.open(back, "r")) {
            assertThat(stream.frameInfos()).extracting(FrameInfo::format, FrameInfo::width, FrameInfo::height,
                    FrameInfo::intervalMicros).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(PixelFormat.JPEG, 320, 270, 0L),
                    org.assertj.core.groups.Tuple.tuple(PixelFormat.JPEG, 320, 270, 40_000L),
                    org.assertj.core.groups.Tuple.tuple(PixelFormat.JPEG, 320, 270, 120_000L));
            assertThat(stream.readFrame(2).toByteArray()).isEqualTo(TestFiles.cameraJpeg());
        }
    }

    @Test
    void aGifLoopsAndShowsEachFrameForItsInterval() throws IOException {
        Path gif = dir.resolve("out.gif");

        CliRun run = CliRun.of("convert", fourRgb565Frames().toString(), gif.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(4);
            List<String> delays = new ArrayList<>();
            int[] expected = {0xFF0000, 0x00FF00, 0x0000FF, 0xFFFFFF};
            for (int i = 0; i < 4; i++) {
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                delays.add(((IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0))
                        .getAttribute("delayTime"));
                BufferedImage frame = reader.read(i);
                assertThat(frame.getRGB(1, 1) & 0xFFFFFF).as("frame %d", i).isEqualTo(expected[i]);
            }
            assertThat(delays).containsExactly("10", "10", "10", "10"); // hundredths: 100 ms each, the last one tick
            Node loop = ((IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0"))
                    .getElementsByTagName("ApplicationExtension").item(0);
            assertThat(((IIOMetadataNode) loop).getAttribute("applicationID")).isEqualTo("NETSCAPE");
            assertThat((byte[]) ((IIOMetadataNode) loop).getUserObject()).containsExactly(1, 0, 0);
        } finally {
            reader.dispose();
        }
    }

    @Test
    void aFolderOfPicturesBecomesAStream() throws IOException {
        Path pictures = Files.createDirectories(dir.resolve("pictures"));
        Files.write(pictures.resolve("a.ppm"), TestFiles.resource("blobs.ppm"));
        Files.write(pictures.resolve("b.ppm"), TestFiles.resource("blobs.ppm"));
        Path out = dir.resolve("packed.bin");

        CliRun run = CliRun.of("convert", pictures.toString(), out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (ImageStream stream = ImageStreams.open(out, "r")) {
            assertThat(stream.frameInfos()).extracting(FrameInfo::format, FrameInfo::intervalMicros)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(PixelFormat.RGB565, 100_000L),
                            org.assertj.core.groups.Tuple.tuple(PixelFormat.RGB565, 100_000L));
        }
    }

    @Test
    void anExistingOutputIsKeptUnlessForced() throws IOException {
        Path avi = Files.writeString(dir.resolve("out.avi"), "mine");

        CliRun refused = CliRun.of("convert", threeJpegFrames().toString(), avi.toString());

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err().strip()).isEqualTo("omvio convert: " + avi + ": already exists (use --force to overwrite)");
        assertThat(Files.readString(avi)).isEqualTo("mine");
        assertThat(CliRun.of("convert", threeJpegFrames().toString(), avi.toString(), "--force").exitCode()).isZero();
        assertThat(Files.size(avi)).isGreaterThan(3L * TestFiles.cameraJpeg().length);
    }

    @Test
    void conversionsThatMakeNoSenseAreBadInput() throws IOException {
        Path stream = threeJpegFrames();

        CliRun run = CliRun.of("convert", stream.toString(), dir.resolve("copy.bin").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("cannot convert");
    }

    @Test
    void aDamagedAviIsBadInputInOneLine() throws IOException {
        Path avi = Files.write(dir.resolve("bad.avi"), new byte[] {'R', 'I', 'F', 'F', 0, 0, 0, 0});

        CliRun run = CliRun.of("convert", avi.toString(), dir.resolve("x.bin").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).startsWith("omvio convert: " + avi + ": ");
        assertThat(dir.resolve("x.bin")).doesNotExist();
    }
}
