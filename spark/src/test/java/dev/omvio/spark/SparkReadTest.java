package dev.omvio.spark;

import dev.omvio.codec.PixelCodecs;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.read.InputPartition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.spark_partition_id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reads through {@code spark.read.format("openmv")} compared with what the file engine gives for the same files. */
class SparkReadTest {
    private static final int BIG_FRAMES = 200;
    private static final int BIG_FRAME_BYTES = 32 * 24; // GRAYSCALE 32x24
    private static final int BIG_CHUNK = 32 + BIG_FRAME_BYTES; // header + data, a multiple of 16: no padding

    @TempDir
    static Path dir;
    static Path versions;
    static Path big;
    static Path damaged;

    private final SparkSession spark = TestSpark.session();

    @BeforeAll
    static void writeRecordings() throws IOException {
        versions = Files.createDirectories(dir.resolve("versions"));
        Recordings.writeVersion1(versions.resolve("v10.bin"), "1.0", frames(Recordings.VERSION_1), millis(10));
        Recordings.writeVersion1(versions.resolve("v11.bin"), "1.1", frames(Recordings.VERSION_1), millis(10));
        List<Image> written = frames(Recordings.WRITTEN);
        Recordings.write(versions.resolve("v20.bin"), false, written, micros(written.size(), 1000));
        Recordings.write(versions.resolve("v21.bin"), true, written, micros(written.size(), 1));

        big = Files.createDirectories(dir.resolve("big")).resolve("big.bin");
        List<Image> bigFrames = IntStream.range(0, BIG_FRAMES)
                .mapToObj(i -> Recordings.frame(PixelFormat.GRAYSCALE, 32, 24, i)).toList();
        long[] every40ms = new long[BIG_FRAMES];
        java.util.Arrays.fill(every40ms, 40_000);
        Recordings.write(big, false, bigFrames, every40ms);

        damaged = Files.createDirectories(dir.resolve("damaged"));
        Path cut = Recordings.write(damaged.resolve("cut.bin"), false,
                IntStream.range(0, 5).mapToObj(i -> Recordings.frame(PixelFormat.GRAYSCALE, 16, 8, i)).toList(),
                new long[] {0, 1000, 1000, 1000, 1000});
        try (RandomAccessFile file = new RandomAccessFile(cut.toFile(), "rw")) {
            file.setLength(file.length() - 50); // the fifth frame's data cut short: 4 whole frames and a damaged tail
        }
        Recordings.writeWithArgb8(Files.createDirectories(dir.resolve("argb8")).resolve("argb8.bin"));

        Path junk = Files.createDirectories(dir.resolve("junk"));
        Files.writeString(junk.resolve("a-notes.bin"), "not a stream at all, just some text");
        Recordings.write(junk.resolve("b-good.bin"), false, frames(List.of(PixelFormat.GRAYSCALE)), new long[] {0, 0});

        Path nested = dir.resolve("nested");
        for (String name : List.of("top.bin", "a/x.bin", "b/c/y.bin", "_hidden/z.bin", "b/.w.bin")) {
            Path file = nested.resolve(name);
            Files.createDirectories(file.getParent());
            Recordings.write(file, false, frames(List.of(PixelFormat.GRAYSCALE)), new long[] {0, 0});
        }
    }

    // Two frames of each format, 16x8 (JPEG and PNG 16x16), each of other bytes.
    private static List<Image> frames(List<PixelFormat> formats) {
        List<Image> frames = new ArrayList<>();
        int seed = 0;
        for (PixelFormat format : formats) {
            for (int k = 0; k < 2; k++) {
                frames.add(Recordings.frame(format, 16, format.isCompressed() ? 16 : 8, seed++));
            }
        }
        return frames;
    }

    private static long[] millis(int count) {
        return IntStream.range(0, count).mapToLong(i -> new long[] {0, 33, 34, 100}[i % 4]).toArray();
    }

    private static long[] micros(int count, long unit) {
        return IntStream.range(0, count).mapToLong(i -> new long[] {0, 33_333, 1, 250_000}[i % 4] / unit * unit).toArray();
    }

