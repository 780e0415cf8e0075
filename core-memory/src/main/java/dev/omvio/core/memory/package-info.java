/**
 * The memory stream engine: the camera's {@code ImageIO((w, h, pixformat), n)}, a fixed number
 * of equal slots allocated once off the Java heap and never grown.
 *
 * <p>{@link dev.omvio.core.memory.MemoryStreamEngine} is the service that
 * {@code dev.omvio.stream.ImageStreams.allocate} finds. Behind it, {@code SlotLayout} applies
 * FORMAT.md's slot sizing rule, {@code SlotStore} holds the slot bytes in direct buffers (in
 * several chunks, so a store may exceed 2 GiB), {@code SlotTable} remembers what each slot
 * holds, and {@code MemoryImageStream} is the stream itself.
 */
package dev.omvio.core.memory;
