package dev.omvio.codecs.jpeg;

import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import dev.omvio.codec.CorruptImageException;
import dev.omvio.codec.DecodeOptions;
import dev.omvio.codecs.support.Checks;
import dev.omvio.image.Image;

import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;

/**
 * A thread's TurboJPEG decompressor, kept between frames: the handle, the header's out-parameters
 * and native memory for the compressed input and the decoded pixels. Java arrays and heap buffers
 * handed to JNA are copied in and out around every native call; working in native memory leaves
 * one copy of the pixels into the caller's array, and no allocation per frame. Memory grown past
 * {@link #RETAINED_BYTES} for a large frame is freed after that frame. After an error the
 * handle is discarded, since libjpeg leaves it mid-state.
 *
 * <p>Not thread-safe: each thread gets its own with {@link #forThisThread(TurboJpegLibrary)}.
 */
final class ThreadDecompressor {
    private static final long RETAINED_BYTES = 32L << 20;
    private static final Cleaner CLEANER = Cleaner.create();
    private static final ThreadLocal<ThreadDecompressor> PER_THREAD = new ThreadLocal<>();

    private final TurboJpegLibrary library;
    private final Pointer handle;
    private final Cleaner.Cleanable destroyer;
    private final IntByReference width = new IntByReference();
    private final IntByReference height = new IntByReference();
    private final IntByReference subsampling = new IntByReference();
    private final IntByReference colourspace = new IntByReference();
    private final NativeLong jpegSize = new NativeLong();
    private Memory input;
    private Memory output;

    private ThreadDecompressor(TurboJpegLibrary library) {
        this.library = library;
        this.handle = library.tjInitDecompress();
        if (handle == null) {
            throw new IllegalStateException("libjpeg-turbo: tjInitDecompress failed");
        }
        Pointer owned = handle;
        destroyer = CLEANER.register(this, () -> library.tjDestroy(owned)); // at the latest when the thread is gone
    }

    /** This thread's decompressor. */
    static ThreadDecompressor forThisThread(TurboJpegLibrary library) {
        ThreadDecompressor decompressor = PER_THREAD.get();
        if (decompressor == null || decompressor.library != library) {
            decompressor = new ThreadDecompressor(library);
            PER_THREAD.set(decompressor);
        }
        return decompressor;
    }

    /** The checked header of one frame. */
    record Header(int width, int height, boolean grey) {
    }

    /**
     * Copies the frame's JPEG into native memory and reads its header, checking the dimensions
     * against the frame's and the pixel limit before anything is decoded.
     */
    Header readHeader(Image source, DecodeOptions options) throws CorruptImageException {
        ByteBuffer jpeg = source.data();
        int size = jpeg.remaining();
        input = atLeast(input, size);
        if (jpeg.hasArray()) {
            input.write(0, jpeg.array(), jpeg.arrayOffset() + jpeg.position(), size);
        } else {
            input.getByteBuffer(0, size).put(jpeg);
        }
        jpegSize.setValue(size);
        if (library.tjDecompressHeader3(handle, input, jpegSize, width, height, subsampling, colourspace) != 0) {
            throw discarded("JPEG header cannot be read: ");
        }
        Checks.sameDimensions(source, "JPEG", width.getValue(), height.getValue());
        Checks.pixelLimit(width.getValue(), height.getValue(), options.maxPixels());
        return new Header(width.getValue(), height.getValue(), subsampling.getValue() == TurboJpegLibrary.TJSAMP_GRAY);
    }

    /**
     * Decodes the frame whose header was just read into native memory, rows packed without
     * padding, and returns that memory (valid until the next frame on this thread).
     */
    Pointer decode(Header header, int pixelFormat, int bytesPerPixel) throws CorruptImageException {
        int pitch = header.width() * bytesPerPixel;
        output = atLeast(output, (long) pitch * header.height());
        int status = library.tjDecompress2(handle, input, jpegSize, output, header.width(), pitch,
                header.height(), pixelFormat, TurboJpegLibrary.TJFLAG_STOPONWARNING);
        if (status != 0) {
            throw discarded("JPEG data cannot be decoded: ");
        }
        return output;
    }

    /** The error for the failed call, after this decompressor is replaced by a new one for the thread. */
    private CorruptImageException discarded(String what) {
        CorruptImageException error = new CorruptImageException(what + library.tjGetErrorStr2(handle));
        PER_THREAD.remove();
        destroyer.clean();
        return error;
    }

    /** Frees memory that only a large frame needed; call when done with what {@link #decode} returned. */
    void trim() {
        input = trimmed(input);
        output = trimmed(output);
    }

    private static Memory atLeast(Memory memory, long size) {
        if (memory != null && memory.size() >= size) {
            return memory;
        }
        if (memory != null) {
            memory.close();
        }
        return new Memory(Math.max(size, 1));
    }

    private static Memory trimmed(Memory memory) {
        if (memory != null && memory.size() > RETAINED_BYTES) {
            memory.close();
            return null;
        }
        return memory;
    }
}
