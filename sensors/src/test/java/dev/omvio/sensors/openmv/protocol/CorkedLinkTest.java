package dev.omvio.sensors.openmv.protocol;

import org.junit.jupiter.api.Test;

import static dev.omvio.sensors.openmv.protocol.ScriptedLink.concat;
import static org.assertj.core.api.Assertions.assertThat;

/** What the corked link keeps back and when it writes: exact writes, in order. */
class CorkedLinkTest {
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
    void aLargeWriteGoesOutAtOnceWithWhatIsKeptInOneGatheringWrite() throws Exception {
        ScriptedLink under = new ScriptedLink(new byte[0], true);
        CorkedLink link = new CorkedLink(under);
        byte[] large = bytes(CorkedLink.SMALL + 1, 3);
        link.write(bytes(28, 1), 0, 28);
        link.write(large, 0, large.length); // not kept: out at once, after the 28 bytes
        assertThat(under.writes()).containsExactly(concat(bytes(28, 1), large));
        link.write(large, 0, large.length); // nothing kept: alone
        link.write(bytes(5, 5), 0, 5);
        link.flush();
        assertThat(under.writes()).containsExactly(concat(bytes(28, 1), large), large, bytes(5, 5));
    }

    @Test
    void aSmallWriteThatDoesNotFitHasWhatIsKeptSentFirst() throws Exception {
        ScriptedLink under = new ScriptedLink(new byte[0], true);
        CorkedLink link = new CorkedLink(under);
        byte[] small = bytes(CorkedLink.SMALL, 7);
        for (int i = 0; i < CorkedLink.CAPACITY / CorkedLink.SMALL; i++) {
            link.write(small, 0, small.length); // exactly fills the buffer
        }
        assertThat(under.writes()).isEmpty();
        link.write(bytes(1, 1), 0, 1);
        link.flush();
        assertThat(under.writes()).containsExactly(concat(small, small, small, small), bytes(1, 1));
    }

    private static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * seed + seed);
        }
        return b;
    }
}
