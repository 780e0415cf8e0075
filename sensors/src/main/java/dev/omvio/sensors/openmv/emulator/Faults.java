package dev.omvio.sensors.openmv.emulator;

import java.util.Locale;

/**
 * Faults the emulator injects into the packets it sends, for testing hosts: each packet is,
 * with the given probabilities, dropped, sent with one byte flipped (its CRC then fails),
 * preceded by garbage bytes, split into two writes, or delayed; after a number of packets the
 * connection can be cut. The choices come from a seeded generator, so a run can be repeated.
 *
 * <p>Spec form: {@code drop=0.05,corrupt=0.05,garbage=0.1,split=0.5,delay=0.1,delayms=20,disconnect=500,seed=1}.
 *
 * @param drop probability that a packet is not sent
 * @param corrupt probability that a byte of the packet is flipped
 * @param garbage probability that up to 64 random bytes precede the packet
 * @param split probability that the packet is sent in two writes with a pause between
 * @param delay probability that the packet is held back {@code delayMillis}
 * @param delayMillis how long a delayed packet is held back
 * @param disconnectAfter packets after which the connection is closed (0: never)
 * @param seed the random generator's seed
 */
public record Faults(double drop, double corrupt, double garbage, double split, double delay, int delayMillis,
        long disconnectAfter, long seed) {
    /** No fault. */
    public static final Faults NONE = new Faults(0, 0, 0, 0, 0, 0, 0, 1);

    /**
     * Checks the values.
     *
     * @param drop probability that a packet is not sent, 0..1
     * @param corrupt probability that one bit of one byte of the packet is flipped, 0..1
     * @param garbage probability that 1 to 64 random bytes precede the packet, 0..1
     * @param split probability that the packet is sent in two writes 1 ms apart, 0..1
     * @param delay probability that the packet is held back {@code delayMillis}, 0..1
     * @param delayMillis how long a delayed packet is held back, in milliseconds, at least 0
     * @param disconnectAfter packets after which the connection is closed, at least 0 (0: never)
     * @param seed the random generator's seed: the same seed, the same faults for the same packets
     * @throws IllegalArgumentException if a probability is outside 0..1 (or not a number) or a
     *     count is negative
     */
    public Faults {
        for (double p : new double[] {drop, corrupt, garbage, split, delay}) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("fault probabilities must be 0..1, got " + p);
            }
        }
        if (delayMillis < 0 || disconnectAfter < 0) {
            throw new IllegalArgumentException("delayms and disconnect must not be negative");
        }
    }

    /**
     * Reads the spec form: comma-separated {@code key=value} items, keys as the class describes
     * (case ignored), blank items skipped. A key left out keeps its default: no fault, a 10 ms
     * delay, no disconnection, seed 1.
     *
     * @param spec the spec, such as {@code drop=0.05,seed=7}; empty for no fault
     * @return the faults it names
     * @throws IllegalArgumentException naming a key or value that is not understood, or a value
     *     out of range
     */
    public static Faults parse(String spec) {
        double drop = 0;
        double corrupt = 0;
        double garbage = 0;
        double split = 0;
        double delay = 0;
        int delayMillis = 10;
        long disconnect = 0;
        long seed = 1;
        for (String item : spec.split(",")) {
            if (item.isBlank()) {
                continue;
            }
            String[] kv = item.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("fault '" + item + "' is not key=value");
            }
            String v = kv[1].trim();
            try {
                switch (kv[0].trim().toLowerCase(Locale.ROOT)) {
                    case "drop" -> drop = Double.parseDouble(v);
                    case "corrupt" -> corrupt = Double.parseDouble(v);
                    case "garbage" -> garbage = Double.parseDouble(v);
                    case "split" -> split = Double.parseDouble(v);
                    case "delay" -> delay = Double.parseDouble(v);
                    case "delayms" -> delayMillis = Integer.parseInt(v);
                    case "disconnect" -> disconnect = Long.parseLong(v);
                    case "seed" -> seed = Long.parseLong(v);
                    default -> throw new IllegalArgumentException("unknown fault '" + kv[0]
                            + "': drop, corrupt, garbage, split, delay, delayms, disconnect, seed");
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("fault " + kv[0] + " needs a number, got '" + v + "'");
            }
        }
        return new Faults(drop, corrupt, garbage, split, delay, delayMillis, disconnect, seed);
    }
}
