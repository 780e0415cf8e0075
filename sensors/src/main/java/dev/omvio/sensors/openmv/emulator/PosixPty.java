package dev.omvio.sensors.openmv.emulator;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;

/**
 * A pseudo-terminal pair through JNA (Linux, macOS): this side holds the master, a serial tool
 * opens the slave device ({@link #device()}) as it would a camera's USB serial port. The line is
 * raw (no echo, no newline translation). The master is non-blocking and every wait is a
 * {@code poll} that also watches a pipe {@link #close()} writes to, so closing wakes a thread
 * blocked here; the descriptors are freed once no call is using them.
 *
 * <p>When no host has the slave open, Linux reports a hang-up on the master; before the first
 * host it reports nothing, and bytes written then wait for that host.
 */
final class PosixPty implements Closeable {
    private static final boolean MAC = Platform.isMac();
    // <fcntl.h>, <errno.h>, <termios.h>, <poll.h>: Linux (generic ABI: x86, ARM, RISC-V) and macOS.
    private static final int O_RDWR = 2;
    private static final int O_NOCTTY = MAC ? 0x20000 : 0x100;
    private static final int O_NONBLOCK = MAC ? 0x4 : 0x800;
    private static final int F_GETFL = 3;
    private static final int F_SETFL = 4;
    private static final int EINTR = 4;
    private static final int EIO = 5;
    private static final int EAGAIN = MAC ? 35 : 11;
    private static final int TCSANOW = 0;
    private static final int TCIFLUSH = MAC ? 1 : 0;
    private static final short POLLIN = 0x1;
    private static final short POLLOUT = 0x4;
    private static final short POLL_GONE = 0x8 | 0x10 | 0x20; // POLLERR | POLLHUP | POLLNVAL
    /** The largest termios structure (Linux 60 bytes, macOS 72), with room to spare. */
    private static final int TERMIOS_BYTES = 256;
    /** How often the master is looked at while no host has the slave open (it hangs up at once then). */
    private static final int HOST_CHECK_MILLIS = 50;

    /** What a read found. */
    static final int TIMEOUT = 0;
    /** The host closed the slave, or the pty was closed. */
    static final int HUNG_UP = -1;

    private final LibC libc;
    private final int master;
    private final int wakeRead;
    private final int wakeWrite;
    private final Path device;
    private final Memory rawLine; // the termios set at open
    private final Memory pollFds = new Memory(16); // two struct pollfd {int fd; short events; short revents;}
    private Memory readBuffer = new Memory(4096);
    private Memory writeBuffer = new Memory(4096);
    private int users;
    private boolean closed;

    private PosixPty(LibC libc, int master, int wakeRead, int wakeWrite, Path device, Memory rawLine) {
        this.libc = libc;
        this.master = master;
        this.wakeRead = wakeRead;
        this.wakeWrite = wakeWrite;
        this.device = device;
        this.rawLine = rawLine;
    }

    /**
     * Opens a pair: {@code posix_openpt}, {@code grantpt}, {@code unlockpt}, {@code ptsname},
     * then raw mode through the master ({@code tcgetattr}, {@code cfmakeraw}, {@code tcsetattr}:
     * on Linux and macOS they set the slave's line), non-blocking master.
     *
     * @throws IOException if a call fails, with its name and errno
     */
    static PosixPty open() throws IOException {
        LibC libc = Native.load(Platform.C_LIBRARY_NAME, LibC.class);
        int master = check(libc, "posix_openpt", libc.posix_openpt(O_RDWR | O_NOCTTY));
        int[] wake = new int[2];
        Memory termios = new Memory(TERMIOS_BYTES);
        try {
            check(libc, "grantpt", libc.grantpt(master));
            check(libc, "unlockpt", libc.unlockpt(master));
            String name;
            synchronized (PosixPty.class) { // ptsname's buffer is static
                name = libc.ptsname(master);
            }
            if (name == null) {
                throw new IOException("ptsname failed (errno " + Native.getLastError() + ")");
            }
            termios.clear();
            check(libc, "tcgetattr", libc.tcgetattr(master, termios));
            libc.cfmakeraw(termios);
            check(libc, "tcsetattr", libc.tcsetattr(master, TCSANOW, termios));
            int flags = check(libc, "fcntl", libc.fcntl(master, F_GETFL));
            check(libc, "fcntl", libc.fcntl(master, F_SETFL, flags | O_NONBLOCK));
            check(libc, "pipe", libc.pipe(wake));
            return new PosixPty(libc, master, wake[0], wake[1], Path.of(name), termios);
        } catch (IOException | RuntimeException e) {
            termios.close();
            libc.close(master);
            if (wake[1] != 0) {
                libc.close(wake[0]);
                libc.close(wake[1]);
            }
            throw e;
        }
    }

