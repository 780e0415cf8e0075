/**
 * The one-command benchmark report: runs the JMH benchmarks and tjbench, turns the
 * measurements into the ratios the targets are stated in, prints them as a table and writes
 * them as JSON.
 */
package dev.omvio.bench.report;
