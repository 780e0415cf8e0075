package dev.omvio.stream;

import dev.omvio.image.PixelFormat;

/**
 * What a stream knows of one frame without reading its data.
 *
 * @param index position of the frame in the stream, from 0
 * @param offset where the frame is stored: for file streams, the file position of its chunk
 *     header; for memory streams, the byte position of its slot in the store
 * @param width width in pixels
 * @param height height in pixels
 * @param format pixel format (version 1 files' Bayer frames are {@link PixelFormat#BAYER_BGGR})
 * @param intervalMicros time since the previous frame in microseconds (the first frame: since
 *     the stream was opened), converted from milliseconds for versions 1.0, 1.1 and 2.0
 * @param dataSize number of data bytes
 */
public record FrameInfo(
        int index, long offset, int width, int height, PixelFormat format, long intervalMicros, long dataSize) {
}
