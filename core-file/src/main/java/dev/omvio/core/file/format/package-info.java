/**
 * The layout facts of "OMV IMG STR" stream files, shared by omvio's readers and writers (the
 * file engine and the {@code javax.imageio} bridge): the four versions and their magics, the
 * decoding, encoding and range checks of chunk headers, and the Pad16 rule that aligns every
 * chunk. Nothing here does I/O: callers read and write the bytes with their own channels or
 * streams and hand them over as arrays and buffers.
 */
package dev.omvio.core.file.format;
