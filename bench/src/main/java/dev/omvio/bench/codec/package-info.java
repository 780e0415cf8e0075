/** Benchmarks of pixel decoding (Bayer demosaic, JPEG) and of the javax.imageio bridge. */
package dev.omvio.bench.codec;
