package dev.omvio.sensor.spi;

import dev.omvio.sensor.Sensor;
import dev.omvio.stream.StreamClock;

import java.io.IOException;

/**
 * Makes sensors of one kind, chosen by {@link #name()} in {@link dev.omvio.sensor.Sensors#open(String)}.
 * Implementations need a public no-argument constructor for {@link java.util.ServiceLoader}
 * and must be thread-safe.
 */
public interface SensorDriver {
    /** {@return the name callers choose this driver by: lower-case letters, digits and {@code -}, such as {@code "synthetic"}} */
    String name();

    /** {@return one line for people saying what the driver delivers and which options it takes} */
    default String description() {
        return name();
    }

    /**
     * Opens a sensor.
     *
     * @param options the options after the driver's name; a driver rejects keys it does not know
     *     ({@link DriverOptions#requireOnly(String...)})
     * @param clock the time source that paces frames
     * @return the open sensor
     * @throws IllegalArgumentException naming the value for an unknown option or a bad value
     * @throws IOException if the sensor's source cannot be opened
     */
    Sensor open(DriverOptions options, StreamClock clock) throws IOException;
}
