package dev.omvio.bridge.javax;

import com.twelvemonkeys.imageio.ImageReaderBase;
import dev.omvio.bridge.javax.chunk.ChunkIndex;
import dev.omvio.bridge.javax.pixels.ImageTypes;
import dev.omvio.bridge.javax.pixels.SampleCopier;
import dev.omvio.codec.BayerAlgorithm;
import dev.omvio.codec.PixelCodecs;
import dev.omvio.stream.FrameInfo;

import javax.imageio.IIOException;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;

/**
 * Reads the frames of an OpenMV stream (versions 1.0, 1.1, 2.0 and 2.1) from any
 * {@link ImageInputStream}: files, byte arrays, streams that cannot seek. Frames are found by
 * walking the chunk headers only as far as asked, so frame sizes and formats may change from
 * frame to frame; pixels are decoded by the codecs {@link PixelCodecs} finds.
 *
 * <p>{@link #read(int, ImageReadParam)} honours source region, subsampling, source and
 * destination bands, destination image or type and destination offset, and the
 * {@link OpenMvImageReadParam} choices for Bayer frames. {@link #getWidth(int)} and
 * {@link #getHeight(int)} are the stored size (a {@code HALF_SIZE} demosaic halves it).
 * A destination image or type must be laid out as one of {@link #getImageTypes(int)} (else an
 * {@link IIOException}); a destination type gets exactly that type's image, and samples are
 * scaled to the destination's sample sizes.
 *
 * <p>Errors: a stream that is not an OpenMV stream, a frame whose data cannot be decoded or a
 * missing codec is an {@link IIOException} (for format errors its cause is a
 * {@link dev.omvio.stream.StreamFormatException} with the offset); an index past the last
 * whole frame, or before the first still readable in seek-forward-only mode, is an
 * {@link IndexOutOfBoundsException}. A damaged tail (a last chunk cut short) ends the frames
 * and is reported in the {@linkplain #getStreamMetadata() stream metadata}.
 *
 * <p>Built on TwelveMonkeys' {@link ImageReaderBase}: input handling and the allocation of
 * destinations are the base class's, which refuses with an {@link IIOException} a destination
 * beyond its maximum image size (system property {@code com.twelvemonkeys.imageio.maxImageBytes};
 * by default half the heap, from 64 MiB to 512 MiB).
 */
public final class OpenMvImageReader extends ImageReaderBase {
    // For the base class's destination size check: no expansion ratio from the data length (a
    // JPEG frame's pixels are not bounded by its bytes), so its maximum image size applies.
    private static final long UNKNOWN_LENGTH = -1;

    private ChunkIndex chunks;
    private FrameDecoder decoder;
    private PendingDecode pending;

    /** A frame decoded for {@link #getImageTypes(int)}, kept so that a read right after it does not decode it again. */
    private record PendingDecode(int index, BayerAlgorithm algorithm, boolean raw, BufferedImage image) {
        boolean matches(int frame, OpenMvImageReadParam param) {
            return index == frame && algorithm == param.getBayerAlgorithm() && raw == param.isRawBayer();
        }
    }

    /**
     * A reader for {@code originatingProvider}; applications get readers from {@code ImageIO}.
     *
     * @param originatingProvider the provider that makes this reader
     */
    public OpenMvImageReader(ImageReaderSpi originatingProvider) {
        super(originatingProvider);
    }

    @Override
    public OpenMvImageReadParam getDefaultReadParam() {
        return new OpenMvImageReadParam();
    }

    /**
     * The number of whole frames; without {@code allowSearch}, -1 until every chunk header
     * has been walked.
     *
     * @throws IllegalStateException if {@code allowSearch} is asked of a seek-forward-only input
     */
    @Override
    public int getNumImages(boolean allowSearch) throws IOException {
        ChunkIndex index = chunks();
        if (index.isComplete()) {
            return index.knownCount();
        }
        if (!allowSearch) {
            return -1;
        }
        if (seekForwardOnly) {
            throw new IllegalStateException("the input is read forward only: counting its frames is a search");
        }
        return guarded(index::count);
    }

    @Override
    public int getWidth(int imageIndex) throws IOException {
        return frame(imageIndex).width();
    }

    @Override
    public int getHeight(int imageIndex) throws IOException {
        return frame(imageIndex).height();
    }

    /**
     * The types frame {@code imageIndex} can be read into with the default parameters: 8-bit
     * grey for GRAYSCALE, BINARY and greyscale JPEGs; RGB types for the other colour formats;
     * ARGB types for ARGB8 (and PNGs with alpha); then the type natural to the format
     * ({@code USHORT_565_RGB} for RGB565, {@code USHORT_GRAY} for GRAYSCALE,
     * {@code BYTE_BINARY} for BINARY). The type the codecs decode into is first: the default
     * read's exact layout.
     */
    @Override
    public Iterator<ImageTypeSpecifier> getImageTypes(int imageIndex) throws IOException {
        return imageTypes(imageIndex, new OpenMvImageReadParam()).iterator();
    }

