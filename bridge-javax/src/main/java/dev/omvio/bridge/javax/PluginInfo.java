package dev.omvio.bridge.javax;

/** What the reader and writer providers both announce to the {@code IIORegistry}. */
final class PluginInfo {
    static final String VENDOR = "omvio";
    static final String VERSION = "0.1.0";
    static final String[] FORMAT_NAMES = {"openmv", "omv"};
    static final String[] SUFFIXES = {"bin"};
    static final String[] MIME_TYPES = {"image/x-openmv-stream"};

    private PluginInfo() {
    }
}