    private Dataset<Row> read(Path path) {
        return spark.read().format("openmv").load(path.toString());
    }

    @Test
    void everyRowAndEveryDecodedPixelIsWhatTheFileEngineGives() throws IOException {
        List<Row> rows = spark.read().format("openmv").option("decode", "true").load(versions.toString())
                .orderBy("path", "frame").collectAsList();

        int at = 0;
        Set<String> formats = new TreeSet<>();
        for (String name : List.of("v10.bin", "v11.bin", "v20.bin", "v21.bin")) {
            try (ImageStream stream = ImageStreams.open(versions.resolve(name), "r")) {
                long time = 0;
                for (int i = 0; i < stream.count(); i++) {
                    FrameInfo info = stream.frameInfo(i);
                    time += i == 0 ? 0 : info.intervalMicros();
                    Row row = rows.get(at++);
                    assertThat(Paths.get(URI.create(row.getAs("path")))).isEqualTo(versions.resolve(name));
                    assertThat((int) row.getAs("frame")).isEqualTo(i);
                    assertThat((long) row.getAs("offset")).isEqualTo(info.offset());
                    assertThat((long) row.getAs("time_us")).isEqualTo(time);
                    assertThat((long) row.getAs("interval_us")).isEqualTo(info.intervalMicros());
                    assertThat((int) row.getAs("width")).isEqualTo(info.width());
                    assertThat((int) row.getAs("height")).isEqualTo(info.height());
                    assertThat((String) row.getAs("pixformat")).isEqualTo(info.format().name());
                    Image frame = stream.readFrame(i);
                    assertThat((byte[]) row.getAs("data")).isEqualTo(frame.toByteArray());
                    assertImage(row.getAs("image"), frame, row.getAs("path"));
                    formats.add(info.format().name());
                }
            }
        }
        assertThat(at).isEqualTo(rows.size()).isEqualTo(2 * 5 * 2 + 2 * 11 * 2);
        assertThat(formats).isEqualTo(Recordings.WRITTEN.stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)));
        // The intervals as stored: ms for 1.x and 2.0, µs for 2.1 (frame 1 of each: 33 ms, 33,333 µs).
        assertThat(rows.stream().filter(r -> (int) r.getAs("frame") == 1).map(r -> (long) r.getAs("interval_us")))
                .containsExactly(33_000L, 33_000L, 33_000L, 33_333L);
    }

    // Spark's image source's rule (ImageSchema.decode) applied pixel by pixel to the codecs' picture.
    private static void assertImage(Row image, Image frame, String origin) throws IOException {
        BufferedImage picture = PixelCodecs.toBufferedImage(frame);
        boolean gray = picture.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY;
        boolean alpha = picture.getColorModel().hasAlpha();
        int channels = gray ? 1 : alpha ? 4 : 3;
        byte[] expected = new byte[picture.getWidth() * picture.getHeight() * channels];
        int at = 0;
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                if (gray) {
                    expected[at++] = (byte) picture.getRaster().getSample(x, y, 0);
                } else {
                    Color color = new Color(picture.getRGB(x, y), alpha);
                    expected[at++] = (byte) color.getBlue();
                    expected[at++] = (byte) color.getGreen();
                    expected[at++] = (byte) color.getRed();
                    if (alpha) {
                        expected[at++] = (byte) color.getAlpha();
                    }
                }
            }
        }
        assertThat((String) image.getAs("origin")).isEqualTo(origin);
        assertThat((int) image.getAs("height")).isEqualTo(picture.getHeight());
        assertThat((int) image.getAs("width")).isEqualTo(picture.getWidth());
        assertThat((int) image.getAs("nChannels")).isEqualTo(channels);
        assertThat((int) image.getAs("mode")).isEqualTo(gray ? 0 : alpha ? 24 : 16);
        assertThat((byte[]) image.getAs("data")).isEqualTo(expected);
    }

    @Test
    void imagesAreLaidOutAsSparksImageSource() throws IOException {
        // By hand: a GRAYSCALE 2x1 frame of bytes 10, 200 is one channel (CV_8UC1 = 0) of 10, 200;
        // an RGB565 1x1 frame of pure red (0xF800, stored little-endian 00 F8) is 3 channels
        // (CV_8UC3 = 16) in the order B, G, R: 0, 0, 255 (5 bits of 31 widen to 255).
        Path file = Files.createDirectories(dir.resolve("golden")).resolve("golden.bin");
        Recordings.write(file, false, List.of(Image.of(2, 1, PixelFormat.GRAYSCALE, new byte[] {10, (byte) 200}),
                Image.of(1, 1, PixelFormat.RGB565, new byte[] {0, (byte) 0xF8})), new long[] {0, 0});

        List<Row> images = spark.read().format("openmv").option("decode", "true").load(file.toString())
                .select("image.nChannels", "image.mode", "image.data").collectAsList();

        assertThat(images.get(0).getInt(0)).isEqualTo(1);
        assertThat(images.get(0).getInt(1)).isEqualTo(0);
        assertThat((byte[]) images.get(0).get(2)).containsExactly(10, (byte) 200);
        assertThat(images.get(1).getInt(0)).isEqualTo(3);
        assertThat(images.get(1).getInt(1)).isEqualTo(16);
        assertThat((byte[]) images.get(1).get(2)).containsExactly(0, 0, (byte) 255);
        assertThat(spark.read().format("openmv").option("decode", "true").load(file.toString()).schema().apply("image").dataType())
                .isEqualTo(FrameColumns.imageType());
    }

    @Test
    void aFileSplitIntoPartitionsGivesTheFramesOfAOnePartitionReadInOrderEachOnce() {
        // Slices are cut once they hold maxPartitionBytes: 10 chunks of 800 bytes each.
        Dataset<Row> split = spark.read().format("openmv").option("maxPartitionBytes", 10 * BIG_CHUNK).load(big.toString())
                .select(col("frame"), col("offset"), col("data"), spark_partition_id().as("partition"));
        Dataset<Row> whole = spark.read().format("openmv").option("maxPartitionBytes", "1g").load(big.toString())
                .select("frame", "offset", "data");

        List<Row> splitRows = split.collectAsList();
        List<Row> wholeRows = whole.collectAsList();

        assertThat(split.javaRDD().getNumPartitions()).isEqualTo(20);
        assertThat(whole.javaRDD().getNumPartitions()).isEqualTo(1);
        assertThat(splitRows).hasSize(BIG_FRAMES);
        for (int i = 0; i < BIG_FRAMES; i++) {
            Row row = splitRows.get(i);
            assertThat(row.getInt(0)).isEqualTo(i);
            assertThat(row.getInt(3)).isEqualTo(i / 10); // each partition starts at a frame of the index
            assertThat(row.getLong(1)).isEqualTo(wholeRows.get(i).getLong(1)).isEqualTo(16L + (long) i * BIG_CHUNK);
            assertThat((byte[]) row.get(2)).isEqualTo((byte[]) wholeRows.get(i).get(2));
        }
    }

    @Test
    void withoutMaxPartitionBytesAFileIsSplitSoThatEveryCoreGetsAPartition() {
        // As Spark's FilePartition.maxSplitBytes: (file bytes + openCostInBytes) / 2 cores =
        // (16 + 200 * 800 + 800) / 2 = 80408 bytes a slice; a slice is cut once it holds that many:
        // after 101 chunks (80800 bytes), leaving 99.
        Dataset<Row> split = spark.read().format("openmv").option("openCostInBytes", BIG_CHUNK).load(big.toString())
                .select(col("frame"), col("data"), spark_partition_id().as("partition"));
        List<Row> rows = split.collectAsList();
        List<Row> whole = read(big).select("frame", "data").collectAsList();

        assertThat(split.javaRDD().getNumPartitions()).isEqualTo(2);
        assertThat(rows).extracting(r -> r.getInt(0)).isEqualTo(IntStream.range(0, BIG_FRAMES).boxed().toList());
        assertThat(rows).extracting(r -> r.getInt(2)).isEqualTo(IntStream.range(0, BIG_FRAMES).mapToObj(i -> i < 101 ? 0 : 1).toList());
        for (int i = 0; i < BIG_FRAMES; i++) {
            assertThat((byte[]) rows.get(i).get(1)).isEqualTo((byte[]) whole.get(i).get(1));
        }
    }

    @Test
    void aScanIsPlannedOnceHoweverOftenSparkAsksForItsPartitions() throws IOException {
        // Spark asks again from copies of the plan node holding the scan; each plan walks every file's headers.
        Path copy = Files.copy(big, dir.resolve("planned-once.bin"));
        OpenMvScan scan = new OpenMvScan(ReadOptions.of(Map.of("path", copy.toString(), "maxPartitionBytes", "8000")),
                FrameColumns.schema(false), FramePredicate.ALL);
        InputPartition[] first = scan.planInputPartitions();
        Files.delete(copy); // a second plan would fail: the file is gone
        assertThat(first).hasSize(20);
        assertThat(scan.planInputPartitions()).containsExactly(first);
    }

    @Test
    void framesDataIsReadOnlyWhenSelected() {
        Dataset<Row> headers = read(big).select("frame", "width", "time_us");
        List<Row> rows = headers.collectAsList();
        assertThat(TestSpark.scanMetric(headers, FrameBytesRead.NAME)).isZero();
        assertThat(rows).extracting(r -> r.getLong(2)).isEqualTo(
                IntStream.range(0, BIG_FRAMES).mapToObj(i -> 40_000L * i).toList());

        Dataset<Row> counted = read(big).groupBy().count();
        assertThat(counted.collectAsList().get(0).getLong(0)).isEqualTo(BIG_FRAMES);
        assertThat(TestSpark.scanMetric(counted, FrameBytesRead.NAME)).isZero();
        assertThat(read(big).count()).isEqualTo(BIG_FRAMES);

        Dataset<Row> data = read(big).select("data");
        assertThat(data.collectAsList()).hasSize(BIG_FRAMES);
        assertThat(TestSpark.scanMetric(data, FrameBytesRead.NAME)).isEqualTo((long) BIG_FRAMES * BIG_FRAME_BYTES);
    }

    @Test
    void filtersOnFrameTimeAndPixformatSkipFramesAndPartitions() {
        Dataset<Row> late = spark.read().format("openmv").option("maxPartitionBytes", 10 * BIG_CHUNK).load(big.toString())
                .filter("frame >= 150 AND pixformat = 'GRAYSCALE'").select("frame", "data");
        assertThat(late.collectAsList()).extracting(r -> r.getInt(0)).isEqualTo(IntStream.range(150, 200).boxed().toList());
        assertThat(TestSpark.scanMetric(late, FrameBytesRead.NAME)).isEqualTo(50L * BIG_FRAME_BYTES);
        assertThat(late.javaRDD().getNumPartitions()).isEqualTo(5);

        Dataset<Row> early = read(big).filter("time_us < 400000").select("frame", "data");
        assertThat(early.collectAsList()).extracting(r -> r.getInt(0)).isEqualTo(IntStream.range(0, 10).boxed().toList());
        assertThat(TestSpark.scanMetric(early, FrameBytesRead.NAME)).isEqualTo(10L * BIG_FRAME_BYTES);

        Dataset<Row> between = read(big).filter("frame IN (3, 7) OR frame = 5").select("frame", "data");
        assertThat(between.collectAsList()).extracting(r -> r.getInt(0)).containsExactly(3, 5, 7);

        Dataset<Row> none = read(big).filter(col("pixformat").isin("JPEG", "PNG")).select("data");
        assertThat(none.collectAsList()).isEmpty();
        assertThat(none.javaRDD().getNumPartitions()).isZero();
        assertThat(TestSpark.scanMetric(none, FrameBytesRead.NAME)).isZero();
    }

    @Test
    void aDamagedTailFollowsSparksModes() {
        Path cut = damaged.resolve("cut.bin");
        for (String mode : List.of("PERMISSIVE", "DROPMALFORMED")) {
            Dataset<Row> frames = spark.read().format("openmv").option("mode", mode).load(cut.toString()).select("frame", "data");
            assertThat(frames.collectAsList()).extracting(r -> r.getInt(0)).containsExactly(0, 1, 2, 3);
            assertThat(TestSpark.scanMetric(frames, MalformedRecords.NAME)).isEqualTo(1);
        }
        assertThat(read(cut).count()).isEqualTo(4);

        assertThatThrownBy(() -> spark.read().format("openmv").option("mode", "FAILFAST").load(cut.toString()).collectAsList())
                .hasStackTraceContaining("damaged tail of 110 bytes at offset 656")
                .hasStackTraceContaining("FAILFAST");
        assertThat(spark.read().format("openmv").option("mode", "FAILFAST").option("ignoreCorruptFiles", "true")
                .load(cut.toString()).count()).isEqualTo(4);
    }

    @Test
    void anUnreadableFrameIsNullDroppedOrFatalByMode() {
        Path file = dir.resolve("argb8/argb8.bin");
        List<Row> permissive = read(file).select("frame", "pixformat", "data").collectAsList();
        assertThat(permissive).extracting(r -> r.getString(1)).containsExactly("GRAYSCALE", "ARGB8", "GRAYSCALE");
        assertThat(permissive.get(1).isNullAt(2)).isTrue();
        assertThat((byte[]) permissive.get(2).get(2)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);

        assertThat(spark.read().format("openmv").option("mode", "DROPMALFORMED").load(file.toString()).select("frame").collectAsList())
                .extracting(r -> r.getInt(0)).containsExactly(0, 2);
        assertThatThrownBy(() -> spark.read().format("openmv").option("mode", "FAILFAST").load(file.toString()).count())
                .hasStackTraceContaining("ARGB8 frame 1 has no pixels");
    }

    @Test
    void aFileThatIsNoStreamFailsTheReadUnlessIgnoreCorruptFilesIsSet() {
        Path junk = dir.resolve("junk");
        assertThatThrownBy(() -> read(junk).count()).hasStackTraceContaining("a-notes.bin");
        assertThat(spark.read().format("openmv").option("ignoreCorruptFiles", "true").load(junk.toString())
                .select("path", "frame").collectAsList()).extracting(r -> r.getString(0) + "#" + r.getInt(1))
                .containsExactly("file:" + junk.resolve("b-good.bin") + "#0", "file:" + junk.resolve("b-good.bin") + "#1");
        spark.conf().set("spark.sql.files.ignoreCorruptFiles", "true");
        try {
            assertThat(read(junk).count()).isEqualTo(2);
        } finally {
            spark.conf().unset("spark.sql.files.ignoreCorruptFiles");
        }
    }

    @Test
    void pathsAreFoundAsSparksFileSourcesFindThem() {
        Path nested = dir.resolve("nested");
        assertThat(files(read(nested))).containsExactly("top.bin");
        assertThat(files(spark.read().format("openmv").option("recursiveFileLookup", "true").load(nested.toString())))
                .containsExactly("top.bin", "x.bin", "y.bin");
        assertThat(files(read(nested.resolve("*/*.bin")))).containsExactly("x.bin");
        assertThat(files(spark.read().format("openmv").load(nested.resolve("top.bin").toString(), nested.resolve("a").toString())))
                .containsExactly("top.bin", "x.bin");
        assertThat(files(spark.read().format("openmv").option("recursiveFileLookup", "true").option("pathGlobFilter", "[xy].bin")
                .load(nested.toString()))).containsExactly("x.bin", "y.bin");
        assertThatThrownBy(() -> read(nested.resolve("missing")).count()).hasStackTraceContaining("path does not exist");
    }

    private static List<String> files(Dataset<Row> frames) {
        return frames.select("path").collectAsList().stream()
                .map(r -> r.getString(0).substring(r.getString(0).lastIndexOf('/') + 1)).distinct().sorted().toList();
    }
}
