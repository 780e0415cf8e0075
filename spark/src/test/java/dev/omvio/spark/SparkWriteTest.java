package dev.omvio.spark;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Writes through {@code df.write().format("openmv")}, read back by the file engine and by the source. */
class SparkWriteTest {
    @TempDir
    static Path dir;
    static Path source;

    private final SparkSession spark = TestSpark.session();

    @BeforeAll
    static void writeRecordings() throws IOException {
        source = Files.createDirectories(dir.resolve("source"));
        List<Image> frames = new ArrayList<>();
        int seed = 100;
        for (PixelFormat format : Recordings.WRITTEN) {
            for (int k = 0; k < 3; k++) {
                frames.add(Recordings.frame(format, 16, format.isCompressed() ? 16 : 8, seed++));
            }
        }
        long[] intervals = IntStream.range(0, frames.size()).mapToLong(i -> 1000L * (i % 7) * 11).toArray();
        Recordings.write(source.resolve("a.bin"), false, frames, intervals);
        Recordings.writeVersion1(source.resolve("b.bin"), "1.0", frames.stream()
                .filter(f -> Recordings.VERSION_1.contains(f.format())).toList(), new long[15]);
    }

    private Dataset<Row> read(Path path) {
        return spark.read().format("openmv").load(path.toString());
    }

    private static List<String> frames(Dataset<Row> rows) {
        return rows.select("pixformat", "width", "height", "interval_us", "data").collectAsList().stream()
                .map(r -> r.getString(0) + " " + r.getInt(1) + "x" + r.getInt(2) + " " + r.getLong(3) + " "
                        + HexFormat.of().formatHex((byte[]) r.get(4)))
                .toList();
    }

    @Test
    void aWriteAndReadRoundTripKeepsEveryFrame() throws IOException {
        Path out = dir.resolve("round-trip");
        // Small partitions, so that the write's tasks make several files (no shuffle needed).
        Dataset<Row> frames = spark.read().format("openmv").option("maxPartitionBytes", 2048).option("openCostInBytes", 1)
                .load(source.toString());
        int partitions = frames.javaRDD().getNumPartitions();
        assertThat(partitions).isGreaterThan(2);
        frames.select("width", "height", "pixformat", "data", "interval_us")
                .write().format("openmv").mode("overwrite").save(out.toString());

        List<Path> written;
        try (Stream<Path> files = Files.list(out)) {
            written = files.sorted().toList();
        }
        assertThat(written).hasSize(partitions).allMatch(f -> f.getFileName().toString().matches("part-\\d{5}-.*\\.bin"));
        int total = 0;
        for (Path file : written) {
            try (ImageStream stream = ImageStreams.open(file, "r")) {
                assertThat(stream.version()).hasValue(20);
                assertThat(stream.damagedTail()).isEmpty();
                total += stream.count();
            }
        }
        assertThat(total).isEqualTo(33 + 15);
        assertThat(frames(read(out))).containsExactlyInAnyOrderElementsOf(frames(read(source)));

        // One partition keeps the frames' order.
        Path ordered = dir.resolve("ordered");
        read(source.resolve("a.bin")).coalesce(1).write().format("openmv").mode("append").save(ordered.toString());
        assertThat(frames(read(ordered))).containsExactlyElementsOf(frames(read(source.resolve("a.bin"))));
    }

    @Test
    void overwriteReplacesThePartFilesAndAppendAddsBesideThem() throws IOException {
        Path out = dir.resolve("modes");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "kept");
        Dataset<Row> some = read(source.resolve("a.bin")).filter("frame < 4").coalesce(1);
        some.write().format("openmv").mode("overwrite").save(out.toString());
        some.write().format("openmv").mode("append").save(out.toString());
        assertThat(read(out.resolve("*.bin")).count()).isEqualTo(8);

        some.filter("frame = 0").write().format("openmv").mode("overwrite").save(out.toString());
        assertThat(read(out.resolve("*.bin")).count()).isEqualTo(1);
        assertThat(out.resolve("notes.txt")).hasContent("kept");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).hasSize(2); // no hidden file left behind
        }

        assertThatThrownBy(() -> some.write().format("openmv").save(out.toString()))
                .hasMessageContaining("UNSUPPORTED_DATA_SOURCE_SAVE_MODE");
    }

    @Test
    void anImageColumnIsEncodedInTheRowsPixformat() {
        Path out = dir.resolve("images");
        Dataset<Row> decoded = spark.read().format("openmv").option("decode", "true").load(source.resolve("a.bin").toString())
                .filter("pixformat IN ('RGB565', 'GRAYSCALE', 'BAYER_RGGB', 'JPEG')").coalesce(1);
        Dataset<Row> colour = decoded.filter("image.nChannels = 3");
        colour.select(colour.col("image"), lit("PNG").as("pixformat"), colour.col("interval_us"))
                .write().format("openmv").mode("overwrite").save(out.toString());
        decoded.select("image").filter("image.nChannels = 1")
                .write().format("openmv").mode("append").save(out.resolve("grey").toString());

        Dataset<Row> back = spark.read().format("openmv").option("decode", "true").load(out.toString());
        assertThat(back.select("pixformat").collectAsList()).extracting(r -> r.getString(0)).containsOnly("PNG").hasSize(9);
        assertThat(images(back)).containsExactlyElementsOf(images(colour));
        Dataset<Row> grey = spark.read().format("openmv").option("decode", "true").load(out.resolve("grey").toString());
        assertThat(grey.select("pixformat").collectAsList()).extracting(r -> r.getString(0)).containsOnly("GRAYSCALE").hasSize(3);
        assertThat(images(grey)).containsExactlyElementsOf(images(decoded.filter("image.nChannels = 1")));
    }

    private static List<String> images(Dataset<Row> rows) {
        return rows.select("image.width", "image.height", "image.nChannels", "image.data").collectAsList().stream()
                .map(r -> r.getInt(0) + "x" + r.getInt(1) + "x" + r.getInt(2) + " " + HexFormat.of().formatHex((byte[]) r.get(3)))
                .toList();
    }

    @Test
    void rowsWithoutAFrameAreRefusedBeforeAnythingIsWritten() {
        Path out = dir.resolve("refused");
        assertThatThrownBy(() -> read(source).select("frame", "width").write().format("openmv").mode("overwrite").save(out.toString()))
                .hasStackTraceContaining("writes rows with the columns width, height, pixformat and data, or an image column");
        assertThat(out).doesNotExist();
    }
}
