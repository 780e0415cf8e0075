package dev.omvio.bridge.javax;

import com.twelvemonkeys.imageio.spi.ReaderWriterProviderInfo;

/**
 * What the reader and writer providers both announce to the {@code IIORegistry}, in TwelveMonkeys'
 * provider-info form: format names {@code openmv} and {@code omv}, suffix {@code bin}, MIME type
 * {@code image/x-openmv-stream}, input from and output to image streams, the native stream and
 * frame metadata formats and no standard ones. Vendor and version are the package's
 * {@code Implementation-Vendor} and {@code Implementation-Version} (the bridge jar's manifest).
 */
final class OpenMvProviderInfo extends ReaderWriterProviderInfo {
    OpenMvProviderInfo() {
        super(OpenMvProviderInfo.class,
                new String[] {"openmv", "omv"},
                new String[] {"bin"},
                new String[] {"image/x-openmv-stream"},
                OpenMvImageReader.class.getName(), new String[] {OpenMvImageReaderSpi.class.getName()},
                OpenMvImageWriter.class.getName(), new String[] {OpenMvImageWriterSpi.class.getName()},
                false, OpenMvStreamMetadata.NATIVE_FORMAT_NAME, OpenMvStreamMetadataFormat.class.getName(), null, null,
                true, OpenMvFrameMetadata.NATIVE_FORMAT_NAME, OpenMvFrameMetadataFormat.class.getName(), null, null);
    }
}
