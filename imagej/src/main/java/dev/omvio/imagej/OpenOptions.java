package dev.omvio.imagej;

import dev.omvio.codec.DecodeOptions;

import java.util.Objects;

/**
 * How {@link OpenMvStacks#open(java.nio.file.Path, OpenOptions)} opens a recording.
 *
 * @param stack whether frames are read into memory at once or on demand
 * @param virtualThreshold with {@link StackKind#AUTO}, the decoded size in bytes (frames x width
 *     x height x 1 for 8-bit or 4 for RGB) above which the stack is virtual
 * @param decode how frames are decoded (Bayer demosaic algorithm, pixel budget)
 */
public record OpenOptions(StackKind stack, long virtualThreshold, DecodeOptions decode) {
    /** The default {@link #virtualThreshold()}: 256 MiB, or a quarter of the heap if that is less. */
    public static final long DEFAULT_VIRTUAL_THRESHOLD = Math.min(256L << 20, Runtime.getRuntime().maxMemory() / 4);

    /** Automatic stack kind, the default threshold and {@link DecodeOptions#DEFAULT}. */
    public static final OpenOptions DEFAULT = new OpenOptions(StackKind.AUTO, DEFAULT_VIRTUAL_THRESHOLD, DecodeOptions.DEFAULT);

    /** Where a stack's frames live. */
    public enum StackKind {
        /** Virtual when the decoded stack would exceed {@link OpenOptions#virtualThreshold()}. */
        AUTO,
        /** Always virtual: frames are read and decoded when ImageJ shows or processes them. */
        VIRTUAL,
        /** Always in memory: every frame is read and decoded at once. */
        IN_MEMORY
    }

    /**
     * Checks the values.
     *
     * @param stack where the frames live: virtual, in memory, or chosen by size
     * @param virtualThreshold the decoded size in bytes above which AUTO opens a virtual stack
     * @param decode how frames are decoded
     * @throws NullPointerException if {@code stack} or {@code decode} is null
     * @throws IllegalArgumentException if {@code virtualThreshold} is negative
     */
    public OpenOptions {
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(decode, "decode");
        if (virtualThreshold < 0) {
            throw new IllegalArgumentException("virtual threshold must be at least 0, got " + virtualThreshold);
        }
    }

    /**
     * {@return these options with another stack kind}
     *
     * @param kind where the frames live
     */
    public OpenOptions withStack(StackKind kind) {
        return new OpenOptions(kind, virtualThreshold, decode);
    }

    /**
     * {@return these options with another virtual threshold in bytes}
     *
     * @param bytes the decoded size above which AUTO opens a virtual stack
     */
    public OpenOptions withVirtualThreshold(long bytes) {
        return new OpenOptions(stack, bytes, decode);
    }

    /**
     * {@return these options with other decode options}
     *
     * @param options how frames are decoded
     */
    public OpenOptions withDecode(DecodeOptions options) {
        return new OpenOptions(stack, virtualThreshold, options);
    }
}
