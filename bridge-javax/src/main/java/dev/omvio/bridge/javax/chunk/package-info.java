/**
 * The chunk layer of "OMV IMG STR" files over {@code javax.imageio} streams: a lazily built
 * index of the frames of any {@link javax.imageio.stream.ImageInputStream} (seekable or not),
 * and the writer of version 2.0 chunks. The layout facts (magics, header layouts, Pad16) are
 * the file engine's, from {@code dev.omvio.core.file.format}; this package only does the
 * stream I/O around them. Internal to the bridge.
 */
package dev.omvio.bridge.javax.chunk;
