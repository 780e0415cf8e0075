package dev.omvio.imagej;

import dev.omvio.stream.ImageStream;
import ij.IJ;
import ij.VirtualStack;
import ij.process.ImageProcessor;

import java.io.Closeable;
import java.io.IOException;
import java.util.Arrays;

/**
 * A stack whose slices are the frames of an open recording, read and decoded only when ImageJ
 * asks for one: the file engine finds any frame in constant time, so opening costs the frame
 * index alone, whatever the file's size. ImageJ's virtual-stack editing (deleting slices,
 * {@code Image > Stacks > Tools > Reduce}) changes which frames the slices show; the file is never
 * written.
 *
 * <p>The stack holds the recording open until {@link #close()}, which {@link OpenMvStacks} calls
 * when ImageJ closes the image's window.
 */
public final class OpenMvVirtualStack extends VirtualStack implements Closeable {
    private final ImageStream stream;
    private final StackLayout layout;
    private final FrameConverter converter;
    private int[] frames;

    OpenMvVirtualStack(ImageStream stream, StackLayout layout, FrameConverter converter) {
        super(layout.width(), layout.height());
        this.stream = stream;
        this.layout = layout;
        this.converter = converter;
        this.frames = new int[layout.count()];
        Arrays.setAll(frames, i -> i);
        setBitDepth(layout.bitDepth());
    }

    /**
     * The processor of slice {@code n} (from 1), read and decoded now. A frame that cannot be
     * read shows black with the reason in ImageJ's log: one bad frame does not close the stack.
     */
    @Override
    public ImageProcessor getProcessor(int n) {
        int frame = frameOf(n);
        try {
            return converter.toProcessor(stream.readFrame(frame));
        } catch (IOException | RuntimeException e) {
            IJ.log("OpenMV Stream: frame " + frame + " could not be read: " + e.getMessage());
            return converter.blank();
        }
    }

    @Override
    public int getSize() {
        return frames.length;
    }

    @Override
    public int size() {
        return frames.length;
    }

    /** The label of slice {@code n}: frame index and time, as in an in-memory stack. */
    @Override
    public String getSliceLabel(int n) {
        return layout.label(frameOf(n));
    }

    /** Slices show frames; a frame's label is fixed by the recording, so this does nothing. */
    @Override
    public void setSliceLabel(String label, int n) {
        // labels come from the recording's index
    }

    @Override
    public void deleteSlice(int n) {
        frameOf(n);
        int[] kept = new int[frames.length - 1];
        System.arraycopy(frames, 0, kept, 0, n - 1);
        System.arraycopy(frames, n, kept, n - 1, frames.length - n);
        frames = kept;
    }

    @Override
    public void reduce(int factor) {
        if (factor < 2 || frames.length / factor < 1) {
            return;
        }
        int[] kept = new int[frames.length / factor];
        Arrays.setAll(kept, i -> frames[i * factor]);
        frames = kept;
    }

    /** Slices are frames of one file, not files: null (ImageJ's file-list stacks name a file here). */
    @Override
    public String getFileName(int n) {
        return null;
    }

    /** Slices are frames of one file, not files of a directory: null. */
    @Override
    public String getDirectory() {
        return null;
    }

    /**
     * {@return the recording's frame index of slice {@code n} (from 1)}
     *
     * @param n the slice number, from 1
     */
    public int frameOf(int n) {
        if (n < 1 || n > frames.length) {
            throw new IllegalArgumentException("slice " + n + " out of range 1.." + frames.length);
        }
        return frames[n - 1];
    }

    /** {@return whether the recording is still open} */
    public boolean isOpen() {
        return !stream.isClosed();
    }

    /** Closes the recording; slices read after this are black. Closing twice does nothing. */
    @Override
    public void close() throws IOException {
        stream.close();
    }
}
