package dev.omvio.sensors.synthetic;

import dev.omvio.sensor.FrameSize;

/**
 * Colour noise that is the same for the same seed: pixel {@code i} of frame {@code k} takes
 * the low 24 bits of output number {@code k * pixels + i + 1} of the SplitMix64 generator
 * started at {@code seed}, as red, green and blue. Every frame differs; nothing is allocated.
 */
final class SeededNoise implements Scene {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final long seed;

    SeededNoise(long seed) {
        this.seed = seed;
    }

    @Override
    public void render(long frameNumber, int[] argb, FrameSize size) {
        int pixels = (int) size.pixels();
        long state = seed + frameNumber * pixels * GOLDEN_GAMMA;
        for (int i = 0; i < pixels; i++) {
            state += GOLDEN_GAMMA;
            argb[i] = 0xFF000000 | (int) (mix(state) & 0xFFFFFF);
        }
    }

    // SplitMix64's output function (Steele, Lea and Flood, 2014).
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
