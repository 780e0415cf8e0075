package dev.omvio.sensors.openmv;

import dev.omvio.sensors.openmv.protocol.HostSession;
import dev.omvio.sensors.openmv.protocol.Link;
import dev.omvio.sensors.openmv.protocol.Opcode;
import dev.omvio.sensors.openmv.protocol.Packet;
import dev.omvio.sensors.openmv.protocol.ScriptedLink;
import org.junit.jupiter.api.Test;

import java.net.SocketTimeoutException;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a session's posted bytes become with a deferred send: sent by the thread once the delay
 * has passed, or left to the owner who comes back in time; the thread parked without a timeout
 * once deferrals stop, woken by the next one, and gone after close.
 */
class DeferredSendTest {
    private static final int STREAM = 3;
    private static final byte[] UNLOCK = new Packet(0, STREAM, 0, Opcode.CHANNEL_UNLOCK, null).encode();
    private static final byte[] LOCK = new Packet(1, STREAM, 0, Opcode.CHANNEL_LOCK, null).encode();

    @Test
    void sendsWhatIsDeferredOnceTheDelayHasPassed() throws Exception {
        RecordingLink link = new RecordingLink();
        HostSession session = new HostSession(link, HostSession.Options.DEFAULT);
        long delay = 20_000_000;
        DeferredSend send = new DeferredSend(session, delay, DeferredSend.IDLE_NANOS);
        send.acquire();
        session.post(Opcode.CHANNEL_UNLOCK, STREAM, null, 2);
        long deferred = System.nanoTime();
        send.defer();
        send.release();

        Write w = link.writes.poll(5, TimeUnit.SECONDS);
        assertThat(w).isNotNull();
        assertThat(w.bytes).isEqualTo(UNLOCK);
        assertThat(w.nanos - deferred).isGreaterThanOrEqualTo(delay);
        send.close();
        send.thread().join(5000);
        assertThat(send.thread().isAlive()).isFalse();
        assertThat(link.writes).isEmpty();
    }

    @Test
    void leavesWhatIsDeferredToTheOwnerWhoComesBackInTime() throws Exception {
        RecordingLink link = new RecordingLink();
        HostSession session = new HostSession(link, HostSession.Options.DEFAULT);
        DeferredSend send = new DeferredSend(session, TimeUnit.SECONDS.toNanos(30), DeferredSend.IDLE_NANOS);
        send.acquire();
        session.post(Opcode.CHANNEL_UNLOCK, STREAM, null, 2);
        send.defer();
        send.release();
        send.acquire();
        session.post(Opcode.CHANNEL_LOCK, STREAM, null, 2);
        session.flush();
        send.release();
        send.close();
        send.thread().join(5000);

        assertThat(send.thread().isAlive()).isFalse();
        assertThat(link.writes).hasSize(1);
        assertThat(link.writes.poll().bytes).isEqualTo(ScriptedLink.concat(UNLOCK, LOCK));
    }

    @Test
    void parksWithoutTimeoutWhenDeferralsStopAndWakesForTheNext() throws Exception {
        RecordingLink link = new RecordingLink();
        HostSession session = new HostSession(link, HostSession.Options.DEFAULT);
        DeferredSend send = new DeferredSend(session, 1_000_000, 10_000_000);
        send.acquire();
        session.post(Opcode.CHANNEL_UNLOCK, STREAM, null, 2);
        send.defer();
        send.release();
        assertThat(link.writes.poll(5, TimeUnit.SECONDS).bytes).isEqualTo(UNLOCK);

        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (send.thread().getState() != Thread.State.WAITING && System.nanoTime() < until) {
            Thread.sleep(1);
        }
        assertThat(send.thread().getState()).isEqualTo(Thread.State.WAITING);

        send.acquire();
        session.post(Opcode.CHANNEL_LOCK, STREAM, null, 2);
        send.defer();
        send.release();
        Write w = link.writes.poll(5, TimeUnit.SECONDS);
        assertThat(w).isNotNull();
        assertThat(w.bytes).isEqualTo(LOCK);
        send.close();
        send.thread().join(5000);
        assertThat(send.thread().isAlive()).isFalse();
    }

    private record Write(byte[] bytes, long nanos) {
    }

    /** A link that records each write with its time and never has anything to read. */
    private static final class RecordingLink implements Link {
        final BlockingQueue<Write> writes = new LinkedBlockingQueue<>();

        @Override
        public int read(byte[] buffer, int offset, int length) throws SocketTimeoutException {
            throw new SocketTimeoutException("nothing to read");
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            writes.add(new Write(Arrays.copyOfRange(buffer, offset, offset + length), System.nanoTime()));
        }

        @Override
        public void setReadTimeout(int millis) {
        }

        @Override
        public String describe() {
            return "recording";
        }

        @Override
        public void close() {
        }
    }
}
