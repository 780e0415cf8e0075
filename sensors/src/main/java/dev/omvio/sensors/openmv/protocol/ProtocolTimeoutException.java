package dev.omvio.sensors.openmv.protocol;

/** No (valid) packet came within the timeout. */
public class ProtocolTimeoutException extends ProtocolException {
    private static final long serialVersionUID = 1L;

    /** False when even a resynchronisation went unanswered. */
    private final boolean recoverable;

    /**
     * A timeout a resynchronisation may repair.
     *
     * @param message what was awaited, and for how long
     */
    public ProtocolTimeoutException(String message) {
        this(message, true);
    }

    /**
     * @param message what was awaited, and for how long
     * @param recoverable false when even resynchronisation went unanswered: the device is silent
     */
    public ProtocolTimeoutException(String message, boolean recoverable) {
        super(message);
        this.recoverable = recoverable;
    }

    @Override
    public boolean isRecoverable() {
        return recoverable;
    }
}
