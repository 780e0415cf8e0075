package dev.omvio.sensors.openmv.protocol;

/** No (valid) packet came within the timeout. */
public class ProtocolTimeoutException extends ProtocolException {
    private static final long serialVersionUID = 1L;

    /** @param message what was awaited, and for how long */
    public ProtocolTimeoutException(String message) {
        super(message);
    }
}
