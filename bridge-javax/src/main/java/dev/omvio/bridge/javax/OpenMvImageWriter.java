package dev.omvio.bridge.javax;

import com.twelvemonkeys.imageio.ImageWriterBase;
import dev.omvio.bridge.javax.chunk.ChunkWriter;
import dev.omvio.bridge.javax.pixels.WritableSource;
import dev.omvio.codec.PixelCodecs;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;

import javax.imageio.IIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.spi.ImageWriterSpi;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Arrays;

/**
 * Writes images as a version 2.0 OpenMV stream, which the camera reads: one image with
 * {@link #write(IIOMetadata, IIOImage, ImageWriteParam)}, or a sequence of frames of any sizes
 * and formats with {@link #prepareWriteSequence(IIOMetadata)},
 * {@link #writeToSequence(IIOImage, ImageWriteParam)} and {@link #endWriteSequence()}.
 *
 * <p>The pixel format of each frame is chosen as {@link OpenMvImageWriteParam} documents and
 * encoded by the codecs {@link PixelCodecs} finds. The frame interval comes from the image's
 * {@link OpenMvFrameMetadata} (or any metadata offering its native format), 0 without one, and
 * is stored in whole milliseconds, rounded so that the error never adds up. Source region and subsampling are honoured; source bands
 * are refused. There is no stream metadata to write.
 *
 * <p>Errors: an image the codecs cannot encode in the chosen format, one larger than
 * 32767 x 32767 or a compression type that is no pixel format or is ARGB8 (whose pixels the
 * camera does not store; images with alpha are written as PNG) is an {@link IIOException},
 * and nothing of that frame is written.
 *
 * <p>Built on TwelveMonkeys' {@link ImageWriterBase}: output handling and the absent stream
 * metadata ({@code getDefaultStreamMetadata} and {@code convertStreamMetadata} are null) are the
 * base class's.
 */
public final class OpenMvImageWriter extends ImageWriterBase {
    private ChunkWriter sequence;
    private int sequenceFrames;

    /**
     * A writer for {@code originatingProvider}; applications get writers from {@code ImageIO}.
     *
     * @param originatingProvider the provider that makes this writer
     */
    public OpenMvImageWriter(ImageWriterSpi originatingProvider) {
        super(originatingProvider);
    }

    @Override
    public OpenMvImageWriteParam getDefaultWriteParam() {
        return new OpenMvImageWriteParam(getLocale());
    }

    /** Writable frame metadata with interval 0 and the pixel format an explicit param chose, if any. */
    @Override
    public IIOMetadata getDefaultImageMetadata(ImageTypeSpecifier imageType, ImageWriteParam param) {
        OpenMvFrameMetadata metadata = new OpenMvFrameMetadata();
        if (param != null && param.getCompressionMode() == ImageWriteParam.MODE_EXPLICIT
                && param.getCompressionType() != null) {
            metadata.setPixelFormat(PixelFormat.forName(param.getCompressionType()));
        }
        return metadata;
    }

    /**
     * Writable frame metadata from {@code inData} if it is frame metadata of this plugin or
     * offers its native format; null otherwise.
     */
    @Override
    public IIOMetadata convertImageMetadata(IIOMetadata inData, ImageTypeSpecifier imageType, ImageWriteParam param) {
        if (inData == null) {
            throw new IllegalArgumentException("inData is null");
        }
        return frameMetadata(inData);
    }

    @Override
    public boolean canWriteSequence() {
        return true;
    }

    /**
     * Writes a stream of the one image.
     *
     * @throws IllegalStateException if a sequence is being written
     */
    @Override
    public void write(IIOMetadata streamMetadata, IIOImage image, ImageWriteParam param) throws IOException {
        assertOutput();
        requireNoSequence();
        requireImage(image);
        ChunkWriter stream = ChunkWriter.begin(imageOutput);
        writeFrame(stream, image, param, 0);
        imageOutput.flush();
    }

