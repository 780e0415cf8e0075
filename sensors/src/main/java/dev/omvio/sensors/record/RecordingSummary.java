package dev.omvio.sensors.record;

/**
 * What a finished recording did.
 *
 * @param submitted frames handed to the recorder
 * @param written frames written to the stream
 * @param dropped frames refused because the queue was full (the writer fell behind)
 * @param syncs calls of {@link dev.omvio.stream.ImageStream#sync()}
 */
public record RecordingSummary(long submitted, long written, long dropped, long syncs) {
}
