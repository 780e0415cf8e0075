import dev.omvio.sensor.spi.SensorDriver;

/**
 * The built-in sensor drivers, {@code synthetic} (deterministic scenes at an exact frame rate),
 * {@code replay} (a recording played as a live sensor) and {@code openmv} (a live camera over
 * the OpenMV Protocol, with its camera emulator), and the recording pipeline that
 * writes any sensor into a stream. Applications reach the drivers through
 * {@code dev.omvio.sensor.Sensors}; the synthetic driver needs a codec module (omvio-codecs)
 * replaying a file needs a file engine (omvio-core-file) at run time; the openmv
 * driver's serial ports need jSerialComm (optional), the emulator's pseudo-terminals JNA (optional).
 */
module dev.omvio.sensors {
    requires transitive dev.omvio.api;
    requires static org.osgi.service.component.annotations;
    // Serial ports for the openmv driver; only touched when one is opened.
    requires static com.fazecast.jSerialComm;
    // The emulator's pseudo-terminals (camera serve --pty); only touched when one is opened.
    requires static com.sun.jna;

    exports dev.omvio.sensors.record;
    exports dev.omvio.sensors.replay;
    exports dev.omvio.sensors.openmv;
    exports dev.omvio.sensors.openmv.protocol;
    exports dev.omvio.sensors.openmv.emulator;
    // JNA builds a proxy of the package-private C library interface (LibC).
    opens dev.omvio.sensors.openmv.emulator to com.sun.jna;

    provides SensorDriver with dev.omvio.sensors.synthetic.SyntheticDriver, dev.omvio.sensors.replay.ReplayDriver,
            dev.omvio.sensors.openmv.OpenMvDriver;
}
