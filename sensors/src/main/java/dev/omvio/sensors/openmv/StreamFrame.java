package dev.omvio.sensors.openmv;

import dev.omvio.image.PixelFormat;
import dev.omvio.sensors.openmv.protocol.Bytes;

/**
 * The stream channel's header, as the firmware lays it before a frame and OpenMV's host library
 * reads it: width, height, pixel format code, depth and the offset of the frame's data, 32-bit
 * little-endian each; the data runs from the offset to the end of what the channel holds.
 *
 * @param width frame width
 * @param height frame height
 * @param format pixel format
 * @param offset where the data starts, from the start of the header
 * @param length data bytes
 */
record StreamFrame(int width, int height, PixelFormat format, int offset, int length) {
    /** Bytes of the header. */
    static final int HEADER_SIZE = 20;
    /** The largest width or height accepted, as the stream file format's. */
    static final int MAX_DIMENSION = 32767;

    /**
     * Checks the header of a {@code size}-byte stream buffer.
     *
     * @throws CameraStreamException naming the field that is wrong
     */
    static StreamFrame parse(byte[] b, int size) throws CameraStreamException {
        if (size <= HEADER_SIZE) {
            throw new CameraStreamException("the camera's stream holds " + size + " bytes: not even a frame header");
        }
        int width = Bytes.getInt(b, 0);
        int height = Bytes.getInt(b, 4);
        int code = Bytes.getInt(b, 8);
        int offset = Bytes.getInt(b, 16);
        if (width <= 0 || height <= 0 || width > MAX_DIMENSION || height > MAX_DIMENSION) {
            throw new CameraStreamException("the camera sent a frame of " + (width & 0xFFFFFFFFL) + "x"
                    + (height & 0xFFFFFFFFL) + " pixels");
        }
        PixelFormat format = PixelFormat.ofCode(code).orElseThrow(() -> new CameraStreamException(
                String.format("the camera sent a frame of unknown pixel format 0x%08X", code)));
        if (offset < HEADER_SIZE || offset >= size) {
            throw new CameraStreamException("the camera's frame header puts the data at " + offset + " of " + size + " bytes");
        }
        int length = size - offset;
        if (!format.isCompressed() && format.dataSize(width, height) != length) {
            throw new CameraStreamException("the camera sent " + length + " bytes for a " + width + "x" + height + " "
                    + format + " frame, which needs " + format.dataSize(width, height));
        }
        return new StreamFrame(width, height, format, offset, length);
    }
}