    /**
     * Starts a stream by writing its magic; frames follow with {@link #writeToSequence(IIOImage, ImageWriteParam)}.
     *
     * @throws IllegalStateException if a sequence is already being written
     */
    @Override
    public void prepareWriteSequence(IIOMetadata streamMetadata) throws IOException {
        assertOutput();
        requireNoSequence();
        sequence = ChunkWriter.begin(imageOutput);
        sequenceFrames = 0;
    }

    /**
     * Appends a frame to the stream started by {@link #prepareWriteSequence(IIOMetadata)}.
     *
     * @throws IllegalStateException if no sequence was started
     */
    @Override
    public void writeToSequence(IIOImage image, ImageWriteParam param) throws IOException {
        assertOutput();
        if (sequence == null) {
            throw new IllegalStateException("no sequence: call prepareWriteSequence first");
        }
        requireImage(image);
        writeFrame(sequence, image, param, sequenceFrames);
        sequenceFrames++;
    }

    /**
     * Ends the sequence and flushes the output.
     *
     * @throws IllegalStateException if no sequence was started
     */
    @Override
    public void endWriteSequence() throws IOException {
        assertOutput();
        if (sequence == null) {
            throw new IllegalStateException("no sequence: call prepareWriteSequence first");
        }
        sequence = null;
        imageOutput.flush();
    }

    /** Forgets an open sequence: the base class calls it on a new output and on reset. */
    @Override
    protected void resetMembers() {
        sequence = null;
        sequenceFrames = 0;
    }

    private void writeFrame(ChunkWriter stream, IIOImage image, ImageWriteParam param, int index) throws IOException {
        clearAbortRequest();
        processImageStarted(index);
        OpenMvFrameMetadata metadata = image.getMetadata() == null ? null : frameMetadata(image.getMetadata());
        Image frame;
        PixelFormat format = null;
        try {
            BufferedImage pixels = WritableSource.select(image.getRenderedImage(), param);
            format = PixelFormatChoice.of(pixels, param, metadata);
            frame = PixelCodecs.encode(pixels, format, PixelFormatChoice.options(pixels, param));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IIOException("cannot write frame " + index + (format == null ? "" : " as " + format)
                    + ": " + e.getMessage(), e);
        }
        processImageProgress(50f);
        if (abortRequested()) {
            processWriteAborted();
            return;
        }
        try {
            stream.write(frame, metadata == null ? 0 : metadata.intervalMicros());
        } catch (IllegalArgumentException e) {
            throw new IIOException("cannot write frame " + index + ": " + e.getMessage(), e);
        }
        processImageProgress(100f);
        processImageComplete();
    }

    private static OpenMvFrameMetadata frameMetadata(IIOMetadata metadata) {
        if (metadata instanceof OpenMvFrameMetadata own) {
            return own.writableCopy();
        }
        String[] formats = metadata.getMetadataFormatNames();
        if (formats == null || !Arrays.asList(formats).contains(OpenMvFrameMetadata.NATIVE_FORMAT_NAME)) {
            return null;
        }
        OpenMvFrameMetadata converted = new OpenMvFrameMetadata();
        try {
            converted.mergeTree(OpenMvFrameMetadata.NATIVE_FORMAT_NAME, metadata.getAsTree(OpenMvFrameMetadata.NATIVE_FORMAT_NAME));
        } catch (IIOInvalidTreeException e) {
            return null;
        }
        return converted;
    }

    // A second magic in the middle of a stream would make the rest of it unreadable.
    private void requireNoSequence() {
        if (sequence != null) {
            throw new IllegalStateException("a sequence is being written: call endWriteSequence first");
        }
    }

    private void requireImage(IIOImage image) {
        if (image == null) {
            throw new IllegalArgumentException("image is null");
        }
        if (image.hasRaster()) {
            throw new UnsupportedOperationException("OpenMV frames are written from RenderedImages, not Rasters");
        }
    }
}