    @Override
    public IIOMetadata getStreamMetadata() throws IOException {
        ChunkIndex index = chunks();
        int count = guarded(index::count);
        return new OpenMvStreamMetadata(index.version().label(), count, index.damagedTail());
    }

    @Override
    public IIOMetadata getImageMetadata(int imageIndex) throws IOException {
        return OpenMvFrameMetadata.of(frame(imageIndex));
    }

    @Override
    public BufferedImage read(int imageIndex, ImageReadParam param) throws IOException {
        OpenMvImageReadParam decoding = OpenMvImageReadParam.decodingOf(param);
        FrameInfo frame = frame(imageIndex);
        clearAbortRequest();
        processImageStarted(imageIndex);
        BufferedImage destination = placedDirectly(frame, decoding, param);
        if (destination != null) {
            pending = null;
            readDone(frame);
            reportWhole(destination);
        } else {
            BufferedImage source = decodedForRead(frame, decoding);
            readDone(frame);
            if (asDecoded(param, source)) {
                destination = source;
                reportWhole(destination);
            } else {
                destination = destinationFor(frame, source, param);
                if (!copyInto(destination, source, param)) {
                    processReadAborted();
                    return destination;
                }
            }
        }
        if (abortRequested()) {
            processReadAborted();
        } else {
            processImageComplete();
        }
        return destination;
    }

    @Override
    public boolean canReadRaster() {
        return true;
    }

