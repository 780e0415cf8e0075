package dev.omvio.codecs.bayer;

/**
 * Mirrors a coordinate up to two pixels outside 0..n-1 back inside ({@code -1 -> 1},
 * {@code n -> n-2}), which keeps its parity and so its Bayer colour. Needs n of at least 2.
 */
final class Mirror {
    private Mirror() {
    }

    static int index(int i, int n) {
        int inside = i < 0 ? -i : i;
        if (inside >= n) {
            inside = 2 * n - 2 - inside;
        }
        return inside < 0 ? -inside : inside;
    }
}