    /** {@return the slave device a host opens, such as {@code /dev/pts/3}} */
    Path device() {
        return device;
    }

    /**
     * Waits until a host has the slave open and has sent something; what a host sent and then
     * closed the slave on is dropped, as nobody is there to answer it.
     *
     * @return false once the pty is closed
     * @throws IOException if {@code poll} or {@code read} fails
     */
    boolean awaitHost() throws IOException {
        if (!enter()) {
            return false;
        }
        try {
            byte[] drain = new byte[4096];
            while (true) {
                int events = poll(POLLIN, -1);
                if (events < 0) {
                    return false;
                }
                if (events == 0) {
                    continue; // a signal
                }
                if ((events & POLL_GONE) == 0) {
                    return true;
                }
                while (readMaster(drain, 0, drain.length) > 0) {
                    // dropped
                }
                if (poll((short) 0, HOST_CHECK_MILLIS) < 0) {
                    return false;
                }
            }
        } finally {
            exit();
        }
    }

    /**
     * Reads what the host sent.
     *
     * @param timeoutMillis how long to wait for the first byte, at least 1
     * @return the number of bytes read, {@link #TIMEOUT} if none came in time, or
     *     {@link #HUNG_UP} if the host closed the slave or the pty was closed
     * @throws InterruptedIOException if the thread is interrupted
     * @throws IOException if {@code poll} or {@code read} fails otherwise
     */
    int read(byte[] buffer, int offset, int length, int timeoutMillis) throws IOException {
        if (!enter()) {
            return HUNG_UP;
        }
        try {
            long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
            while (true) {
                int n = readMaster(buffer, offset, length);
                if (n != 0) {
                    return n;
                }
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    return TIMEOUT;
                }
                int events = poll(POLLIN, (int) Math.min(Integer.MAX_VALUE, left));
                if (events < 0 || (events & POLLIN) == 0 && (events & POLL_GONE) != 0) {
                    return HUNG_UP;
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("interrupted while reading " + device);
                }
            }
        } finally {
            exit();
        }
    }

    /**
     * Writes all of the bytes, waiting for room as long as the host has the slave open.
     *
     * @return false if the host closed the slave or the pty was closed before all were written
     * @throws IOException if {@code poll} or {@code write} fails
     */
    boolean write(byte[] buffer, int offset, int length) throws IOException {
        if (!enter()) {
            return false;
        }
        try {
            if (writeBuffer.size() < length) {
                writeBuffer.close();
                writeBuffer = new Memory(Math.max(length, 2 * writeBuffer.size()));
            }
            writeBuffer.write(0, buffer, offset, length);
            int done = 0;
            while (done < length) {
                long n = libc.write(master, writeBuffer.share(done), new NativeLong(length - done)).longValue();
                if (n > 0) {
                    done += (int) n;
                    continue;
                }
                int errno = Native.getLastError();
                if (n < 0 && errno == EIO) {
                    return false;
                }
                if (n < 0 && errno != EAGAIN && errno != EINTR) {
                    throw new IOException("write to the pseudo-terminal of " + device + " failed (errno " + errno + ")");
                }
                int events = poll(POLLOUT, -1);
                if (events < 0 || (events & POLL_GONE) != 0) {
                    return false;
                }
            }
            return true;
        } finally {
            exit();
        }
    }

    /**
     * Readies the line for the next host, as the first found it: the raw settings of
     * {@link #open()} again (a host's own, such as jSerialComm's non-blocking reads, outlive
     * its closing the slave), and nothing of what was written to the last host and not read by
     * it (closing the slave does not flush that on Linux: this opens the slave, flushes its
     * input queue and closes it).
     */
    void reset() {
        if (!enter()) {
            return;
        }
        try {
            libc.tcsetattr(master, TCSANOW, rawLine);
            int slave = libc.open(device.toString(), O_RDWR | O_NOCTTY | O_NONBLOCK);
            if (slave >= 0) {
                libc.tcflush(slave, TCIFLUSH);
                libc.close(slave);
            }
        } finally {
            exit();
        }
    }

    /** Wakes any waiting call and frees the pair once no call is using it; the slave device goes away. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            try (Memory one = new Memory(1)) {
                one.setByte(0, (byte) 1);
                libc.write(wakeWrite, one, new NativeLong(1));
            }
            if (users == 0) {
                release();
            }
        }
    }

    private synchronized boolean enter() {
        if (closed) {
            return false;
        }
        users++;
        return true;
    }

    private synchronized void exit() {
        if (--users == 0 && closed) {
            release();
        }
    }

    private void release() {
        libc.close(master);
        libc.close(wakeRead);
        libc.close(wakeWrite);
        readBuffer.close();
        writeBuffer.close();
        pollFds.close();
        rawLine.close();
    }

    /** Reads what is there: a count, 0 if nothing is, {@link #HUNG_UP} if the host closed the slave. */
    private int readMaster(byte[] buffer, int offset, int length) throws IOException {
        if (readBuffer.size() < length) {
            readBuffer.close();
            readBuffer = new Memory(length);
        }
        long n = libc.read(master, readBuffer, new NativeLong(length)).longValue();
        if (n > 0) {
            readBuffer.read(0, buffer, offset, (int) n);
            return (int) n;
        }
        int errno = Native.getLastError();
        if (n == 0 || errno == EIO) {
            return HUNG_UP;
        }
        if (errno == EAGAIN || errno == EINTR) {
            return 0;
        }
        throw new IOException("read from the pseudo-terminal of " + device + " failed (errno " + errno + ")");
    }

    /**
     * Polls the master for {@code events} (none: only the wake pipe, as a sleep) for at most
     * {@code timeoutMillis} (-1: no limit).
     *
     * @return the master's events, 0 on a timeout, or -1 if the pty was closed meanwhile
     */
    private int poll(short events, int timeoutMillis) throws IOException {
        pollFds.setInt(0, wakeRead);
        pollFds.setShort(4, POLLIN);
        pollFds.setShort(6, (short) 0);
        pollFds.setInt(8, master);
        pollFds.setShort(12, events);
        pollFds.setShort(14, (short) 0);
        int count = events == 0 ? 1 : 2;
        int n = libc.poll(pollFds, new NativeLong(count), timeoutMillis);
        if (n < 0) {
            int errno = Native.getLastError();
            if (errno == EINTR) {
                return 0;
            }
            throw new IOException("poll on the pseudo-terminal of " + device + " failed (errno " + errno + ")");
        }
        if (pollFds.getShort(6) != 0) {
            return -1;
        }
        return count == 2 ? pollFds.getShort(14) : 0;
    }

    private static int check(LibC libc, String call, int result) throws IOException {
        if (result < 0) {
            throw new IOException(call + " failed (errno " + Native.getLastError() + ")");
        }
        return result;
    }
}
