package dev.omvio.bridge.javax;

/** What the reader and writer providers both announce to the {@code IIORegistry}. */
final class PluginInfo {
    static final String VENDOR = "omvio";
    static final String VERSION = "0.1.0";
    static final String[] FORMAT_NAMES = {"openmv", "omv"};
    static final String[] SUFFIXES = {"bin"};
    static final String[] MIME_TYPES = {"image/x-openmv-stream"};
    static final String STREAM_METADATA_FORMAT = OpenMvStreamMetadata.NATIVE_FORMAT_NAME;
    static final String STREAM_METADATA_FORMAT_CLASS = OpenMvStreamMetadataFormat.class.getName();
    static final String FRAME_METADATA_FORMAT = OpenMvFrameMetadata.NATIVE_FORMAT_NAME;
    static final String FRAME_METADATA_FORMAT_CLASS = OpenMvFrameMetadataFormat.class.getName();

    private PluginInfo() {
    }
}
