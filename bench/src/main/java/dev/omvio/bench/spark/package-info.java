/** Case 8: the Spark data source's read throughput against the file engine on one thread. */
package dev.omvio.bench.spark;
