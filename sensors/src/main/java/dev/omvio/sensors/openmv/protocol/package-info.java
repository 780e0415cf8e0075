/**
 * The OpenMV Protocol, both sides: packets (sync word, header CRC-16, payload CRC-32,
 * little-endian fields), a reader that resynchronises after garbage, the host session
 * (sequence numbers, acknowledgments, reassembly of fragments, resynchronisation and retries,
 * capability negotiation, the system and channel commands) and the device session that
 * emulates the firmware. Every read is bounded in time and every answer in size.
 */
package dev.omvio.sensors.openmv.protocol;
