/** An example Spark job over OpenMV recordings, run with {@code spark-submit}: see docs/SPARK.md. */
package dev.omvio.examples.spark;
