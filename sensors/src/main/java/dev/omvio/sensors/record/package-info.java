/**
 * Recording any {@link dev.omvio.sensor.Sensor} into an {@link dev.omvio.stream.ImageStream}
 * (a file or memory stream): {@link dev.omvio.sensors.record.Recorder} hands frames through a
 * bounded queue to a writer thread, counts and reports the frames it drops when the writer
 * falls behind, and syncs the stream by a {@link dev.omvio.sensors.record.SyncPolicy}.
 */
package dev.omvio.sensors.record;
