package dev.omvio.sensors.synthetic;

import java.util.Locale;

/** The scenes the synthetic driver offers, by the name of its {@code pattern} option. */
enum Pattern {
    /** {@link ColourBars}. */
    BARS,
    /** {@link MovingShapes}. */
    SHAPES,
    /** {@link SeededNoise}. */
    NOISE;

    /** @throws IllegalArgumentException if the name is none of the patterns */
    static Pattern forName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    Scene scene(long seed) {
        return switch (this) {
            case BARS -> new ColourBars();
            case SHAPES -> new MovingShapes();
            case NOISE -> new SeededNoise(seed);
        };
    }
}
