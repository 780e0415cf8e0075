package dev.omvio.codecs.jpeg;

import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import dev.omvio.codec.CorruptImageException;
import dev.omvio.codec.DecodeOptions;
import dev.omvio.codecs.support.Checks;
import dev.omvio.image.Image;

import java.nio.ByteBuffer;

/**
 * One thread's TurboJPEG decompression of frames, one at a time: native memory for the
 * compressed input and the decoded pixels, and the header's out-parameters, kept from frame to
 * frame. Java arrays and heap buffers handed to JNA are copied in and out around every native
 * call; working in native memory leaves one copy of the pixels into the caller's array. Memory
 * grown past {@link #RETAINED_BYTES} for a large frame is freed after that frame.
 *
 * <p>Each frame gets a fresh TurboJPEG handle, destroyed by {@link #finish()}: libjpeg keeps
 * state in a handle from call to call (an error leaves it mid-decode, a warning flag can
 * outlive its call), and a frame's result must not depend on the frames before it.
 *
 * <p>Not thread-safe: each thread gets its own with {@link #forThisThread(TurboJpegLibrary)}.
 */
final class ThreadDecompressor {
    private static final long RETAINED_BYTES = 32L << 20;
    private static final ThreadLocal<ThreadDecompressor> PER_THREAD = new ThreadLocal<>();

    private final TurboJpegLibrary library;
    private final IntByReference width = new IntByReference();
    private final IntByReference height = new IntByReference();
    private final IntByReference subsampling = new IntByReference();
    private final IntByReference colourspace = new IntByReference();
    private final NativeLong jpegSize = new NativeLong();
    private Pointer handle;
    private Memory input;
    private Memory output;

    private ThreadDecompressor(TurboJpegLibrary library) {
        this.library = library;
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
     * Starts a frame: copies its JPEG into native memory and reads its header, checking the
     * dimensions against the frame's, what the data can hold and the pixel budget, before
     * anything is decoded. Call {@link #finish()} afterwards, also when this throws.
     */
    Header readHeader(Image source, DecodeOptions options) throws CorruptImageException {
        handle = library.tjInitDecompress();
        if (handle == null) {
            throw new IllegalStateException("libjpeg-turbo: tjInitDecompress failed");
        }
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
            throw new CorruptImageException("JPEG header cannot be read: " + library.tjGetErrorStr2(handle));
        }
        Checks.sameDimensions(source, "JPEG", width.getValue(), height.getValue());
        Checks.compressedSize(source, "JPEG", BaselineJpeg.MAX_PIXELS_PER_BYTE);
        options.checkPixels("JPEG header", width.getValue(), height.getValue());
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
            throw new CorruptImageException("JPEG data cannot be decoded: " + library.tjGetErrorStr2(handle));
        }
        return output;
    }

    /** Ends the frame: destroys its handle and frees memory that only a large frame needed. */
    void finish() {
        if (handle != null) {
            library.tjDestroy(handle);
            handle = null;
        }
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
