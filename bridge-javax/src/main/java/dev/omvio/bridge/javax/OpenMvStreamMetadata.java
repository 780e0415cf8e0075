package dev.omvio.bridge.javax;

import dev.omvio.stream.DamagedTail;

import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import org.w3c.dom.Node;

import java.util.Objects;
import java.util.Optional;

/**
 * What a reader knows of a whole stream, read-only: the version and the number of whole
 * frames, and the damaged tail if the stream ends in one. Native format
 * {@value #NATIVE_FORMAT_NAME} (see {@link OpenMvStreamMetadataFormat}); there is no standard
 * tree, since nothing in it describes a sequence of frames.
 */
public final class OpenMvStreamMetadata extends IIOMetadata {
    /** The name of the native stream metadata format. */
    public static final String NATIVE_FORMAT_NAME = "dev_omvio_openmv_stream_1.0";
    static final String ROOT = "OpenMVStream";

    private final String version;
    private final int frameCount;
    private final DamagedTail damagedTail;

    OpenMvStreamMetadata(String version, int frameCount, Optional<DamagedTail> damagedTail) {
        super(false, NATIVE_FORMAT_NAME, OpenMvStreamMetadataFormat.class.getName(), null, null);
        this.version = Objects.requireNonNull(version, "version");
        this.frameCount = frameCount;
        this.damagedTail = damagedTail.orElse(null);
    }

    /** {@return the version from the magic, {@code "1.0"}, {@code "1.1"}, {@code "2.0"} or {@code "2.1"}} */
    public String version() {
        return version;
    }

    /** {@return the number of whole frames} */
    public int frameCount() {
        return frameCount;
    }

    /** {@return the part after the last whole frame that is not a frame, if any} */
    public Optional<DamagedTail> damagedTail() {
        return Optional.ofNullable(damagedTail);
    }

    /** Always true: stream metadata describes what was read. */
    @Override
    public boolean isReadOnly() {
        return true;
    }

    @Override
    public Node getAsTree(String formatName) {
        if (!NATIVE_FORMAT_NAME.equals(formatName)) {
            throw new IllegalArgumentException("unsupported stream metadata format '" + formatName
                    + "': only " + NATIVE_FORMAT_NAME);
        }
        IIOMetadataNode root = new IIOMetadataNode(ROOT);
        root.setAttribute("version", version);
        root.setAttribute("frameCount", Integer.toString(frameCount));
        if (damagedTail != null) {
            IIOMetadataNode tail = new IIOMetadataNode(OpenMvStreamMetadataFormat.DAMAGED_TAIL);
            tail.setAttribute("offset", Long.toString(damagedTail.offset()));
            tail.setAttribute("length", Long.toString(damagedTail.length()));
            tail.setAttribute("reason", damagedTail.reason());
            root.appendChild(tail);
        }
        return root;
    }

    /** @throws IllegalStateException always: the metadata is read-only */
    @Override
    public void mergeTree(String formatName, Node root) {
        throw readOnly();
    }

    /** @throws IllegalStateException always: the metadata is read-only */
    @Override
    public void reset() {
        throw readOnly();
    }

    private static IllegalStateException readOnly() {
        return new IllegalStateException("stream metadata is read-only");
    }
}
