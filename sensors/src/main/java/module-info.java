import dev.omvio.sensor.spi.SensorDriver;

/**
 * The built-in sensor drivers, {@code synthetic} (deterministic scenes at an exact frame rate)
 * and {@code replay} (a recording played as a live sensor), and the recording pipeline that
 * writes any sensor into a stream. Applications reach the drivers through
 * {@code dev.omvio.sensor.Sensors}; the synthetic driver needs a codec module (omvio-codecs)
 * and replaying a file needs a file engine (omvio-core-file) at run time.
 */
module dev.omvio.sensors {
    requires transitive dev.omvio.api;
    requires static org.osgi.service.component.annotations;

    exports dev.omvio.sensors.record;
    exports dev.omvio.sensors.replay;

    provides SensorDriver with dev.omvio.sensors.synthetic.SyntheticDriver, dev.omvio.sensors.replay.ReplayDriver;
}
