/**
 * Raw Bayer frames: demosaic (bilinear, Malvar-He-Cutler edge-aware, half-size previews, and the
 * camera firmware's own) for the four patterns, split into row bands on large frames, and the
 * reverse mosaic used by tests and the synthetic sensor. The loops are static and take the
 * pattern as the parity of the red sample, so no call per pixel is virtual. The bilinear and
 * edge-aware interiors have portable code and optional Vector API kernels
 * ({@code jdk.incubator.vector}), which {@code Kernels} picks once per JVM; both give the same pixels.
 */
package dev.omvio.codecs.bayer;
