/**
 * The chunk layer of "OMV IMG STR" files over {@code javax.imageio} streams: the four
 * versions' magics and header layouts, a lazily built index of the frames of any
 * {@link javax.imageio.stream.ImageInputStream} (seekable or not), and the writer of
 * version 2.0 chunks. The facts are those of FORMAT.md, mirrored from the file engine, whose
 * package is not exported; internal to the bridge.
 */
package dev.omvio.bridge.javax.chunk;
