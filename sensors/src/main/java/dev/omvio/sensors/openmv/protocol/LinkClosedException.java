package dev.omvio.sensors.openmv.protocol;

/** The peer closed the connection (a camera unplugged or reset, an emulator stopped). */
public class LinkClosedException extends ProtocolException {
    private static final long serialVersionUID = 1L;

    /** @param message where the connection ended */
    public LinkClosedException(String message) {
        super(message);
    }

    @Override
    public boolean isRecoverable() {
        return false;
    }
}
