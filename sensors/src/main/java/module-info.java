/** Sensor drivers: synthetic and replay (filled by the sensors work). */
module dev.omvio.sensors {
    requires dev.omvio.api;
}
