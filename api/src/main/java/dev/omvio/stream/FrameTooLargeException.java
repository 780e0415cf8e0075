package dev.omvio.stream;

/** A frame does not fit a memory stream's slot (the camera's "Invalid frame size"). */
public class FrameTooLargeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The data bytes of the frame that did not fit. */
    private final long frameSize;
    /** The data bytes one slot holds. */
    private final long slotSize;

    /**
     * @param frameSize data bytes of the frame
     * @param slotSize data bytes one slot holds
     */
    public FrameTooLargeException(long frameSize, long slotSize) {
        super("frame of " + frameSize + " bytes does not fit a slot of " + slotSize + " bytes");
        this.frameSize = frameSize;
        this.slotSize = slotSize;
    }

    /** {@return data bytes of the frame that did not fit} */
    public long frameSize() {
        return frameSize;
    }

    /** {@return data bytes one slot holds} */
    public long slotSize() {
        return slotSize;
    }
}
