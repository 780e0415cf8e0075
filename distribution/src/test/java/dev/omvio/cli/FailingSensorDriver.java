package dev.omvio.cli;

import dev.omvio.sensor.Sensor;
import dev.omvio.sensor.Sensors;
import dev.omvio.sensor.spi.DriverOptions;
import dev.omvio.sensor.spi.SensorDriver;
import dev.omvio.stream.StreamClock;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * The {@code failing} sensor, for tests: the synthetic sensor's 8x8 GRAYSCALE frames, until its
 * snapshot after {@code after} frames throws what {@code throw} names: {@code io} an
 * IOException, {@code runtime} a NullPointerException, {@code stack} a StackOverflowError,
 * {@code oom} an OutOfMemoryError.
 */
final class FailingSensorDriver implements SensorDriver {
    static final String NAME = "failing";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Sensor open(DriverOptions options, StreamClock clock) throws IOException {
        options.requireOnly("after", "throw");
        int after = options.integer("after", 0);
        String kind = options.string("throw", "io");
        Sensor real = Sensors.open("synthetic:pattern=bars,fps=30", clock);
        real.setPixelFormat(dev.omvio.image.PixelFormat.GRAYSCALE);
        real.setFrameSize(new dev.omvio.sensor.FrameSize(8, 8));
        int[] taken = {0};
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("snapshot") && method.getParameterCount() == 1 && taken[0]++ >= after) {
                throw failure(kind);
            }
            if (method.isDefault()) { // capture() and snapshot() go through the snapshot above
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Sensor) Proxy.newProxyInstance(Sensor.class.getClassLoader(), new Class<?>[] {Sensor.class}, handler);
    }

    private static Throwable failure(String kind) {
        return switch (kind) {
            case "io" -> new IOException("the sensor stopped answering");
            case "runtime" -> new NullPointerException("a bug in the driver");
            case "stack" -> new StackOverflowError();
            case "oom" -> new OutOfMemoryError("Java heap space");
            default -> new IllegalArgumentException("unknown failure " + kind);
        };
    }

    /** Registers the driver once for the tests of this JVM. */
    static void register() {
        if (Sensors.driver(NAME).isEmpty()) {
            Sensors.register(new FailingSensorDriver());
        }
    }
}
