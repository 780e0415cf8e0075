package dev.omvio.reliability;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.DamagedTail;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.StreamFormatException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every stream opened on any file must keep, whatever the file holds: frames laid end to
 * end from offset 16 as FORMAT.md lays them out, every indexed frame readable with the size its
 * header states (ARGB8 frames, which hold no pixels, refused by name and returned as null), sequential reads equal to random reads, and the damaged tail, if any, starting
 * exactly where the last whole frame ends and running to the end of the file.
 */
public final class StreamChecks {
    private StreamChecks() {
    }

    /**
     * Checks {@code in}, a stream opened for reading on a file of {@code fileLength} bytes, and
     * returns its frames.
     */
    public static List<Image> assertConsistent(ImageStream in, long fileLength) throws IOException {
        return assertConsistent(in, fileLength, fileLength);
    }

    /**
     * Checks {@code in} as {@link #assertConsistent(ImageStream, long)} does, for a file that
     * another process is appending to: it was between {@code minLength} and {@code maxLength}
     * bytes long when the stream was opened.
     */
    public static List<Image> assertConsistent(ImageStream in, long minLength, long maxLength) throws IOException {
        int version = in.version().orElseThrow();
        int headerSize = StreamLayout.headerSize(version);
        long expectedOffset = StreamLayout.MAGIC_LENGTH;
        long dataEnd = expectedOffset;
        List<Image> frames = new ArrayList<>(in.count());
        for (int i = 0; i < in.count(); i++) {
            FrameInfo info = in.frameInfo(i);
            assertThat(info.index()).isEqualTo(i);
            assertThat(info.offset()).as("offset of frame %d", i).isEqualTo(expectedOffset);
            assertThat(info.width()).isBetween(1, StreamLayout.MAX_DIMENSION);
            assertThat(info.height()).isBetween(1, StreamLayout.MAX_DIMENSION);
            assertThat(info.intervalMicros()).isBetween(0L, StreamLayout.MAX_INTERVAL * (version == 21 ? 1 : 1_000));
            dataEnd = info.offset() + headerSize + info.dataSize();
            assertThat(dataEnd).as("data end of frame %d", i).isLessThanOrEqualTo(maxLength);
            expectedOffset = StreamLayout.pad16(dataEnd);
            if (info.format() == PixelFormat.ARGB8) {
                // The camera stores no pixels for ARGB8 (FORMAT.md section 6): listed, not decoded.
                int index = i;
                assertThat(info.dataSize()).isZero();
                assertThatThrownBy(() -> in.readFrame(index)).isInstanceOf(StreamFormatException.class)
                        .hasMessageContaining("no pixels for ARGB8");
                frames.add(null);
                continue;
            }
            Image frame = in.readFrame(i);
            assertThat(frame.width()).isEqualTo(info.width());
            assertThat(frame.height()).isEqualTo(info.height());
            assertThat(frame.format()).isEqualTo(info.format());
            assertThat((long) frame.dataSize()).isEqualTo(info.dataSize());
            frames.add(frame);
        }
        for (Image frame : frames) {
            if (frame == null) { // an ARGB8 frame: refused, and the next read moves on
                assertThatThrownBy(() -> in.read(false, false, false)).isInstanceOf(StreamFormatException.class);
            } else {
                assertThat(in.read(false, false, false)).contains(frame);
            }
        }
        assertThat(in.read(true, false, false)).isEmpty();
        long readableEnd = expectedOffset;
        Optional<DamagedTail> tail = in.damagedTail();
        if (tail.isPresent()) {
            assertThat(tail.get().offset()).as("damaged tail offset").isEqualTo(readableEnd);
            assertThat(tail.get().offset() + tail.get().length()).as("damaged tail end").isBetween(minLength, maxLength);
            assertThat(tail.get().length()).isPositive();
            assertThat(tail.get().reason()).isNotBlank();
        } else {
            // the file ended within the last frame's padding at most, which is no damage
            assertThat(minLength).as("file length").isLessThanOrEqualTo(readableEnd);
            assertThat(maxLength).as("file length").isGreaterThanOrEqualTo(dataEnd);
        }
        return frames;
    }
}