    /**
     * The decoded samples of frame {@code imageIndex} after source region, subsampling and
     * source bands; destination settings are ignored.
     */
    @Override
    public Raster readRaster(int imageIndex, ImageReadParam param) throws IOException {
        OpenMvImageReadParam decoding = OpenMvImageReadParam.decodingOf(param);
        FrameInfo frame = frame(imageIndex);
        clearAbortRequest();
        BufferedImage source = decodedForRead(frame, decoding);
        readDone(frame);
        int sourceBands = source.getRaster().getNumBands();
        int[] selected = param == null ? null : param.getSourceBands();
        checkReadParamBandSettings(param, sourceBands, selected == null ? sourceBands : selected.length);
        Rectangle sourceRegion = new Rectangle();
        Rectangle destinationRegion = new Rectangle();
        computeRegions(param, source.getWidth(), source.getHeight(), null, sourceRegion, destinationRegion);
        Raster samples = bands(source.getRaster(), selected);
        // A band subset of a byte-interleaved raster (a PNG with alpha decodes into one) keeps the
        // whole pixel's stride and cannot make a compatible raster; every decoded sample is 8-bit.
        WritableRaster target = selected == null
                ? samples.createCompatibleWritableRaster(destinationRegion.width, destinationRegion.height)
                : Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, destinationRegion.width,
                        destinationRegion.height, selected.length, null);
        Rectangle whole = new Rectangle(0, 0, destinationRegion.width, destinationRegion.height);
        if (!copy(source, sourceRegion, param, target, whole, rows -> { })) {
            processReadAborted();
        }
        return target;
    }

    /** Told after each row copied into a destination. */
    private interface RowsCopied {
        void rowsCopied(int rows);
    }

    // Samples of the source region (with the param's subsampling and source bands) into the
    // target area, reporting progress and stopping on abort.
    private boolean copy(BufferedImage source, Rectangle sourceRegion, ImageReadParam param,
            WritableRaster target, Rectangle targetArea, RowsCopied listener) {
        int periodX = param == null ? 1 : param.getSourceXSubsampling();
        int periodY = param == null ? 1 : param.getSourceYSubsampling();
        Raster samples = bands(source.getRaster(), param == null ? null : param.getSourceBands());
        return SampleCopier.copy(samples, sourceRegion.x, sourceRegion.y, periodX, periodY, target, targetArea, rows -> {
            listener.rowsCopied(rows);
            processImageProgress(100f * rows / targetArea.height);
            return !abortRequested();
        });
    }

    // Whether the decoded image is already what the param asks for, so it can be returned as is:
    // a destination type must be exactly the decoded image's colour model and layout, not only
    // its type number (createFromBufferedImageType(TYPE_INT_RGB) has 32-bit pixels, the image 24).
    private static boolean asDecoded(ImageReadParam param, BufferedImage decoded) {
        if (param == null) {
            return true;
        }
        ImageTypeSpecifier type = param.getDestinationType();
        return param.getDestination() == null
                && (type == null || ImageTypes.isExactly(type, decoded))
                && param.getSourceRegion() == null
                && param.getSourceXSubsampling() == 1 && param.getSourceYSubsampling() == 1
                && param.getSourceBands() == null && param.getDestinationBands() == null
                && param.getDestinationOffset().x == 0 && param.getDestinationOffset().y == 0;
    }

    private List<ImageTypeSpecifier> imageTypes(int imageIndex, OpenMvImageReadParam decoding) throws IOException {
        FrameInfo frame = frame(imageIndex);
        int bands = FrameDecoder.bandsOf(frame.format(), decoding);
        if (bands > 0) {
            return ImageTypes.withNatural(ImageTypes.forBands(bands), frame.format());
        }
        FrameDecoder frames = decoder();
        BufferedImage decoded = guarded(() -> frames.decode(frame, decoding));
        pending = new PendingDecode(imageIndex, decoding.getBayerAlgorithm(), decoding.isRawBayer(), decoded);
        return ImageTypes.forDecoded(decoded);
    }

    // The decoded frame, which the read then owns: a pending decode is handed over once.
    private BufferedImage decodedForRead(FrameInfo frame, OpenMvImageReadParam decoding) throws IOException {
        PendingDecode kept = pending;
        pending = null;
        if (kept != null && kept.matches(frame.index(), decoding)) {
            return kept.image();
        }
        FrameDecoder frames = decoder();
        return guarded(() -> frames.decode(frame, decoding));
    }

    // A reader that only goes forward lets go of everything before the frame just read.
    private void readDone(FrameInfo frame) throws IOException {
        if (seekForwardOnly) {
            minIndex = frame.index();
            ChunkIndex index = chunks();
            guarded(() -> {
                index.discardBefore(frame);
                return null;
            });
        }
    }

    // The destination the param asks for, to be filled from the decoded source with region,
    // subsampling and bands. A given image or type must be laid out as a declared type: the
    // image is filled, the type's own image made (exactly the type asked for) by the base class.
    // The layout check is the reader's own: the base class takes a given image whose transfer
    // type, sample sizes and band count match a declared type (premultiplied ARGB for ARGB, say),
    // and refuses a type equal to none (TYPE_INT_RGB's 32-bit specifier for the 24-bit one).
    private BufferedImage destinationFor(FrameInfo frame, BufferedImage source, ImageReadParam param) throws IIOException {
        List<ImageTypeSpecifier> types = typesFor(frame, source, param);
        int sourceBands = source.getRaster().getNumBands();
        BufferedImage given = param.getDestination();
        if (given != null) {
            // Without band selection the image must be of a type declared for the frame. With it,
            // samples are placed band by band: any of the reader's types will do, and a band
            // count that does not fit is the IllegalArgumentException the contract gives it.
            int givenBands = given.getSampleModel().getNumBands();
            boolean bandsSelected = param.getSourceBands() != null || param.getDestinationBands() != null;
            List<ImageTypeSpecifier> whole = typesFor(frame, source, null);
            if (bandsSelected) {
                checkReadParamBandSettings(param, sourceBands, givenBands);
            }
            if (!ImageTypes.declares(whole, given) && !(bandsSelected && ImageTypes.declares(ImageTypes.forAnyBands(), given))) {
                throw undeclared(frame, new ImageTypeSpecifier(given.getColorModel(), given.getSampleModel()));
            }
            checkReadParamBandSettings(param, sourceBands, givenBands);
            return given;
        }
        ImageTypeSpecifier requested = param.getDestinationType();
        if (requested != null) {
            if (!ImageTypes.declares(types, requested)) {
                throw undeclared(frame, requested);
            }
            types = List.of(requested);
        }
        BufferedImage destination = getDestination(param, types.iterator(), source.getWidth(), source.getHeight(), UNKNOWN_LENGTH, 0);
        checkReadParamBandSettings(param, sourceBands, destination.getSampleModel().getNumBands());
        return destination;
    }

    // The types a read with this param may fill: those of the selected bands, or of the whole
    // decoded frame with the type natural to its format.
    private static List<ImageTypeSpecifier> typesFor(FrameInfo frame, BufferedImage source, ImageReadParam param) {
        int[] sourceBands = param == null ? null : param.getSourceBands();
        if (sourceBands != null) {
            return ImageTypes.forBands(sourceBands.length);
        }
        if (frame.format().isCompressed()) {
            return ImageTypes.forDecoded(source);
        }
        return ImageTypes.withNatural(ImageTypes.forDecoded(source), frame.format());
    }

    private static IIOException undeclared(FrameInfo frame, ImageTypeSpecifier destination) {
        return new IIOException("frame " + frame.index() + " (" + frame.format() + ") cannot be read into a destination of "
                + destination.getColorModel() + ": not one of the reader's image types for it");
    }

    private boolean copyInto(BufferedImage destination, BufferedImage source, ImageReadParam param) {
        Rectangle sourceRegion = new Rectangle();
        Rectangle destinationRegion = new Rectangle();
        computeRegions(param, source.getWidth(), source.getHeight(), destination, sourceRegion, destinationRegion);
        int[] destinationBands = param.getDestinationBands();
        WritableRaster target = bands(destination.getRaster(), destinationBands);
        return copy(source, sourceRegion, param, target, destinationRegion, rows -> processImageUpdate(destination,
                destinationRegion.x, destinationRegion.y + rows - 1, destinationRegion.width, 1, 1, 1, destinationBands));
    }

    private void reportWhole(BufferedImage image) {
        processImageUpdate(image, 0, 0, image.getWidth(), image.getHeight(), 1, 1, null);
        processImageProgress(100f);
    }

    // The destination when the frame goes straight into it, with nothing but a destination image
    // (and offset) or type set: decoded into an INT_RGB or INT_ARGB image, or its stored samples
    // copied into an image of the type natural to its format (made here when that type is asked
    // for). Null, having read nothing, when the general path is needed.
    private BufferedImage placedDirectly(FrameInfo frame, OpenMvImageReadParam decoding, ImageReadParam param)
            throws IOException {
        if (param == null || param.getSourceRegion() != null
                || param.getSourceXSubsampling() != 1 || param.getSourceYSubsampling() != 1
                || param.getSourceBands() != null || param.getDestinationBands() != null) {
            return null;
        }
        Point offset = param.getDestinationOffset();
        BufferedImage target = param.getDestination();
        ImageTypeSpecifier type = param.getDestinationType();
        if (target == null && type != null && offset.x == 0 && offset.y == 0 && ImageTypes.isNatural(type, frame.format())) {
            target = getDestination(param, List.of(type).iterator(), frame.width(), frame.height(), UNKNOWN_LENGTH, 0);
        }
        if (target == null) {
            return null;
        }
        BufferedImage into = target;
        FrameDecoder frames = decoder();
        boolean placed = ImageTypes.isNatural(new ImageTypeSpecifier(into.getColorModel(), into.getSampleModel()), frame.format())
                ? guarded(() -> frames.copyNaturalInto(frame, into, offset))
                : guarded(() -> frames.decodeInto(frame, decoding, into, offset));
        return placed ? into : null;
    }

    private FrameDecoder decoder() throws IOException {
        if (decoder == null) {
            decoder = new FrameDecoder(chunks());
        }
        return decoder;
    }

    /** Forgets what was read of the input: the base class calls it on a new input, reset and dispose. */
    @Override
    protected void resetMembers() {
        chunks = null;
        decoder = null;
        pending = null;
    }

    // The bounds the base class's checkBounds checks, with messages that say why (a negative
    // index, a frame let go by a forward-only read, the number of whole frames).
    private FrameInfo frame(int imageIndex) throws IOException {
        if (imageIndex < 0) {
            throw new IndexOutOfBoundsException("frame index " + imageIndex + " is negative");
        }
        if (imageIndex < minIndex) {
            throw new IndexOutOfBoundsException("frame " + imageIndex + " is before frame " + minIndex
                    + ", the first still readable: the input is read forward only");
        }
        ChunkIndex index = chunks();
        return guarded(() -> index.frame(imageIndex)).orElseThrow(() -> new IndexOutOfBoundsException(
                "frame " + imageIndex + " does not exist: the stream has " + index.knownCount() + " whole frames"));
    }

    private ChunkIndex chunks() throws IOException {
        assertInput();
        if (chunks == null) {
            chunks = guarded(() -> ChunkIndex.open(imageInput));
        }
        return chunks;
    }

    private static <T extends Raster> T bands(T raster, int[] bands) {
        if (bands == null) {
            return raster;
        }
        @SuppressWarnings("unchecked")
        T child = raster instanceof WritableRaster writable
                ? (T) writable.createWritableChild(0, 0, raster.getWidth(), raster.getHeight(), 0, 0, bands)
                : (T) raster.createChild(0, 0, raster.getWidth(), raster.getHeight(), 0, 0, bands);
        return child;
    }

    /** An I/O step of the reader. */
    private interface IoStep<T> {
        T run() throws IOException;
    }

    // Every reading error reaches the caller as the IIOException the ImageReader contract documents.
    private static <T> T guarded(IoStep<T> step) throws IIOException {
        try {
            return step.run();
        } catch (IIOException e) {
            throw e;
        } catch (IOException e) {
            throw new IIOException(e.getMessage(), e);
        }
    }
}
