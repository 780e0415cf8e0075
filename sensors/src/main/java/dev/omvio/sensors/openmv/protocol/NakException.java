package dev.omvio.sensors.openmv.protocol;

/** The device answered a command with a NAK: it refused it, and says why. */
public class NakException extends ProtocolException {
    private static final long serialVersionUID = 1L;

    private final int opcode;
    private final int status;

    /**
     * @param opcode the command refused
     * @param channel the channel it was sent to
     * @param status the {@link Status} the NAK carried
     */
    public NakException(int opcode, int channel, int status) {
        super("the camera refused " + Opcode.name(opcode) + (channel == 0 ? "" : " on channel " + channel)
                + ": " + Status.name(status));
        this.opcode = opcode;
        this.status = status;
    }

    /** The command refused. */
    public int opcode() {
        return opcode;
    }

    /** The {@link Status} code. */
    public int status() {
        return status;
    }

    /** Checksum and sequence errors are the link's: a resynchronisation repairs them. */
    @Override
    public boolean isRecoverable() {
        return status == Status.CHECKSUM || status == Status.SEQUENCE || status == Status.TIMEOUT;
    }
}
