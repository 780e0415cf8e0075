package dev.omvio.sensor;

import dev.omvio.api.internal.Deployment;
import dev.omvio.sensor.spi.DriverOptions;
import dev.omvio.sensor.spi.SensorDriver;
import dev.omvio.stream.StreamClock;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The entry point to sensors: opens one by driver name and options.
 *
 * <pre>{@code
 * try (Sensor sensor = Sensors.open("synthetic:pattern=bars,fps=30")) { ... }
 * try (Sensor sensor = Sensors.open("replay:file=rec.bin,loop=true")) { ... }
 * }</pre>
 *
 * <p>Drivers come from {@link ServiceLoader} (JPMS {@code provides} or {@code META-INF/services},
 * through the thread's context class loader and the API's own loader) and from
 * {@link #register(SensorDriver)}; a registered driver wins over a loaded one of the same name.
 */
public final class Sensors {
    private static final List<SensorDriver> REGISTERED = new CopyOnWriteArrayList<>();

    private Sensors() {
    }

    /**
     * Opens a sensor with the system clock; see {@link #open(String, StreamClock)}.
     *
     * @param spec the driver and its options, as {@link #open(String, StreamClock)}
     * @return the open sensor
     * @throws IOException if the driver's source cannot be opened
     */
    public static Sensor open(String spec) throws IOException {
        return open(spec, StreamClock.SYSTEM);
    }

    /**
     * Opens a sensor from {@code "<driver>"} or {@code "<driver>:<key>=<value>,<key>=<value>..."},
     * with {@code clock} pacing its frames.
     *
     * @param spec the driver and its options
     * @param clock paces the frames
     * @return the open sensor
     * @throws IllegalArgumentException naming the value for an unknown driver, an unknown option
     *     or a bad option value
     * @throws IOException if the driver's source cannot be opened (a replay file, say)
     */
    public static Sensor open(String spec, StreamClock clock) throws IOException {
        int colon = spec.indexOf(':');
        String name = (colon < 0 ? spec : spec.substring(0, colon)).trim();
        DriverOptions options = DriverOptions.parse(colon < 0 ? "" : spec.substring(colon + 1));
        SensorDriver driver = driver(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown sensor driver '" + name + "': available are " + names()));
        return driver.open(options, clock);
    }

    /**
     * {@return the driver called {@code name}, if there is one}
     *
     * @param name the driver's name, such as {@code "synthetic"}
     */
    public static Optional<SensorDriver> driver(String name) {
        return drivers().stream().filter(driver -> driver.name().equals(name)).findFirst();
    }

    /** {@return every driver known, registered ones first, one per name} */
    public static List<SensorDriver> drivers() {
        List<SensorDriver> drivers = new ArrayList<>();
        Stream.concat(REGISTERED.stream(), loaded()).forEach(driver -> {
            if (drivers.stream().noneMatch(known -> known.name().equals(driver.name()))) {
                drivers.add(driver);
            }
        });
        return List.copyOf(drivers);
    }

    /**
     * Makes a driver available where service loading does not reach it (an OSGi component
     * registers its driver this way when it activates).
     *
     * @param driver the driver, used beside those found by service loading
     */
    public static void register(SensorDriver driver) {
        REGISTERED.add(0, driver); // the latest registration wins a name
    }

    /**
     * Withdraws a driver given to {@link #register(SensorDriver)}.
     *
     * @param driver the driver registered before
     */
    public static void unregister(SensorDriver driver) {
        REGISTERED.remove(driver);
    }

    private static String names() {
        String names = drivers().stream().map(SensorDriver::name).sorted().collect(Collectors.joining(", "));
        return names.isEmpty() ? "none (" + Deployment.current().advice("dev.omvio.sensors", "omvio-sensors")
                + ", or a driver of your own)" : names;
    }

    // The context loader sees drivers of an application on the class path; the API's own
    // loader sees those resolved beside it as modules. Drivers are looked up on every call, so
    // a jar added to a new class loader is seen.
    private static Stream<SensorDriver> loaded() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        ClassLoader own = Sensors.class.getClassLoader();
        Stream<ClassLoader> loaders = context == null || context == own ? Stream.of(own) : Stream.of(context, own);
        return loaders.flatMap(loader -> ServiceLoader.load(SensorDriver.class, loader).stream())
                .map(ServiceLoader.Provider::get);
    }
}
