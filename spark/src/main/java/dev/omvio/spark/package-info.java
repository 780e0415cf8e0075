/**
 * An Apache Spark data source for OpenMV stream files: {@code spark.read.format("openmv")} gives
 * one row per frame and {@code df.write.format("openmv")} writes one version 2.0 stream file per
 * partition. Frames are found and read by the omvio file engine ({@code ImageStreams.open}) and
 * decoded by the omvio codecs ({@code PixelCodecs}); this package parses nothing itself.
 *
 * <p>The entry point is {@link dev.omvio.spark.OpenMvDataSource}, registered with Spark as
 * {@code openmv}; the metric classes are public because Spark creates them by name. See
 * docs/SPARK.md for the schema, the options and the partitioning.
 */
package dev.omvio.spark;
