package dev.omvio.bridge.javax;

import dev.omvio.image.PixelFormat;

import javax.imageio.ImageTypeSpecifier;
import javax.imageio.metadata.IIOMetadataFormat;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import java.util.Arrays;
import java.util.List;

/**
 * The native frame metadata format {@value OpenMvFrameMetadata#NATIVE_FORMAT_NAME}: one
 * element {@code OpenMVFrame} without children whose attributes, all optional, are
 * <ul>
 * <li>{@code index}: the frame's position in the stream, from 0;
 * <li>{@code pixelFormat}: one of the twelve {@link PixelFormat} names;
 * <li>{@code width}, {@code height}: pixels, 1..32767;
 * <li>{@code intervalMicros}: time since the previous frame in microseconds (versions 1.0,
 *     1.1 and 2.0 store milliseconds, converted);
 * <li>{@code dataSize}: data bytes of the frame as stored;
 * <li>{@code fileOffset}: position of the frame's chunk header from the start of the stream.
 * </ul>
 * A reader sets every attribute; a writer uses {@code pixelFormat} and {@code intervalMicros}.
 */
public final class OpenMvFrameMetadataFormat extends IIOMetadataFormatImpl {
    private static final String LONG_MAX = Long.toString(Long.MAX_VALUE);
    private static final OpenMvFrameMetadataFormat INSTANCE = new OpenMvFrameMetadataFormat();

    private OpenMvFrameMetadataFormat() {
        super(OpenMvFrameMetadata.ROOT, CHILD_POLICY_EMPTY);
        String root = OpenMvFrameMetadata.ROOT;
        List<String> formats = Arrays.stream(PixelFormat.values()).map(PixelFormat::name).toList();
        addAttribute(root, "index", DATATYPE_INTEGER, false, null, "0", LONG_MAX, true, true);
        addAttribute(root, "pixelFormat", DATATYPE_STRING, false, null, formats);
        addAttribute(root, "width", DATATYPE_INTEGER, false, null, "1", "32767", true, true);
        addAttribute(root, "height", DATATYPE_INTEGER, false, null, "1", "32767", true, true);
        addAttribute(root, "intervalMicros", DATATYPE_INTEGER, false, "0", "0", LONG_MAX, true, true);
        addAttribute(root, "dataSize", DATATYPE_INTEGER, false, null, "0", LONG_MAX, true, true);
        addAttribute(root, "fileOffset", DATATYPE_INTEGER, false, null, "0", LONG_MAX, true, true);
    }

    /** {@return the format; the {@code IIORegistry} finds it through this method} */
    public static IIOMetadataFormat getInstance() {
        return INSTANCE;
    }

    @Override
    public boolean canNodeAppear(String elementName, ImageTypeSpecifier imageType) {
        return true;
    }
}
