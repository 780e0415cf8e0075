/**
 * Raw Bayer frames: demosaic (bilinear, Malvar-He-Cutler edge-aware, half-size previews, and the
 * camera firmware's own) for the four patterns, split into row bands on large frames, and the
 * reverse mosaic used by tests and the synthetic sensor. The loops are static and take the
 * pattern as the parity of the red sample, so no call per pixel is virtual.
 */
package dev.omvio.codecs.bayer;
