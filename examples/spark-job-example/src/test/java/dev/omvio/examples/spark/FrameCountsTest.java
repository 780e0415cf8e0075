package dev.omvio.examples.spark;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The example job on a local session over two recordings it writes. */
class FrameCountsTest {
    @Test
    void countsFramesPerRecordingAndFormatAndWritesThemToParquet(@TempDir Path dir) throws IOException {
        Path recordings = Files.createDirectories(dir.resolve("recordings/station-2"));
        try (ImageStream one = ImageStreams.open(dir.resolve("recordings/one.bin"), "w");
                ImageStream two = ImageStreams.open(recordings.resolve("two.bin"), "w")) {
            for (int i = 0; i < 3; i++) {
                one.write(Image.blank(4, 2, PixelFormat.GRAYSCALE), 100_000);
            }
            two.write(Image.blank(4, 2, PixelFormat.RGB565), 0);
            two.write(Image.blank(4, 2, PixelFormat.GRAYSCALE), 50_000);
        }
        SparkSession spark = SparkSession.builder().master("local[1]").appName("frame-counts-test")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
        try {
            FrameCounts.Counts counts = FrameCounts.run(spark, dir.resolve("recordings").toString(),
                    dir.resolve("frames.parquet").toString());

            assertThat(counts.perRecording()).extracting(r -> r.getString(0).replaceAll(".*/", "") + " " + r.getLong(1) + " " + r.getLong(2))
                    .containsExactly("one.bin 3 200000", "two.bin 2 50000");
            assertThat(counts.perFormat()).extracting(r -> r.getString(0) + " " + r.getLong(1))
                    .containsExactly("GRAYSCALE 4", "RGB565 1");
            Row[] parquet = (Row[]) spark.read().parquet(dir.resolve("frames.parquet").toString())
                    .select("pixformat", "data").orderBy("pixformat").collect();
            assertThat(parquet).hasSize(5);
            assertThat((byte[]) parquet[4].get(1)).hasSize(16).containsOnly(0);
        } finally {
            spark.stop();
        }
    }
}
