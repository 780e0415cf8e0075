/**
 * The "OMV IMG STR" file stream engine behind {@code dev.omvio.stream.ImageStreams.open}: it
 * reads versions 1.0, 1.1, 2.0 and 2.1, writes version 2.0 byte-identical to the camera
 * firmware, indexes every frame in one pass over the chunk headers when a file is opened (so
 * seeks take constant time and counts are exact), and keeps every whole frame readable in
 * front of a damaged tail such as the half-written chunk of a camera that lost power.
 *
 * <p>Only {@link dev.omvio.core.file.FileStreamEngine}, the service provider, is public;
 * applications use the API module, not this package. The format's layout facts, which the
 * engine shares with omvio's other readers and writers, are in {@link dev.omvio.core.file.format}.
 */
package dev.omvio.core.file;
