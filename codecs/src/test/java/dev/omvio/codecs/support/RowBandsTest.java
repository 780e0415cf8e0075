package dev.omvio.codecs.support;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RowBandsTest {
    @Property(tries = 50)
    void everyRowIsDoneExactlyOnce(@ForAll @IntRange(min = 1, max = 300) int height,
                                   @ForAll @IntRange(min = 0, max = 5) int parallelism) {
        AtomicIntegerArray visits = new AtomicIntegerArray(height);
        RowBands.run(1 << 10, height, parallelism, (from, to) -> {
            for (int y = from; y < to; y++) {
                visits.incrementAndGet(y);
            }
        });
        for (int y = 0; y < height; y++) {
            assertThat(visits.get(y)).as("row %d", y).isEqualTo(1);
        }
    }

    @Test
    void bandsAreAFewPerThreadAndNotTooShort() {
        assertThat(RowBands.bands(480, 2)).isEqualTo(8);
        assertThat(RowBands.bands(40, 2)).isEqualTo(2);
        assertThat(RowBands.bands(3, 3)).isEqualTo(3);
    }

    @Test
    void aBandsExceptionReachesTheCallerOnceEveryBandHasStopped() {
        AtomicIntegerArray visits = new AtomicIntegerArray(480);
        assertThatThrownBy(() -> RowBands.run(640, 480, 2, (from, to) -> {
            for (int y = from; y < to; y++) {
                visits.incrementAndGet(y);
            }
            if (from == 0) {
                throw new IllegalStateException("band 0");
            }
        })).isInstanceOf(IllegalStateException.class).hasMessage("band 0");
        for (int y = 0; y < 480; y++) {
            assertThat(visits.get(y)).as("row %d", y).isEqualTo(1);
        }
    }
}
