package dev.omvio.reliability;

import dev.omvio.core.file.split.FrameRunReader;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.StreamFormatException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The engine's view of a file (its whole frames, their data, where its readable part ends), and
 * checks that {@link FrameRunReader} runs over the same file give exactly that view: the same {@link FrameInfo}s and bytes, in order, none twice, none
 * lost, and nothing past the last whole frame.
 *
 * @param infos the engine's frames
 * @param images their data as {@code ImageStream.readFrame} gives it, null for ARGB8 (no pixels)
 * @param readableEnd where the engine's readable part ends: after the last whole frame's padding
 *     (16 if there is none), which is where its damaged tail starts if it has one
 */
public record FrameRuns(List<FrameInfo> infos, List<Image> images, long readableEnd) {
    /** The engine's view of {@code in}, a stream opened for reading. */
    public static FrameRuns of(ImageStream in) throws IOException {
        List<FrameInfo> infos = new ArrayList<>(in.frameInfos());
        List<Image> images = new ArrayList<>(infos.size());
        for (FrameInfo info : infos) {
            images.add(info.format() == PixelFormat.ARGB8 ? null : in.readFrame(info.index()));
        }
        long end = StreamLayout.MAGIC_LENGTH;
        if (!infos.isEmpty()) {
            FrameInfo last = infos.get(infos.size() - 1);
            end = StreamLayout.pad16(last.offset() + StreamLayout.headerSize(in.version().orElseThrow()) + last.dataSize());
        }
        long readableEnd = end;
        in.damagedTail().ifPresent(tail -> assertThat(tail.offset()).as("damaged tail").isEqualTo(readableEnd));
        return new FrameRuns(infos, images, end);
    }

    /** How many whole frames the engine found. */
    public int count() {
        return infos.size();
    }

    /**
     * Reads the file in consecutive runs of the given lengths, which add up to {@link #count()},
     * each through a reader of its own, and checks every frame against the engine's.
     *
     * @return the frames read
     */
    public int assertRunsAgree(Path file, int... runLengths) throws IOException {
        int first = 0;
        for (int length : runLengths) {
            assertRunAgrees(file, first, length);
            first += length;
        }
        assertThat(first).as("frames in all runs").isEqualTo(count());
        return first;
    }

    /**
     * Reads the run of {@code length} frames from frame {@code first} and checks that it gives
     * the engine's frames and then ends.
     */
    public void assertRunAgrees(Path file, int first, int length) throws IOException {
        try (FrameRunReader run = FrameRunReader.open(file, infos.get(first).offset(), first, length)) {
            for (int i = first; i < first + length; i++) {
                assertFrame(run, i);
            }
            assertThat(run.next()).as("after a run of %d from frame %d", length, first).isEmpty();
        }
    }

    /**
     * Asks for {@code beyond} more frames than the engine found, from frame {@code first} (which
     * may be {@link #count()}: the run then starts at {@link #readableEnd()}): the engine's frames
     * come, then a {@link StreamFormatException} at the readable end, never a frame the engine
     * did not find.
     */
    public void assertNoFrameInvented(Path file, int first, int beyond) throws IOException {
        long offset = first < count() ? infos.get(first).offset() : readableEnd;
        try (FrameRunReader run = FrameRunReader.open(file, offset, first, count() - first + beyond)) {
            for (int i = first; i < count(); i++) {
                assertFrame(run, i);
            }
            assertThatThrownBy(run::next).as("frame %d of %d", count(), count())
                    .isInstanceOfSatisfying(StreamFormatException.class,
                            e -> assertThat(e.offset()).as("offset of %s", e.getMessage()).isEqualTo(readableEnd));
        }
    }

    private void assertFrame(FrameRunReader run, int index) throws IOException {
        assertThat(run.next()).as("frame %d", index).contains(infos.get(index));
        Image expected = images.get(index);
        if (expected == null) {
            assertThatThrownBy(run::read).as("ARGB8 frame %d", index).isInstanceOf(StreamFormatException.class);
        } else {
            assertThat(run.read()).as("frame %d", index).isEqualTo(expected);
        }
    }
}
