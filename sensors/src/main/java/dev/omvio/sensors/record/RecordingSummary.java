package dev.omvio.sensors.record;

/**
 * What a finished recording did.
 *
 * @param submitted frames handed to the recorder
 * @param written frames written to the stream
 * @param dropped frames refused because the queue was full (the writer fell behind)
 * @param syncs calls of {@link dev.omvio.stream.ImageStream#sync()}
 * @param missed frames the sensor made that the recording did not take, because capture came
 *     late for them ({@link dev.omvio.sensor.Sensor#missedFrames()}); 0 when frames were not
 *     submitted with their sensor
 */
public record RecordingSummary(long submitted, long written, long dropped, long syncs, long missed) {
    /**
     * A summary of a recording that missed no sensor frame.
     *
     * @param submitted frames submitted for writing
     * @param written frames written to the stream
     * @param dropped frames dropped because the queue was full
     * @param syncs syncs of the stream to the device
     */
    public RecordingSummary(long submitted, long written, long dropped, long syncs) {
        this(submitted, written, dropped, syncs, 0);
    }
}
