/**
 * Reading part of a stream file without indexing all of it, for readers that split one file
 * into many parts read at once (the Spark source, whose planner has indexed the file once and
 * hands each task a run of frames).
 *
 * <p>{@link dev.omvio.core.file.split.FrameRunReader} starts at a chunk whose offset and frame
 * index are known and walks the run's own chunk headers, checking each as the engine's index
 * walk does; anything that is not the whole frames asked for is a
 * {@link dev.omvio.stream.StreamFormatException} with the offset and the reason.
 */
package dev.omvio.core.file.split;
