package dev.omvio.sensors.openmv;

import dev.omvio.sensors.openmv.protocol.HostSession;

import java.io.IOException;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link HostSession} shared by its owner and a thread that sends what the owner posted and
 * left unsent ({@link #defer()}) once a delay has passed without the owner coming back to the
 * session ({@link #acquire()}).
 *
 * <p>Why: a frame's UNLOCK costs least sent with the next frame's commands, in the one write
 * that the camera answers in one go, and it can be when the application asks for the next frame
 * at once. But a camera does not refresh its stream buffer while the host holds the lock, so an
 * application that works on each frame must not keep the camera waiting for longer than the
 * delay.
 *
 * <p>The thread starts at the first deferral. While deferrals come it wakes at least once per
 * delay; after a quiet spell it parks until the next deferral wakes it. So a camera streamed at
 * full pace costs no wake-up per frame, and an idle one costs none at all.
 */
final class DeferredSend {
    /** How long deferred bytes wait for the owner: the longest a frame's UNLOCK is held back. */
    static final long DELAY_NANOS = 1_000_000;
    /** How long without a deferral before the thread parks until the next one. */
    static final long IDLE_NANOS = 100_000_000;

    private final HostSession session;
    private final long delayNanos;
    private final long idleNanos;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile long due; // when the deferred bytes are to go, on System.nanoTime; 0: nothing deferred
    private volatile long deferrals; // counted, so that the thread tells a busy owner from an idle one
    private volatile boolean parked; // the thread waits for a deferral with no timeout
    private volatile boolean closed;
    private Thread thread;

    /**
     * @param session the session to guard; every use of it goes between {@link #acquire()} and
     *     {@link #release()} from now on
     * @param delayNanos how long deferred bytes wait for the owner
     * @param idleNanos how long without a deferral before the thread parks until the next one
     */
    DeferredSend(HostSession session, long delayNanos, long idleNanos) {
        this.session = session;
        this.delayNanos = delayNanos;
        this.idleNanos = idleNanos;
    }

    /** {@return the session guarded} */
    HostSession session() {
        return session;
    }

    /** Takes the session, waiting while the thread sends; what was deferred stays for the owner to send. */
    void acquire() {
        lock.lock();
        due = 0;
    }

    /** Gives the session back. */
    void release() {
        lock.unlock();
    }

    /**
     * Has what is posted on the session and not yet written sent within the delay unless the
     * owner {@link #acquire() acquires} the session before; the owner holds it now.
     */
    void defer() {
        due = System.nanoTime() + delayNanos;
        deferrals++; // only the owner writes it, holding the lock
        if (thread == null) {
            thread = new Thread(this::run, "omvio-openmv-send " + session.link().describe());
            thread.setDaemon(true);
            thread.start();
        } else if (parked) {
            LockSupport.unpark(thread);
        }
    }

    /**
     * Stops the thread, once it has finished a send under way; the session is the owner's alone
     * from now on, what is deferred left for the owner to send (or drop).
     */
    void close() {
        lock.lock();
        try {
            closed = true;
            due = 0;
        } finally {
            lock.unlock();
        }
        if (thread != null) {
            LockSupport.unpark(thread);
        }
    }

    /** {@return the thread, once a deferral started it; null before} */
    Thread thread() {
        return thread;
    }

    private void run() {
        long seen = 0;
        long lastDeferral = System.nanoTime();
        while (!closed) {
            long now = System.nanoTime();
            long n = deferrals;
            if (n != seen) {
                seen = n;
                lastDeferral = now;
            }
            long d = due;
            if (d != 0 && now - d >= 0) {
                sendDue();
            } else if (d != 0) {
                LockSupport.parkNanos(this, d - now);
            } else if (now - lastDeferral < idleNanos) {
                LockSupport.parkNanos(this, delayNanos);
            } else {
                parked = true;
                if (deferrals == seen && !closed) { // a deferral after this sees parked and unparks
                    LockSupport.park(this);
                }
                parked = false;
            }
        }
    }

    private void sendDue() {
        lock.lock();
        try {
            long d = due;
            if (d != 0 && System.nanoTime() - d >= 0) {
                due = 0;
                session.flush();
            }
        } catch (IOException e) {
            // The owner's next exchange meets the same link and reports what is wrong with it.
        } finally {
            lock.unlock();
        }
    }
}
