package dev.omvio.sensors.openmv;

import dev.omvio.sensors.openmv.protocol.ProtocolException;

/**
 * The camera's stream cannot give a frame: none came in time, or what it holds is not a frame
 * this driver accepts (an unknown pixel format, a size past {@code maxframe}). Not repaired by a
 * resynchronisation.
 */
public final class CameraStreamException extends ProtocolException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong with the stream */
    public CameraStreamException(String message) {
        super(message);
    }

    @Override
    public boolean isRecoverable() {
        return false;
    }
}
