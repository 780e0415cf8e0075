/**
 * Baselines written for the comparison: what a straightforward implementation, or the camera
 * firmware, does. Deliberately simple; they are the yardstick, not candidates.
 */
package dev.omvio.bench.baseline;
