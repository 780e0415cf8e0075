/** Benchmarks of the file and memory streams against bare Java I/O and copies. */
package dev.omvio.bench.stream;
