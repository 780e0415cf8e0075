package dev.omvio.cli;

/**
 * File names for frames that sort by frame index, such as {@code frame-000042.png}: at least
 * six digits, more when the stream has a million frames or more.
 */
record FrameNames(int digits, String extension) {
    static FrameNames forCount(int count, String extension) {
        return new FrameNames(Math.max(6, Integer.toString(Math.max(0, count - 1)).length()), extension);
    }

    String of(int index) {
        return String.format("frame-%0" + digits + "d.%s", index, extension);
    }
}
