package dev.omvio.sensors.replay;

import dev.omvio.sensor.Sensor;
import dev.omvio.sensor.Sensors;
import dev.omvio.sensor.spi.DriverOptions;
import dev.omvio.sensor.spi.SensorDriver;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import dev.omvio.stream.StreamClock;
import dev.omvio.stream.StreamMode;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The {@code replay} driver. Options: {@code file} (the stream file to play; required) and
 * {@code loop} ({@code true} or {@code false}; default true, as the camera's
 * {@code ImageIO.read()}). For example {@code "replay:file=rec.bin,loop=false"}. Needs a file
 * stream engine (omvio-core-file) at run time.
 */
@Component(service = SensorDriver.class, immediate = true)
public final class ReplayDriver implements SensorDriver {
    /** Inside OSGi: hands the driver to {@link Sensors}, which does not see other bundles' services. */
    @Activate
    void activate() {
        Sensors.register(this);
    }

    @Deactivate
    void deactivate() {
        Sensors.unregister(this);
    }

    /** The driver's name. */
    public static final String NAME = "replay";

    /** The driver, as {@link java.util.ServiceLoader} makes it. */
    public ReplayDriver() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "plays a recording at its recorded pace: file=<path>, loop=true|false";
    }

    @Override
    public Sensor open(DriverOptions options, StreamClock clock) throws IOException {
        options.requireOnly("file", "loop");
        Path file = options.get("file").map(Path::of).orElseThrow(
                () -> new IllegalArgumentException("sensor option file=<path> is required by " + NAME));
        boolean loop = options.bool("loop", true);
        ImageStream stream = ImageStreams.open(file, StreamMode.READ, clock);
        try {
            return ReplaySensor.of(stream, true, loop, clock);
        } catch (IOException | RuntimeException e) {
            stream.close();
            throw e;
        }
    }

    /**
     * {@return a sensor playing the frames {@code source} holds now; closing the sensor leaves the
     * source open} This is how a memory stream is replayed.
     *
     * @param source the stream whose frames are played
     * @param loop whether to start again after the last frame
     * @param clock paces the frames
     * @throws IOException if the source cannot be read
     * @throws dev.omvio.stream.EndOfStreamException if the source holds no frame
     */
    public static Sensor replay(ImageStream source, boolean loop, StreamClock clock) throws IOException {
        return ReplaySensor.of(source, false, loop, clock);
    }
}
