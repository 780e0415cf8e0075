package dev.omvio.sensors.openmv.protocol;

/** The device answered a command with a NAK: it refused it, and says why. */
public class NakException extends ProtocolException {
    private static final long serialVersionUID = 1L;

    /** The command refused, one of {@link Opcode}'s. */
    private final int opcode;
    /** The {@link Status} code the NAK carried. */
    private final int status;

    /**
     * A refusal, its message naming the command, the channel (unless 0) and the status.
     *
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

    /** {@return the command refused, one of {@link Opcode}'s} */
    public int opcode() {
        return opcode;
    }

    /** {@return the {@link Status} code the NAK carried, such as {@link Status#BUSY}} */
    public int status() {
        return status;
    }

    /**
     * {@return true for {@link Status#CHECKSUM}, {@link Status#SEQUENCE} and
     * {@link Status#TIMEOUT}: those are the link's errors, which a resynchronisation repairs;
     * false for a refusal of the command itself}
     */
    @Override
    public boolean isRecoverable() {
        return status == Status.CHECKSUM || status == Status.SEQUENCE || status == Status.TIMEOUT;
    }
}
