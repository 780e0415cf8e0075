package dev.omvio.sensors.openmv.emulator;

import dev.omvio.sensors.openmv.protocol.ChannelInfo;
import dev.omvio.sensors.openmv.protocol.DeviceChannel;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code stdin} (id 1) and {@code stdout} (id 2) channels. The host writes a script to
 * stdin and runs it with ioctl STDIN_EXEC. The emulator cannot run MicroPython: it says so on
 * stdout, then prints what the script's {@code print("...")} calls with a plain string literal
 * would print, so that a tool that runs a script and shows its output has something to show.
 * stdout is a ring of {@link #STDOUT_CAPACITY} bytes, as the firmware's (oldest bytes dropped).
 */
final class StdioChannels {
    /** Bytes stdout keeps. */
    static final int STDOUT_CAPACITY = 1024;
    /** The longest script stdin accepts. */
    static final int SCRIPT_CAPACITY = 1 << 20;
    static final int STDIN_STOP = 1;
    static final int STDIN_EXEC = 2;
    static final int STDIN_RESET = 3;

    private static final Pattern PRINT = Pattern.compile("^\\s*print\\(\\s*(['\"])(.*?)\\1\\s*\\)\\s*$", Pattern.MULTILINE);

    private final Object monitor = new Object();
    private final ByteArrayOutputStream script = new ByteArrayOutputStream();
    private byte[] out = new byte[0];
    private boolean running;

    final DeviceChannel stdin = new DeviceChannel(1, ChannelInfo.WRITE | ChannelInfo.EXEC, "stdin") {
        @Override
        public boolean poll() {
            synchronized (monitor) {
                return running;
            }
        }

        @Override
        public boolean write(long offset, byte[] data) {
            synchronized (monitor) {
                if (offset == 0) {
                    script.reset();
                }
                if (offset != script.size() || script.size() + data.length > SCRIPT_CAPACITY) {
                    return false;
                }
                script.write(data, 0, data.length);
                return true;
            }
        }

        @Override
        public boolean ioctl(int request, byte[] args) {
            synchronized (monitor) {
                switch (request) {
                    case STDIN_STOP -> running = false;
                    case STDIN_RESET -> script.reset();
                    case STDIN_EXEC -> {
                        if (script.size() == 0) {
                            return false;
                        }
                        run(script.toString(StandardCharsets.UTF_8));
                    }
                    default -> {
                        return false;
                    }
                }
                return args.length == 0;
            }
        }
    };

    final DeviceChannel stdout = new DeviceChannel(2, ChannelInfo.READ, "stdout") {
        @Override
        public boolean poll() {
            synchronized (monitor) {
                return out.length > 0;
            }
        }

        @Override
        public long size() {
            synchronized (monitor) {
                return out.length;
            }
        }

        @Override
        public byte[] read(long offset, int length) {
            synchronized (monitor) {
                int n = Math.min(length, out.length);
                byte[] taken = Arrays.copyOf(out, n);
                out = Arrays.copyOfRange(out, n, out.length);
                return taken;
            }
        }
    };

    /** Appends {@code text} to stdout, as a script's print would. */
    void print(String text) {
        synchronized (monitor) {
            byte[] add = text.getBytes(StandardCharsets.UTF_8);
            byte[] joined = Arrays.copyOf(out, out.length + add.length);
            System.arraycopy(add, 0, joined, out.length, add.length);
            out = joined.length <= STDOUT_CAPACITY ? joined
                    : Arrays.copyOfRange(joined, joined.length - STDOUT_CAPACITY, joined.length);
        }
    }

    private void run(String source) {
        print("omvio camera emulator: cannot run MicroPython; echoing the script's print(\"...\") lines ("
                + source.length() + " characters received)\n");
        Matcher m = PRINT.matcher(source);
        while (m.find()) {
            print(m.group(2) + "\n");
        }
        running = false;
    }
}
