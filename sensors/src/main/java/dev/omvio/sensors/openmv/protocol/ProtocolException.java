package dev.omvio.sensors.openmv.protocol;

import java.io.IOException;

/**
 * The peer broke the protocol, or the link failed in a way the protocol could not repair: a
 * reply too long or of the wrong kind, too much garbage, retries exhausted.
 */
public class ProtocolException extends IOException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, for a user */
    public ProtocolException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, for a user
     * @param cause the failure behind it
     */
    public ProtocolException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * {@return whether a resynchronisation and a new attempt may succeed; true here, and
     * {@link HostSession#retrying(HostSession.Call)} retries on it; false for the subclasses
     * whose cause a resynchronisation does not remove (a closed link, a silent device, a
     * refused command)}
     */
    public boolean isRecoverable() {
        return true;
    }
}
