package dev.omvio.spark;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The driver's kept indexes: reused while a file is unchanged, read again once it changes, bounded by frames. */
class RecordingIndexCacheTest {
    @TempDir
    Path dir;

    @Test
    void anUnchangedFileKeepsItsIndexAndAChangedOneIsIndexedAgain() throws IOException {
        Path file = recording("a.bin", 3);
        RecordingIndexCache cache = new RecordingIndexCache(100);

        RecordingIndex first = cache.get(file);
        assertThat(first.frames()).hasSize(3);
        assertThat(first.frames()).isEqualTo(engineFrames(file));
        assertThat(cache.get(file)).isSameAs(first);

        try (ImageStream s = ImageStreams.open(file, "a")) { // appended: the size changes
            s.write(frame(9));
        }
        RecordingIndex appended = cache.get(file);
        assertThat(appended.frames()).hasSize(4).isEqualTo(engineFrames(file));

        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() - 60_000));
        RecordingIndex touched = cache.get(file);
        assertThat(touched).isNotSameAs(appended).isEqualTo(appended);
        assertThat(cache.files()).containsExactly(file.toAbsolutePath().normalize());
    }

    @Test
    void theLeastRecentlyUsedIndexesGoOnceTheFramesExceedTheBound() throws IOException {
        Path a = recording("a.bin", 4);
        Path b = recording("b.bin", 4);
        Path c = recording("c.bin", 3);
        Path huge = recording("huge.bin", 11);
        RecordingIndexCache cache = new RecordingIndexCache(10);

        cache.get(a);
        cache.get(b);
        cache.get(a); // a is now the more recently used
        cache.get(c); // 11 frames: b goes
        assertThat(cache.files()).containsExactly(key(a), key(c));
        cache.get(huge); // more than the bound alone: read, not kept
        assertThat(cache.files()).containsExactly(key(a), key(c));
    }

    @Test
    void aFileThatIsNotAStreamFailsAsTheEngineSaysAndIsNotKept() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.bin"), "not a recording at all");
        RecordingIndexCache cache = new RecordingIndexCache(10);

        assertThatThrownBy(() -> cache.get(text)).isInstanceOf(IOException.class).hasMessageContaining("offset 0");
        assertThat(cache.files()).isEmpty();
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }

    private Path recording(String name, int frames) throws IOException {
        List<Image> images = IntStream.range(0, frames).mapToObj(RecordingIndexCacheTest::frame).toList();
        return Recordings.write(dir.resolve(name), true, images, new long[frames]);
    }

    private static Image frame(int seed) {
        return Recordings.frame(PixelFormat.GRAYSCALE, 4, 2, seed);
    }

    private static List<?> engineFrames(Path file) throws IOException {
        try (ImageStream s = ImageStreams.open(file, "r")) {
            return s.frameInfos();
        }
    }
}
