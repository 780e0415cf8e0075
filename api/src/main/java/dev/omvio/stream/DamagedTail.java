package dev.omvio.stream;

/**
 * The part of a stream file after its last whole frame that could not be read as frames, for
 * example the half-written chunk of a camera that lost power. Every frame before it stays
 * readable; {@link ImageStreams#repair(java.nio.file.Path)} cuts it off.
 *
 * @param offset file position where the damage starts (the end of the last whole frame)
 * @param length number of bytes from there to the end of the file
 * @param reason what is wrong there, for people
 */
public record DamagedTail(long offset, long length, String reason) {
}
