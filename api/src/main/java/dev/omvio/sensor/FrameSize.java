package dev.omvio.sensor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The size of a sensor's frame: one of the camera's named sizes ({@link #QVGA}, {@link #VGA},
 * {@link #HD} and so on, as in OpenMV's {@code sensor.QVGA}) or any custom width and height.
 *
 * @param width width in pixels, positive
 * @param height height in pixels, positive
 */
public record FrameSize(int width, int height) {
    /** 40x30. */
    public static final FrameSize QQQQVGA = new FrameSize(40, 30);
    /** 80x60. */
    public static final FrameSize QQQVGA = new FrameSize(80, 60);
    /** 160x120. */
    public static final FrameSize QQVGA = new FrameSize(160, 120);
    /** 320x240. */
    public static final FrameSize QVGA = new FrameSize(320, 240);
    /** 640x480. */
    public static final FrameSize VGA = new FrameSize(640, 480);
    /** 480x320. */
    public static final FrameSize HVGA = new FrameSize(480, 320);
    /** 88x72. */
    public static final FrameSize QQCIF = new FrameSize(88, 72);
    /** 176x144. */
    public static final FrameSize QCIF = new FrameSize(176, 144);
    /** 352x288. */
    public static final FrameSize CIF = new FrameSize(352, 288);
    /** 88x60. */
    public static final FrameSize QQSIF = new FrameSize(88, 60);
    /** 176x120. */
    public static final FrameSize QSIF = new FrameSize(176, 120);
    /** 352x240. */
    public static final FrameSize SIF = new FrameSize(352, 240);
    /** 128x160 (the LCD shield). */
    public static final FrameSize LCD = new FrameSize(128, 160);
    /** 128x160. */
    public static final FrameSize QQVGA2 = new FrameSize(128, 160);
    /** 720x480. */
    public static final FrameSize WVGA = new FrameSize(720, 480);
    /** 752x480. */
    public static final FrameSize WVGA2 = new FrameSize(752, 480);
    /** 800x600. */
    public static final FrameSize SVGA = new FrameSize(800, 600);
    /** 1024x768. */
    public static final FrameSize XGA = new FrameSize(1024, 768);
    /** 1280x1024. */
    public static final FrameSize SXGA = new FrameSize(1280, 1024);
    /** 1600x1200. */
    public static final FrameSize UXGA = new FrameSize(1600, 1200);
    /** 1280x720. */
    public static final FrameSize HD = new FrameSize(1280, 720);
    /** 1920x1080. */
    public static final FrameSize FHD = new FrameSize(1920, 1080);
    /** 2560x1440. */
    public static final FrameSize QHD = new FrameSize(2560, 1440);
    /** 2048x1536. */
    public static final FrameSize QXGA = new FrameSize(2048, 1536);
    /** 2560x1600. */
    public static final FrameSize WQXGA = new FrameSize(2560, 1600);
    /** 2592x1944. */
    public static final FrameSize WQXGA2 = new FrameSize(2592, 1944);
    /** 64x32. */
    public static final FrameSize B64X32 = new FrameSize(64, 32);
    /** 64x64. */
    public static final FrameSize B64X64 = new FrameSize(64, 64);
    /** 128x64. */
    public static final FrameSize B128X64 = new FrameSize(128, 64);
    /** 128x128. */
    public static final FrameSize B128X128 = new FrameSize(128, 128);
    /** 160x160. */
    public static final FrameSize B160X160 = new FrameSize(160, 160);
    /** 320x320. */
    public static final FrameSize B320X320 = new FrameSize(320, 320);

    private static final Map<String, FrameSize> NAMED = named();

    /**
     * @param width the width in pixels
     * @param height the height in pixels
     * @throws IllegalArgumentException naming the values if a dimension is not positive
     */
    public FrameSize {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("frame size must be positive, got " + width + "x" + height);
        }
    }

    /**
     * {@return the size with the camera's name ({@code "QVGA"}, ignoring case) or written as
     * {@code "<width>x<height>"} ({@code "320x240"})}
     *
     * @param name a camera size name or {@code "<width>x<height>"}
     * @throws IllegalArgumentException naming the value if it is neither
     */
    public static FrameSize forName(String name) {
        String upper = name.trim().toUpperCase(Locale.ROOT);
        FrameSize known = NAMED.get(upper);
        if (known != null) {
            return known;
        }
        int x = upper.indexOf('X');
        if (x > 0) {
            try {
                return new FrameSize(Integer.parseInt(upper.substring(0, x)), Integer.parseInt(upper.substring(x + 1)));
            } catch (NumberFormatException notNumbers) {
                // falls through to the message naming the whole value
            }
        }
        throw new IllegalArgumentException("unknown frame size '" + name
                + "': expected a name such as QVGA or <width>x<height>");
    }

    /** {@return the camera's name for this size (the first, for sizes with two names), if it has one} */
    public Optional<String> cameraName() {
        return NAMED.entrySet().stream().filter(entry -> entry.getValue().equals(this))
                .map(Map.Entry::getKey).findFirst();
    }

    /** {@return the number of pixels, width times height} */
    public long pixels() {
        return (long) width * height;
    }

    /**
     * {@return whether a frame of {@code other} fits inside a frame of this size}
     *
     * @param other the size to compare with
     */
    public boolean contains(FrameSize other) {
        return other.width <= width && other.height <= height;
    }

    /** {@code "<width>x<height>"}. */
    @Override
    public String toString() {
        return width + "x" + height;
    }

    private static Map<String, FrameSize> named() {
        Map<String, FrameSize> sizes = new LinkedHashMap<>();
        sizes.put("QQQQVGA", QQQQVGA);
        sizes.put("QQQVGA", QQQVGA);
        sizes.put("QQVGA", QQVGA);
        sizes.put("QVGA", QVGA);
        sizes.put("VGA", VGA);
        sizes.put("HVGA", HVGA);
        sizes.put("QQCIF", QQCIF);
        sizes.put("QCIF", QCIF);
        sizes.put("CIF", CIF);
        sizes.put("QQSIF", QQSIF);
        sizes.put("QSIF", QSIF);
        sizes.put("SIF", SIF);
        sizes.put("LCD", LCD);
        sizes.put("QQVGA2", QQVGA2);
        sizes.put("WVGA", WVGA);
        sizes.put("WVGA2", WVGA2);
        sizes.put("SVGA", SVGA);
        sizes.put("XGA", XGA);
        sizes.put("SXGA", SXGA);
        sizes.put("UXGA", UXGA);
        sizes.put("HD", HD);
        sizes.put("FHD", FHD);
        sizes.put("QHD", QHD);
        sizes.put("QXGA", QXGA);
        sizes.put("WQXGA", WQXGA);
        sizes.put("WQXGA2", WQXGA2);
        sizes.put("B64X32", B64X32);
        sizes.put("B64X64", B64X64);
        sizes.put("B128X64", B128X64);
        sizes.put("B128X128", B128X128);
        sizes.put("B160X160", B160X160);
        sizes.put("B320X320", B320X320);
        return Collections.unmodifiableMap(sizes); // in order: the first name of a size is its camera name
    }
}
