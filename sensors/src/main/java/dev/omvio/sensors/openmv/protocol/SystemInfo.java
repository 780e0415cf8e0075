package dev.omvio.sensors.openmv.protocol;

/**
 * SYS_INFO's answer (76 bytes, specification section 4.3): CPU id at 0, device id (three
 * words) at 4, USB VID:PID at 16 (VID in the upper half), sensor chip ids (three words) at 20,
 * hardware capability words at 40, then flash, RAM, frame buffer and stream buffer sizes in KiB
 * at 48, 52, 56 and 60.
 *
 * @param cpuId the ARM CPUID register
 * @param deviceId the unique device id, 24 hexadecimal digits
 * @param usbVid the USB vendor id
 * @param usbPid the USB product id
 * @param chipIds the detected image sensors' chip ids (zeros for none)
 * @param hwCaps the first hardware capability word (bit 0 GPU ... bit 16 WiFi ...)
 * @param flashKb flash size in KiB
 * @param ramKb RAM size in KiB
 * @param frameBufferKb main frame buffer size in KiB
 * @param streamBufferKb stream buffer size in KiB
 */
public record SystemInfo(int cpuId, String deviceId, int usbVid, int usbPid, int[] chipIds, int hwCaps,
        int flashKb, int ramKb, int frameBufferKb, int streamBufferKb) {
    /** The payload size. */
    public static final int SIZE = 76;

    /**
     * Reads the wire form; the reserved bytes and bytes past {@link #SIZE} are ignored, and only
     * the first hardware capability word is kept.
     *
     * @param b SYS_INFO's answer
     * @return the information it holds, the USB id split into vendor and product ids
     * @throws ProtocolException if it is shorter than {@link #SIZE}
     */
    public static SystemInfo decode(byte[] b) throws ProtocolException {
        if (b.length < SIZE) {
            throw new ProtocolException("system information of " + b.length + " bytes: " + SIZE + " expected");
        }
        int usb = Bytes.getInt(b, 16);
        return new SystemInfo(Bytes.getInt(b, 0),
                String.format("%08X%08X%08X", Bytes.getInt(b, 4), Bytes.getInt(b, 8), Bytes.getInt(b, 12)),
                usb >>> 16, usb & 0xFFFF,
                new int[] {Bytes.getInt(b, 20), Bytes.getInt(b, 24), Bytes.getInt(b, 28)},
                Bytes.getInt(b, 40), Bytes.getInt(b, 48), Bytes.getInt(b, 52), Bytes.getInt(b, 56), Bytes.getInt(b, 60));
    }

    /**
     * {@return the 76-byte wire form, reserved bytes zero; chip ids past the third are left out
     * and missing ones are zero}
     *
     * @throws NumberFormatException if a digit of {@link #deviceId()} is not hexadecimal
     * @throws IndexOutOfBoundsException if {@link #deviceId()} is shorter than 24 digits
     */
    public byte[] encode() {
        byte[] b = new byte[SIZE];
        Bytes.putInt(b, 0, cpuId);
        for (int i = 0; i < 3; i++) {
            Bytes.putInt(b, 4 + 4 * i, (int) Long.parseLong(deviceId.substring(8 * i, 8 * i + 8), 16));
            Bytes.putInt(b, 20 + 4 * i, i < chipIds.length ? chipIds[i] : 0);
        }
        Bytes.putInt(b, 16, usbVid << 16 | usbPid);
        Bytes.putInt(b, 40, hwCaps);
        Bytes.putInt(b, 48, flashKb);
        Bytes.putInt(b, 52, ramKb);
        Bytes.putInt(b, 56, frameBufferKb);
        Bytes.putInt(b, 60, streamBufferKb);
        return b;
    }
}
