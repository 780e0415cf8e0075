package dev.omvio.imagej;

import dev.omvio.codec.PixelCodecs;
import dev.omvio.codec.spi.PixelCodec;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.DamagedTail;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import dev.omvio.stream.StreamFormatException;
import ij.IJ;
import ij.ImageListener;
import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileInfo;
import ij.measure.Calibration;

import java.awt.EventQueue;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * OpenMV recordings as ImageJ stacks, for plugins, macros and scripts:
 *
 * <pre>{@code
 * ImagePlus imp = OpenMvStacks.open(Path.of("rec.bin"));
 * imp.show();
 * OpenMvStacks.save(imp, Path.of("copy.bin"), SaveOptions.DEFAULT.withFormat(PixelFormat.RGB565));
 * }</pre>
 *
 * <p>From an ImageJ macro: {@code call("dev.omvio.imagej.OpenMvStacks.openMacro", path)} or the
 * menu commands ({@code run("OpenMV Stream...", "open=/path/rec.bin stack=Automatic")}).
 *
 * <p>A recording opens as one slice per frame, labelled with the frame's index and time
 * ({@code "frame 3 t=0.100 s"}), with the mean frame interval as the calibration's frame interval
 * (seconds) and fps, and with the frames as ImageJ's time axis. GRAYSCALE and BINARY recordings
 * are 8-bit (BINARY as 0 and 255); any other format, or a mix, is RGB. Frames of differing sizes
 * share a canvas of the largest width and height: each sits at the top-left corner on black and
 * its label names its own size and format. Every whole frame is kept; a damaged tail is logged
 * (ImageJ's Log window) and named in the image's Info.
 */
public final class OpenMvStacks {
    /** The image property holding the recording's {@link DamagedTail}, if it had one. */
    public static final String DAMAGED_TAIL_PROPERTY = "omvio.damagedTail";
    /** The interval written when neither the options nor the calibration give one: 1/30 s. */
    public static final long DEFAULT_INTERVAL_MICROS = 33_333;

    private OpenMvStacks() {
    }

    /**
     * Opens a recording with {@link OpenOptions#DEFAULT}.
     *
     * @param path the recording
     * @return the recording as an image, a stack of its frames
     * @throws IOException as {@link #open(Path, OpenOptions)}
     */
    public static ImagePlus open(Path path) throws IOException {
        return open(path, OpenOptions.DEFAULT);
    }

    /**
     * Opens a recording as a stack, virtual or in memory as the options say. A virtual stack keeps
     * the file open until the image is closed (its window, or {@link ImagePlus#flush()}) or its
     * {@link OpenMvVirtualStack#close()} is called.
     *
     * @param path the recording
     * @param options virtual or in memory, and how to decode
     * @return the recording as an image, a stack of its frames
     * @throws StreamFormatException if the file is not a recording or holds no whole frame
     * @throws dev.omvio.stream.NotRegularFileException if the path is a directory, FIFO or device
     * @throws IOException if the file cannot be read or a frame cannot be decoded (in memory)
     */
    public static ImagePlus open(Path path, OpenOptions options) throws IOException {
        ImageStream stream = ImageStreams.open(path, "r");
        try {
            ImagePlus imp = open(stream, path.getFileName().toString(), options, true);
            FileInfo info = new FileInfo();
            info.fileName = path.getFileName().toString();
            Path parent = path.toAbsolutePath().getParent();
            info.directory = parent == null ? "" : IJ.addSeparator(parent.toString());
            info.width = imp.getWidth();
            info.height = imp.getHeight();
            info.nImages = imp.getStackSize();
            info.fileType = imp.getBitDepth() == 8 ? FileInfo.GRAY8 : FileInfo.RGB;
            imp.setFileInfo(info);
            return imp;
        } catch (IOException | RuntimeException e) {
            stream.close();
            throw e;
        }
    }

    /**
     * Opens a recording for ImageJ's macro language:
     * {@code call("dev.omvio.imagej.OpenMvStacks.openMacro", path)} shows it and returns "" or,
     * if it cannot be opened, the reason.
     *
     * @param path the recording's path
     * @return "" if the recording was opened, else the reason it was not
     */
    public static String openMacro(String path) {
        try {
            open(Path.of(path)).show();
            return "";
        } catch (IOException | RuntimeException e) {
            return String.valueOf(e.getMessage());
        }
    }

    /**
     * Saves slices of {@code imp} to {@code path} as a version 2.0 recording the camera and the
     * OpenMV IDE play: first into a temporary file beside it, which replaces {@code path} only
     * once every frame is written (a failure leaves {@code path} as it was). 8-bit, 16-bit and
     * 32-bit slices are written as their grey values (16 and 32-bit scaled by the display range),
     * 8-bit slices with a colour LUT and RGB slices as colour; the stack's slices go in order,
     * whatever its hyperstack dimensions.
     *
     * @param imp the image whose slices are saved
     * @param path the recording to write
     * @param options format, slice range, interval and JPEG settings
     * @return the number of frames written
     * @throws IllegalArgumentException if the range ends beyond the stack
     * @throws IOException if the file cannot be written
     */
    public static int save(ImagePlus imp, Path path, SaveOptions options) throws IOException {
        ImageStack stack = imp.getStack();
        int last = options.lastSlice() == 0 ? stack.size() : options.lastSlice();
        if (last > stack.size() || options.firstSlice() > last) {
            throw new IllegalArgumentException("slice range " + options.firstSlice() + ".." + last
                    + " is outside the stack's 1.." + stack.size());
        }
        PixelFormat format = options.format().orElse(defaultFormat(imp));
        long interval = options.intervalMicros().orElse(intervalMicros(imp.getCalibration()));
        SliceEncoder encoder = new SliceEncoder(imp, format, options.encode());
        Path target = path.toAbsolutePath();
        Path temp = reserveBeside(target);
        try {
            try (ImageStream out = ImageStreams.open(temp, "w")) {
                for (int n = options.firstSlice(); n <= last; n++) {
                    out.write(encoder.encode(stack.getProcessor(n)), interval);
                }
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return last - options.firstSlice() + 1;
    }

    /**
     * {@return the format {@link #save} uses when the options name none: GRAYSCALE for grey images, RGB565 for colour}
     *
     * @param imp the image to save
     */
    public static PixelFormat defaultFormat(ImagePlus imp) {
        int type = imp.getType();
        return type == ImagePlus.COLOR_RGB || type == ImagePlus.COLOR_256 ? PixelFormat.RGB565 : PixelFormat.GRAYSCALE;
    }

    /** {@return the formats {@link #save} can write with the codecs present: every format a codec encodes but ARGB8} */
    public static List<PixelFormat> saveFormats() {
        Set<PixelFormat> formats = EnumSet.noneOf(PixelFormat.class);
        for (PixelCodec codec : PixelCodecs.all()) {
            if (codec.isAvailable()) {
                formats.addAll(codec.encodes());
            }
        }
        formats.remove(PixelFormat.ARGB8);
        return List.copyOf(formats);
    }

    /**
     * {@return the frame interval of a calibration in microseconds: its frame interval in its time unit
     * (seconds unless "ms", "us"/"µs" or "min"), else 1/fps, else {@link #DEFAULT_INTERVAL_MICROS}}
     *
     * @param calibration the image's calibration
     */
    public static long intervalMicros(Calibration calibration) {
        double seconds = calibration.frameInterval * unitSeconds(calibration.getTimeUnit());
        if (!(seconds > 0) && calibration.fps > 0) {
            seconds = 1 / calibration.fps;
        }
        if (!(seconds > 0)) {
            return DEFAULT_INTERVAL_MICROS;
        }
        return Math.min(Math.round(seconds * 1e6), 1_000_000_000L);
    }

    // Package-private for tests, which hand in a stream that counts its reads.
    static ImagePlus open(ImageStream stream, String title, OpenOptions options, boolean owned) throws IOException {
        Optional<DamagedTail> tail = stream.damagedTail();
        if (stream.count() == 0) {
            throw new StreamFormatException(tail.map(DamagedTail::offset).orElse(stream.size()),
                    "the recording holds no whole frame" + tail.map(t -> ": " + t.reason()).orElse(""));
        }
        StackLayout layout = StackLayout.of(stream);
        FrameConverter converter = new FrameConverter(layout, options.decode());
        boolean virtual = options.stack() == OpenOptions.StackKind.VIRTUAL
                || options.stack() == OpenOptions.StackKind.AUTO && layout.decodedBytes() > options.virtualThreshold();
        String info = info(stream, layout, virtual, tail);
        ImagePlus imp;
        if (virtual) {
            OpenMvVirtualStack stack = new OpenMvVirtualStack(stream, layout, converter);
            imp = new ImagePlus(title, stack);
            if (owned) {
                ImagePlus.addImageListener(new CloseOnClose(imp, stack));
            }
        } else {
            ImageStack stack = new ImageStack(layout.width(), layout.height());
            for (int i = 0; i < layout.count(); i++) {
                IJ.showProgress(i, layout.count());
                stack.addSlice(layout.label(i), converter.toProcessor(stream.readFrame(i)));
            }
            IJ.showProgress(1.0);
            imp = new ImagePlus(title, stack);
            if (owned) {
                stream.close();
            }
        }
        imp.setDimensions(1, 1, layout.count());
        Calibration calibration = imp.getCalibration();
        calibration.setTimeUnit("s");
        calibration.frameInterval = layout.meanIntervalMicros() / 1e6;
        calibration.fps = calibration.frameInterval > 0 ? 1 / calibration.frameInterval : 0;
        imp.setProperty("Info", info);
        tail.ifPresent(t -> {
            imp.setProperty(DAMAGED_TAIL_PROPERTY, t);
            IJ.log("OpenMV Stream: " + title + ": opened the " + layout.count() + " whole frames; cut "
                    + t.length() + " damaged bytes at offset " + t.offset() + " (" + t.reason() + ")");
        });
        if (layout.oddFrames() > 0) {
            IJ.log("OpenMV Stream: " + title + ": " + layout.oddFrames() + " frames are smaller than "
                    + layout.width() + "x" + layout.height() + " and sit at the top-left corner (see their labels)");
        }
        return imp;
    }

    // Not Files.createTempFile: its owner-only permissions would stay on the saved recording.
    private static Path reserveBeside(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid()
                    + "-" + System.nanoTime() + ".part");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    private static String info(ImageStream stream, StackLayout layout, boolean virtual, Optional<DamagedTail> tail) {
        StringBuilder info = new StringBuilder();
        int version = stream.version().orElse(0);
        info.append("OpenMV recording, version ").append(version / 10).append('.').append(version % 10).append('\n');
        info.append("Frames: ").append(layout.count()).append(virtual ? " (virtual stack)" : "").append('\n');
        info.append(String.format(Locale.ROOT, "Mean frame interval: %.3f ms%n", layout.meanIntervalMicros() / 1000));
        info.append("Bytes: ").append(stream.size()).append('\n');
        tail.ifPresent(t -> info.append("Damaged tail cut: ").append(t.length()).append(" bytes at offset ")
                .append(t.offset()).append(" (").append(t.reason()).append(")\n"));
        return info.toString();
    }

    private static double unitSeconds(String unit) {
        return switch (unit == null ? "" : unit.trim().toLowerCase(Locale.ROOT)) {
            case "ms", "msec" -> 1e-3;
            case "us", "µs", "usec" -> 1e-6;
            case "min" -> 60;
            case "h", "hour", "hours" -> 3600;
            default -> 1;
        };
    }

    /** Closes a virtual stack's recording when ImageJ closes (flushes) its image. */
    private static final class CloseOnClose implements ImageListener {
        private final ImagePlus imp;
        private final OpenMvVirtualStack stack;

        CloseOnClose(ImagePlus imp, OpenMvVirtualStack stack) {
            this.imp = imp;
            this.stack = stack;
        }

        @Override
        public void imageOpened(ImagePlus image) {
            // nothing to do
        }

        @Override
        public void imageClosed(ImagePlus image) {
            if (image == imp) {
                // ImageJ is walking its listener list on the event thread: leave it alone until after
                EventQueue.invokeLater(() -> ImagePlus.removeImageListener(this));
                try {
                    stack.close();
                } catch (IOException e) {
                    IJ.log("OpenMV Stream: closing " + imp.getTitle() + ": " + e.getMessage());
                }
            }
        }

        @Override
        public void imageUpdated(ImagePlus image) {
            // nothing to do
        }
    }
}
