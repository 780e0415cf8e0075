package dev.omvio.sensors.openmv.emulator;

import com.sun.jna.Library;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;

/**
 * The C library functions a pseudo-terminal needs (POSIX, as on Linux and macOS), mapped by JNA.
 * {@code size_t} and {@code ssize_t} are {@link NativeLong}s (pointer-sized on both); so is
 * {@code nfds_t}, unsigned long on Linux and unsigned int on macOS, which reads the low half of
 * the register.
 */
interface LibC extends Library {
    int posix_openpt(int flags);

    int grantpt(int fd);

    int unlockpt(int fd);

    String ptsname(int fd);

    int open(String path, int flags);

    int close(int fd);

    int fcntl(int fd, int command, Object... argument);

    int tcgetattr(int fd, Pointer termios);

    int tcsetattr(int fd, int when, Pointer termios);

    void cfmakeraw(Pointer termios);

    int tcflush(int fd, int queue);

    int pipe(int[] fds);

    int poll(Pointer fds, NativeLong count, int timeoutMillis);

    NativeLong read(int fd, Pointer buffer, NativeLong count);

    NativeLong write(int fd, Pointer buffer, NativeLong count);
}
