package dev.omvio.sensors.openmv;

import dev.omvio.sensors.openmv.protocol.Bytes;
import dev.omvio.sensors.openmv.protocol.Caps;
import dev.omvio.sensors.openmv.protocol.HostSession;
import dev.omvio.sensors.openmv.protocol.NakException;
import dev.omvio.sensors.openmv.protocol.Opcode;
import dev.omvio.sensors.openmv.protocol.ProtocolException;
import dev.omvio.sensors.openmv.protocol.Status;
import dev.omvio.stream.StreamClock;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.locks.LockSupport;

/**
 * Reads the stream channel's frames into one reused buffer, one frame per call, the whole
 * exchange retried after a resynchronisation: lock, size, read, unlock.
 *
 * <p>Pipelined ({@code pipeline=true}, the default), commands go out together and their answers
 * are collected in order ({@link HostSession#post}): the firmware processes every whole packet
 * one read brings it, one after the other, on every transport ({@code omv_protocol_poll}). A
 * frame's UNLOCK is posted as soon as the frame is in, its answer collected with the next
 * frame's; it goes out with the next frame's commands when the application asks for that frame
 * within {@link DeferredSend#DELAY_NANOS}, and alone at that time otherwise, so that the camera
 * can fill its stream buffer while the application works ({@link DeferredSend}). The next frame
 * is LOCK, SIZE and, when the last frame was locked at the first try, a
 * READ of the last frame's size, all in one write: one round trip when the camera has the frame
 * ready and its size repeats (for raw formats it always does). A frame longer than the guess has
 * the rest read; one shorter has the read refused (the stream channel's {@code readp} NAKs a read
 * past the frame: FAILED) and is read again at its size. With the ACK capability on, the READ is
 * not sent behind SIZE: SIZE's answer asks for an acknowledgment, the firmware consumes an ACK
 * only when it finds it at the start of its 4 KiB receive buffer, so one stuck behind a queued
 * command would keep every fragment's ACK of the read from being consumed until the read is over
 * (a frame of over about 400 fragments would overflow the buffer); so LOCK and SIZE, then READ.
 * While the lock is refused (BUSY: no frame yet, or the firmware's 10 ms between locks) the polls
 * are LOCK and SIZE only, so that a camera never sends a whole frame for a refused lock more
 * than once.
 *
 * <p>Not pipelined, one command at a time, each answer awaited: four round trips a frame.
 */
final class FrameReader {
    /** The longest CHANNEL_SIZE answer accepted: one that surely fits in one packet (the firmware sends 4 bytes). */
    static final int SIZE_ANSWER = Caps.MIN_PAYLOAD;

    private final HostSession session;
    private final DeferredSend send;
    private final StreamClock clock;
    private final int stream;
    private final int waitMillis;
    private final int maxFrame;
    private final boolean pipeline;
    private final HostSession.Call<StreamFrame> attempt = this::attempt;
    private final byte[] readRequest = new byte[8];
    private byte[] buffer = new byte[0];
    private long arrival;
    private long deadline;
    private int lastSize; // the last frame's bytes, header included; 0 before the first
    private boolean speculate; // the last frame was locked at the first try: guess its size

    FrameReader(DeferredSend send, StreamClock clock, int stream, int waitMillis, int maxFrame, boolean pipeline) {
        this.send = send;
        this.session = send.session();
        this.clock = clock;
        this.stream = stream;
        this.waitMillis = waitMillis;
        this.maxFrame = maxFrame;
        this.pipeline = pipeline;
    }

    /** {@return the buffer the last frame is in (the stream header, then the data)} */
    byte[] buffer() {
        return buffer;
    }

    /** {@return when the last frame was locked, on the clock} */
    long arrival() {
        return arrival;
    }

    /**
     * The next frame, in {@link #buffer()}.
     *
     * @throws CameraStreamException if no frame comes within {@code wait}, or the frame is not
     *     one this driver accepts
     * @throws IOException if the exchange fails after its retries
     */
    StreamFrame next() throws IOException {
        send.acquire();
        try {
            deadline = System.nanoTime() + waitMillis * 1_000_000L;
            return session.retrying(attempt);
        } finally {
            send.release();
        }
    }

