package dev.omvio.bridge.javax;

import dev.omvio.image.PixelFormat;
import dev.omvio.stream.FrameInfo;

import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.metadata.IIOMetadataNode;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.Optional;

/**
 * Metadata of one frame: pixel format, geometry, interval, data size and file offset. Native
 * format {@value #NATIVE_FORMAT_NAME} (see {@link OpenMvFrameMetadataFormat}); the standard
 * {@code javax_imageio_1.0} tree carries the chroma, data layout and compression where the
 * pixel format fixes them.
 *
 * <p>A reader's metadata is read-only. A writer's ({@link #OpenMvFrameMetadata()} or
 * {@code getDefaultImageMetadata}) can be changed: its {@link #setIntervalMicros(long) interval}
 * is stored with the frame and its {@link #setPixelFormat(PixelFormat) pixel format} is used
 * when the write parameter copies the compression type from the metadata (the default).
 */
public final class OpenMvFrameMetadata extends IIOMetadata {
    /** The name of the native frame metadata format. */
    public static final String NATIVE_FORMAT_NAME = "dev_omvio_openmv_frame_1.0";
    static final String ROOT = "OpenMVFrame";

    private static final String STANDARD = IIOMetadataFormatImpl.standardMetadataFormatName;

    private final boolean readOnly;
    private int index;
    private PixelFormat pixelFormat;
    private int width;
    private int height;
    private long intervalMicros;
    private long dataSize;
    private long fileOffset;

    /** Writable metadata with nothing set: interval 0, no pixel format. */
    public OpenMvFrameMetadata() {
        this(false);
        clear();
    }

    private OpenMvFrameMetadata(boolean readOnly) {
        super(true, NATIVE_FORMAT_NAME, OpenMvFrameMetadataFormat.class.getName(), null, null);
        this.readOnly = readOnly;
    }

    /** Read-only metadata of a frame read from a stream. */
    static OpenMvFrameMetadata of(FrameInfo frame) {
        OpenMvFrameMetadata metadata = new OpenMvFrameMetadata(true);
        metadata.index = frame.index();
        metadata.pixelFormat = frame.format();
        metadata.width = frame.width();
        metadata.height = frame.height();
        metadata.intervalMicros = frame.intervalMicros();
        metadata.dataSize = frame.dataSize();
        metadata.fileOffset = frame.offset();
        return metadata;
    }

    /** {@return a writable copy of this metadata, for a writer} */
    public OpenMvFrameMetadata writableCopy() {
        OpenMvFrameMetadata copy = new OpenMvFrameMetadata(false);
        copy.index = index;
        copy.pixelFormat = pixelFormat;
        copy.width = width;
        copy.height = height;
        copy.intervalMicros = intervalMicros;
        copy.dataSize = dataSize;
        copy.fileOffset = fileOffset;
        return copy;
    }

    /** {@return the frame's position in its stream, or -1 if unknown} */
    public int index() {
        return index;
    }

    /** {@return the pixel format, if set} */
    public Optional<PixelFormat> pixelFormat() {
        return Optional.ofNullable(pixelFormat);
    }

    /** {@return width in pixels, or 0 if unknown} */
    public int width() {
        return width;
    }

    /** {@return height in pixels, or 0 if unknown} */
    public int height() {
        return height;
    }

    /** {@return time since the previous frame in microseconds} */
    public long intervalMicros() {
        return intervalMicros;
    }

    /** {@return data bytes as stored, or -1 if unknown} */
    public long dataSize() {
        return dataSize;
    }

    /** {@return position of the frame's chunk header from the start of the stream, or -1 if unknown} */
    public long fileOffset() {
        return fileOffset;
    }

    /**
     * Sets the pixel format a writer uses when its parameter copies it from the metadata.
     *
     * @param format the pixel format to write the frame in
     * @throws IllegalStateException if this metadata is read-only
     */
    public void setPixelFormat(PixelFormat format) {
        requireWritable();
        pixelFormat = format;
    }

