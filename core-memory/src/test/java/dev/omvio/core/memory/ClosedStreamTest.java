package dev.omvio.core.memory;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** After close, every call but isClosed and close throws IllegalStateException("stream closed"). */
class ClosedStreamTest {

    @Test
    void everyCallOnAClosedStreamIsRefused() throws IOException {
        ImageStream stream = ImageStreams.allocate(2, 2, PixelFormat.GRAYSCALE, 2);
        Image frame = Image.blank(2, 2, PixelFormat.GRAYSCALE);
        stream.write(frame);
        assertThat(stream.isClosed()).isFalse();

        stream.close();

        assertThat(stream.isClosed()).isTrue();
        List<ThrowingCallable> calls = List.of(
                stream::type, stream::count, stream::offset, stream::version, stream::bufferSize, stream::size,
                () -> stream.write(frame), () -> stream.write(frame, 1),
                () -> stream.read(), () -> stream.read(false, false, false),
                () -> stream.seek(0), stream::sync,
                () -> stream.frameInfo(0), () -> stream.readFrame(0),
                stream::frameInfos, () -> stream.images().iterator().hasNext());
        for (ThrowingCallable call : calls) {
            assertThatIllegalStateException().isThrownBy(call).withMessage("stream closed");
        }
    }

    @Test
    void closingTwiceDoesNothing() throws IOException {
        ImageStream stream = ImageStreams.allocate(2, 2, PixelFormat.GRAYSCALE, 1);
        stream.close();
        assertThatCode(stream::close).doesNotThrowAnyException();
        assertThat(stream.isClosed()).isTrue();
    }

    @Test
    void anImageReadBeforeCloseStaysUsable() throws IOException {
        ImageStream stream = ImageStreams.allocate(2, 1, PixelFormat.GRAYSCALE, 1);
        stream.write(Image.of(2, 1, PixelFormat.GRAYSCALE, new byte[] {4, 2}));
        Image owned = stream.readFrame(0);
        stream.close();
        assertThat(owned.toByteArray()).containsExactly(4, 2);
    }
}