    private StreamFrame attempt() throws IOException {
        long pause = 50_000;
        for (boolean first = true;; first = false) {
            int guess = pipeline && first && speculate && !session.caps().ack() ? lastSize : 0;
            int earlier = session.posted(); // the last frame's UNLOCK
            session.post(Opcode.CHANNEL_LOCK, stream, null, 2);
            if (pipeline) {
                session.post(Opcode.CHANNEL_SIZE, stream, null, SIZE_ANSWER);
                if (guess > 0) {
                    Bytes.putInt(readRequest, 0, 0);
                    Bytes.putInt(readRequest, 4, guess);
                    session.post(Opcode.CHANNEL_READ, stream, readRequest, guess);
                }
            }
            session.skipAnswers(earlier);
            if (locked()) {
                arrival = clock.nanoTime();
                StreamFrame frame = readLocked(guess);
                speculate = first;
                return frame;
            }
            session.skipAnswers(session.posted());
            if (System.nanoTime() > deadline) {
                throw new CameraStreamException("no frame from the camera at " + session.link().describe()
                        + " in " + waitMillis + " ms");
            }
            pause(pause);
            pause = Math.min(OpenMvSensor.MAX_POLL_NANOS, pause * 2);
        }
    }

    private boolean locked() throws IOException {
        try {
            session.answer();
            return true;
        } catch (NakException e) {
            if (e.status() == Status.BUSY) {
                return false;
            }
            throw e;
        }
    }

    // The answers to SIZE and the guessed READ when they were posted, the rest of the frame read.
    private StreamFrame readLocked(int guess) throws IOException {
        StreamFrame frame;
        try {
            long size = pipeline ? size(session.answer()) : session.size(stream);
            if (size > (long) maxFrame + StreamFrame.HEADER_SIZE) {
                throw new CameraStreamException("the camera offers a frame of " + size + " bytes, more than "
                        + "maxframe=" + maxFrame);
            }
            int n = (int) size;
            if (buffer.length < n) {
                buffer = new byte[n]; // the guessed read is at most the last frame's size, so it fits too
            }
            int got = 0;
            if (guess > 0) {
                try {
                    got = Math.min(n, session.answerInto(buffer, 0));
                } catch (NakException e) {
                    if (e.status() != Status.FAILED || guess <= n) {
                        throw e;
                    }
                    // a shorter frame than the guess: read at its size below
                }
            }
            while (got < n) {
                int more = session.readInto(stream, got, n - got, buffer, got);
                if (more == 0) {
                    throw new ProtocolException("the camera at " + session.link().describe()
                            + " answered a read of its stream with no bytes");
                }
                got += more;
            }
            frame = StreamFrame.parse(buffer, n);
            lastSize = n;
        } catch (ProtocolException e) {
            if (!e.isRecoverable()) {
                unlockQuietly();
            }
            throw e;
        }
        if (pipeline) {
            session.post(Opcode.CHANNEL_UNLOCK, stream, null, 2);
            send.defer();
            return frame;
        }
        try {
            session.unlock(stream);
        } catch (ProtocolException e) {
            // The frame is whole; the next call's resynchronisation repairs the link.
            if (!e.isRecoverable()) {
                throw e;
            }
            session.resync();
        }
        return frame;
    }

    private static long size(byte[] answer) throws ProtocolException {
        if (answer.length < 4) {
            throw new ProtocolException("CHANNEL_SIZE answered with " + answer.length + " bytes: 4 expected");
        }
        return Bytes.getInt(answer, 0) & 0xFFFFFFFFL;
    }

    private void unlockQuietly() {
        try {
            session.unlock(stream);
        } catch (IOException ignored) {
            // the error that brought us here is the one to report
        }
    }

    private static void pause(long nanos) throws InterruptedIOException {
        LockSupport.parkNanos(nanos);
        if (Thread.interrupted()) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a frame");
        }
    }
}
