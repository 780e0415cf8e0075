package dev.omvio.cli;

import picocli.CommandLine;

/**
 * Frames {@code first} to {@code last}, both included, as given on the command line:
 * {@code A-B}, {@code A-} (to the end) or {@code A} (one frame). Indexes start at 0.
 */
record FrameRange(int first, int last) {
    static final FrameRange ALL = new FrameRange(0, Integer.MAX_VALUE);

    /** This range limited to a stream of {@code count} frames. */
    FrameRange within(int count) {
        if (first >= count) {
            throw new BadInputException("frames " + this + " outside the stream's frames 0-" + (count - 1));
        }
        return new FrameRange(first, Math.min(last, count - 1));
    }

    /** The number of frames in this range (of a range made {@link #within} a stream). */
    int length() {
        return last - first + 1;
    }

    @Override
    public String toString() {
        return last == Integer.MAX_VALUE ? first + "-" : first + "-" + last;
    }

    /** Parses {@code --frames} values. */
    static final class Converter implements CommandLine.ITypeConverter<FrameRange> {
        @Override
        public FrameRange convert(String value) {
            String[] bounds = value.split("-", -1);
            try {
                if (bounds.length == 1) {
                    int only = index(bounds[0]);
                    return new FrameRange(only, only);
                }
                if (bounds.length == 2) {
                    int first = index(bounds[0]);
                    int last = bounds[1].isEmpty() ? Integer.MAX_VALUE : index(bounds[1]);
                    if (last >= first) {
                        return new FrameRange(first, last);
                    }
                }
            } catch (NumberFormatException e) {
                // reported below with the whole value
            }
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is not a frame range: expected A-B, A- or A with 0 <= A <= B");
        }

        private static int index(String text) {
            int index = Integer.parseInt(text);
            if (index < 0) {
                throw new NumberFormatException(text);
            }
            return index;
        }
    }
}
