/**
 * Case 9: frames from a live camera (the camera emulator) over loopback TCP through the
 * openmv driver, against the same bytes over a bare socket.
 */
package dev.omvio.bench.camera;
