package dev.omvio.bridge.javax;

import javax.imageio.ImageTypeSpecifier;
import javax.imageio.metadata.IIOMetadataFormat;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import java.util.List;

/**
 * The native stream metadata format {@value OpenMvStreamMetadata#NATIVE_FORMAT_NAME}: an
 * element {@code OpenMVStream} with the attributes {@code version} ({@code 1.0}, {@code 1.1},
 * {@code 2.0} or {@code 2.1}, from the magic) and {@code frameCount} (the whole frames), and,
 * when the stream ends in something that is not a whole frame, one child {@code DamagedTail}
 * with {@code offset} (where it starts), {@code length} (its bytes, -1 if the stream's length
 * is unknown) and {@code reason}.
 */
public final class OpenMvStreamMetadataFormat extends IIOMetadataFormatImpl {
    static final String DAMAGED_TAIL = "DamagedTail";

    private static final String LONG_MAX = Long.toString(Long.MAX_VALUE);
    private static final OpenMvStreamMetadataFormat INSTANCE = new OpenMvStreamMetadataFormat();

    private OpenMvStreamMetadataFormat() {
        super(OpenMvStreamMetadata.ROOT, CHILD_POLICY_SOME);
        String root = OpenMvStreamMetadata.ROOT;
        addAttribute(root, "version", DATATYPE_STRING, true, null, List.of("1.0", "1.1", "2.0", "2.1"));
        addAttribute(root, "frameCount", DATATYPE_INTEGER, true, null, "0", Integer.toString(Integer.MAX_VALUE), true, true);
        addElement(DAMAGED_TAIL, root, CHILD_POLICY_EMPTY);
        addAttribute(DAMAGED_TAIL, "offset", DATATYPE_INTEGER, true, null, "0", LONG_MAX, true, true);
        addAttribute(DAMAGED_TAIL, "length", DATATYPE_INTEGER, true, null, "-1", LONG_MAX, true, true);
        addAttribute(DAMAGED_TAIL, "reason", DATATYPE_STRING, true, null);
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
