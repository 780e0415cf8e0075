package dev.omvio.sensors.openmv.protocol;

import org.junit.jupiter.api.Test;

import static dev.omvio.sensors.openmv.protocol.ScriptedLink.concat;
import static org.assertj.core.api.Assertions.assertThat;

/** What the corked link keeps back and when it writes: exact writes, in order. */
class CorkedLinkTest {
    private static final int HALF = CorkedLink.CAPACITY / 2;

    @Test
    void smallWritesGoOutTogetherAtTheFlush() throws Exception {
        ScriptedLink under = new ScriptedLink(new byte[0], true);
        CorkedLink link = new CorkedLink(under);
        link.write(bytes(10, 1), 0, 10);
        link.write(bytes(18, 2), 0, 18);
        assertThat(under.writes()).isEmpty();
        link.flush();
        link.flush(); // nothing kept: nothing written
        assertThat(under.writes()).containsExactly(concat(bytes(10, 1), bytes(18, 2)));
    }

    @Test
    void aLargeWriteThatFitsJoinsTheSmallOnesAndOneThatDoesNotGoesThroughAfterThem() throws Exception {
        ScriptedLink under = new ScriptedLink(new byte[0], true);
        CorkedLink link = new CorkedLink(under);
        byte[] large = bytes(CorkedLink.CAPACITY - 28, 3);
        byte[] larger = bytes(HALF + 1, 4);
        link.write(bytes(28, 1), 0, 28);
        link.write(large, 0, large.length); // exactly fills the buffer
        link.write(larger, 0, larger.length); // does not fit: the buffer goes, then this at once
        link.write(larger, 0, larger.length); // nothing kept and at least half the buffer: at once
        link.write(bytes(5, 5), 0, 5);
        link.flush();
        assertThat(under.writes()).containsExactly(concat(bytes(28, 1), large), larger, larger, bytes(5, 5));
    }

    private static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * seed + seed);
        }
        return b;
    }
}
