/**
 * The {@code openmv} sensor driver: a live OpenMV camera over USB serial or TCP, through the
 * OpenMV Protocol ({@link dev.omvio.sensors.openmv.protocol}); serial ports need jSerialComm
 * at run time, TCP needs nothing more.
 */
package dev.omvio.sensors.openmv;