    /**
     * Sets the time since the previous frame, which a writer stores in whole milliseconds.
     *
     * @param micros the interval in microseconds
     * @throws IllegalArgumentException naming the value if it is negative
     * @throws IllegalStateException if this metadata is read-only
     */
    public void setIntervalMicros(long micros) {
        requireWritable();
        if (micros < 0) {
            throw new IllegalArgumentException("frame interval must be at least 0 µs, got " + micros);
        }
        intervalMicros = micros;
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    @Override
    public Node getAsTree(String formatName) {
        if (NATIVE_FORMAT_NAME.equals(formatName)) {
            return nativeTree();
        }
        if (STANDARD.equals(formatName)) {
            return getStandardTree();
        }
        throw unsupported(formatName);
    }

    /**
     * Merges a native tree (every attribute present replaces the value here) or a standard
     * tree (nothing in it maps to a stored value, so only its root is checked).
     *
     * @throws IllegalStateException if this metadata is read-only
     * @throws IIOInvalidTreeException if the tree is not of the format or a value is invalid
     */
    @Override
    public void mergeTree(String formatName, Node root) throws IIOInvalidTreeException {
        requireWritable();
        if (NATIVE_FORMAT_NAME.equals(formatName)) {
            requireRoot(root, ROOT);
            mergeNative((Element) root);
        } else if (STANDARD.equals(formatName)) {
            requireRoot(root, STANDARD);
        } else {
            throw unsupported(formatName);
        }
    }

    @Override
    public void reset() {
        requireWritable();
        clear();
    }

    @Override
    protected IIOMetadataNode getStandardChromaNode() {
        if (pixelFormat == null || pixelFormat.isCompressed()) {
            return null; // a JPEG or PNG frame may be grey or colour: only decoding tells
        }
        IIOMetadataNode chroma = new IIOMetadataNode("Chroma");
        chroma.appendChild(valueNode("ColorSpaceType", "name", pixelFormat.isColor() ? "RGB" : "GRAY"));
        chroma.appendChild(valueNode("NumChannels", "value", Integer.toString(channels())));
        chroma.appendChild(valueNode("BlackIsZero", "value", "TRUE"));
        return chroma;
    }

    @Override
    protected IIOMetadataNode getStandardCompressionNode() {
        if (pixelFormat == null || !pixelFormat.isCompressed()) {
            return null;
        }
        IIOMetadataNode compression = new IIOMetadataNode("Compression");
        compression.appendChild(valueNode("CompressionTypeName", "value", pixelFormat.name()));
        compression.appendChild(valueNode("Lossless", "value", pixelFormat == PixelFormat.PNG ? "TRUE" : "FALSE"));
        return compression;
    }

    @Override
    protected IIOMetadataNode getStandardDataNode() {
        if (pixelFormat == null || pixelFormat.isCompressed()) {
            return null;
        }
        IIOMetadataNode data = new IIOMetadataNode("Data");
        data.appendChild(valueNode("PlanarConfiguration", "value", "PixelInterleaved"));
        data.appendChild(valueNode("SampleFormat", "value", "UnsignedIntegral"));
        data.appendChild(valueNode("BitsPerSample", "value", bitsPerSample()));
        return data;
    }

    @Override
    protected IIOMetadataNode getStandardTransparencyNode() {
        if (pixelFormat != PixelFormat.ARGB8) {
            return null;
        }
        IIOMetadataNode transparency = new IIOMetadataNode("Transparency");
        transparency.appendChild(valueNode("Alpha", "value", "nonpremultiplied"));
        return transparency;
    }

    private int channels() {
        if (pixelFormat == PixelFormat.ARGB8) {
            return 4;
        }
        return pixelFormat.isColor() ? 3 : 1;
    }

    // As stored: RGB565 packs 5, 6 and 5 bits; Bayer and YUV frames hold 8-bit samples.
    private String bitsPerSample() {
        return switch (pixelFormat) {
            case BINARY -> "1";
            case RGB565 -> "5 6 5";
            case ARGB8 -> "8 8 8 8";
            case GRAYSCALE, BAYER_BGGR, BAYER_GBRG, BAYER_GRBG, BAYER_RGGB -> "8";
            default -> "8 8 8";
        };
    }

    private IIOMetadataNode nativeTree() {
        IIOMetadataNode root = new IIOMetadataNode(ROOT);
        if (index >= 0) {
            root.setAttribute("index", Integer.toString(index));
        }
        if (pixelFormat != null) {
            root.setAttribute("pixelFormat", pixelFormat.name());
        }
        if (width > 0) {
            root.setAttribute("width", Integer.toString(width));
            root.setAttribute("height", Integer.toString(height));
        }
        root.setAttribute("intervalMicros", Long.toString(intervalMicros));
        if (dataSize >= 0) {
            root.setAttribute("dataSize", Long.toString(dataSize));
        }
        if (fileOffset >= 0) {
            root.setAttribute("fileOffset", Long.toString(fileOffset));
        }
        return root;
    }

    private void mergeNative(Element root) throws IIOInvalidTreeException {
        if (root.hasAttribute("pixelFormat")) {
            try {
                pixelFormat = PixelFormat.forName(root.getAttribute("pixelFormat"));
            } catch (IllegalArgumentException e) {
                throw new IIOInvalidTreeException(e.getMessage(), e, root);
            }
        }
        index = (int) attribute(root, "index", index, 0, Integer.MAX_VALUE);
        width = (int) attribute(root, "width", width, 1, 32767);
        height = (int) attribute(root, "height", height, 1, 32767);
        intervalMicros = attribute(root, "intervalMicros", intervalMicros, 0, Long.MAX_VALUE);
        dataSize = attribute(root, "dataSize", dataSize, 0, Long.MAX_VALUE);
        fileOffset = attribute(root, "fileOffset", fileOffset, 0, Long.MAX_VALUE);
    }

    private static long attribute(Element root, String name, long current, long min, long max)
            throws IIOInvalidTreeException {
        if (!root.hasAttribute(name)) {
            return current;
        }
        String text = root.getAttribute(name);
        try {
            long value = Long.parseLong(text.trim());
            if (value < min || value > max) {
                throw new IIOInvalidTreeException(name + " '" + text + "' out of range " + min + ".." + max, root);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IIOInvalidTreeException(name + " '" + text + "' is not an integer", e, root);
        }
    }

    private void clear() {
        index = -1;
        pixelFormat = null;
        width = 0;
        height = 0;
        intervalMicros = 0;
        dataSize = -1;
        fileOffset = -1;
    }

    private void requireWritable() {
        if (readOnly) {
            throw new IllegalStateException("frame metadata read from a stream is read-only: use writableCopy()");
        }
    }

    private static void requireRoot(Node root, String name) throws IIOInvalidTreeException {
        if (root == null || !name.equals(root.getNodeName()) || !(root instanceof Element)) {
            throw new IIOInvalidTreeException("expected root element " + name + ", got "
                    + (root == null ? "null" : root.getNodeName()), root);
        }
    }

    private static IllegalArgumentException unsupported(String formatName) {
        return new IllegalArgumentException("unsupported frame metadata format '" + formatName
                + "': " + NATIVE_FORMAT_NAME + " or " + STANDARD);
    }

    private static IIOMetadataNode valueNode(String name, String attribute, String value) {
        IIOMetadataNode node = new IIOMetadataNode(name);
        node.setAttribute(attribute, value);
        return node;
    }
}
