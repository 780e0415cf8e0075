package dev.omvio.sensors.openmv.emulator;

import dev.omvio.sensors.openmv.protocol.Bytes;
import dev.omvio.sensors.openmv.protocol.ForwardingLink;
import dev.omvio.sensors.openmv.protocol.Link;
import dev.omvio.sensors.openmv.protocol.Packet;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.Random;

/** A {@link Link} that applies {@link Faults} to each packet written through it. */
final class FaultyLink extends ForwardingLink {
    private final Faults faults;
    private final Random random;
    private long packets;

    FaultyLink(Link link, Faults faults) {
        super(link);
        this.faults = faults;
        this.random = new Random(faults.seed());
    }

    // The session lays several packets out in one write when it awaits no acknowledgment: the
    // faults apply to each packet, found from the length fields of their headers.
    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
        int end = offset + length;
        for (int at = offset; at < end;) {
            int n = end - at < Packet.HEADER_SIZE ? end - at
                    : Math.min(end - at, Packet.wireSize(Bytes.getShort(buffer, at + 6)));
            writePacket(buffer, at, n);
            at += n;
        }
    }

    private void writePacket(byte[] buffer, int offset, int length) throws IOException {
        packets++;
        if (faults.disconnectAfter() > 0 && packets > faults.disconnectAfter()) {
            link.close();
            throw new IOException("fault injected: disconnected after " + faults.disconnectAfter() + " packets");
        }
        if (random.nextDouble() < faults.drop()) {
            return;
        }
        byte[] wire = Arrays.copyOfRange(buffer, offset, offset + length);
        if (random.nextDouble() < faults.corrupt()) {
            wire[random.nextInt(wire.length)] ^= (byte) (1 << random.nextInt(8));
        }
        if (random.nextDouble() < faults.garbage()) {
            byte[] junk = new byte[1 + random.nextInt(64)];
            random.nextBytes(junk);
            link.write(junk, 0, junk.length);
        }
        if (random.nextDouble() < faults.delay()) {
            pause(faults.delayMillis());
        }
        if (wire.length > 1 && random.nextDouble() < faults.split()) {
            int cut = 1 + random.nextInt(wire.length - 1);
            link.write(wire, 0, cut);
            pause(1);
            link.write(wire, cut, wire.length - cut);
        } else {
            link.write(wire, 0, wire.length);
        }
    }

    private static void pause(int millis) throws InterruptedIOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while delaying a packet");
        }
    }
}
