package dev.omvio.core.file;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file of more frames than fit a page of the index ({@value FrameIndex#PAGE_SIZE}) and more
 * headers than fit the scanner's window ({@value HeaderWindow#SIZE} bytes): every frame is
 * indexed where it is, and appending, or writing after a seek back, works across page borders.
 */
class ManyFramesTest {
    // 40,000 frames of 1x1 GRAYSCALE, version 2.0, by hand: a 32-byte header (interval 1 + i % 3 ms,
    // width 1, height 1, code 0x08020001, size 1, 12 zero bytes), the data byte i & 0xFF and 15
    // bytes of padding: 48 bytes a frame, frame i at 16 + 48 i. 65,536 is no multiple of 48, so
    // headers straddle the scanner's window borders.
    private static final int FRAMES = 40_000;

    @TempDir
    Path dir;

    private static StreamBytes manyFrames() {
        StreamBytes bytes = StreamBytes.magic("V2.0");
        for (int i = 0; i < FRAMES; i++) {
            bytes.u32(1 + i % 3, 1, 1, 0x08020001, 1).zeros(12).bytes(i & 0xFF).zeros(15);
        }
        return bytes;
    }

    private static FrameInfo expected(int i) {
        return new FrameInfo(i, 16 + 48L * i, 1, 1, PixelFormat.GRAYSCALE, 1_000L * (1 + i % 3), 1);
    }

    private static Image gray(int value) {
        return Image.of(1, 1, PixelFormat.GRAYSCALE, new byte[] {(byte) value});
    }

    @Test
    void everyFrameIsIndexedWhereItIs() throws IOException {
        Path file = manyFrames().writeTo(dir.resolve("many.bin"));
        try (ImageStream in = ImageStreams.open(file, "r")) {
            assertThat(in.count()).isEqualTo(FRAMES);
            assertThat(in.damagedTail()).isEmpty();
            List<FrameInfo> infos = in.frameInfos();
            assertThat(infos).hasSize(FRAMES);
            for (int i = 0; i < FRAMES; i++) {
                assertThat(in.frameInfo(i)).isEqualTo(expected(i));
                assertThat(infos.get(i)).isEqualTo(expected(i));
            }
            for (int i : new int[] {0, 1365, 1366, FrameIndex.PAGE_SIZE - 1, FrameIndex.PAGE_SIZE, FRAMES - 1}) {
                assertThat(in.readFrame(i)).as("frame %d", i).isEqualTo(gray(i & 0xFF));
            }
        }
    }

    @Test
    void appendingAndWritingAfterASeekBackWorkAcrossPages() throws IOException {
        Path file = manyFrames().writeTo(dir.resolve("many.bin"));
        try (ImageStream out = ImageStreams.open(file, "a")) {
            out.write(gray(200), 2_000);
            assertThat(out.count()).isEqualTo(FRAMES + 1);
            assertThat(out.frameInfo(FRAMES).offset()).isEqualTo(16 + 48L * FRAMES);
            out.seek(FrameIndex.PAGE_SIZE - 2).write(gray(201), 3_000).write(gray(202), 3_000).write(gray(203), 3_000);
        }
        try (ImageStream in = ImageStreams.open(file, "r")) {
            int count = FrameIndex.PAGE_SIZE + 1;
            assertThat(in.count()).isEqualTo(count);
            assertThat(in.size()).isEqualTo(16 + 48L * count);
            assertThat(in.frameInfos().subList(0, count - 3)).isEqualTo(
                    IntStream.range(0, count - 3).mapToObj(ManyFramesTest::expected).toList());
            assertThat(in.readFrame(count - 3)).isEqualTo(gray(201));
            assertThat(in.readFrame(count - 1)).isEqualTo(gray(203));
            assertThat(in.frameInfo(count - 1)).isEqualTo(
                    new FrameInfo(count - 1, 16 + 48L * (count - 1), 1, 1, PixelFormat.GRAYSCALE, 3_000, 1));
        }
    }
}
