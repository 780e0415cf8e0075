package dev.omvio.sensors;

import dev.omvio.sensor.FrameSize;
import dev.omvio.sensor.Window;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrameSizeTest {
    @Test
    void namedSizesAreTheCamerasDimensions() {
        assertThat(FrameSize.QQVGA).isEqualTo(new FrameSize(160, 120));
        assertThat(FrameSize.QVGA).isEqualTo(new FrameSize(320, 240));
        assertThat(FrameSize.VGA).isEqualTo(new FrameSize(640, 480));
        assertThat(FrameSize.HD).isEqualTo(new FrameSize(1280, 720));
        assertThat(FrameSize.FHD).isEqualTo(new FrameSize(1920, 1080));
    }

    @Test
    void forNameAcceptsCameraNamesInAnyCaseAndWidthByHeight() {
        assertThat(FrameSize.forName("qvga")).isEqualTo(FrameSize.QVGA);
        assertThat(FrameSize.forName(" FHD ")).isEqualTo(FrameSize.FHD);
        assertThat(FrameSize.forName("100x50")).isEqualTo(new FrameSize(100, 50));
        assertThat(FrameSize.forName("100X50")).isEqualTo(new FrameSize(100, 50));
    }

    @Test
    void forNameRefusesOtherTextNamingIt() {
        assertThatThrownBy(() -> FrameSize.forName("HUGE")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'HUGE'");
        assertThatThrownBy(() -> FrameSize.forName("12xq")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'12xq'");
        assertThatThrownBy(() -> FrameSize.forName("0x10")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0x10");
    }

    @Test
    void cameraNameIsTheFirstNameOfASize() {
        assertThat(FrameSize.QVGA.cameraName()).contains("QVGA");
        assertThat(new FrameSize(128, 160).cameraName()).contains("LCD");
        assertThat(new FrameSize(7, 7).cameraName()).isEmpty();
        assertThat(FrameSize.QVGA).hasToString("320x240");
    }

    @Test
    void windowsFitOnlyInsideTheFrame() {
        assertThat(new Window(300, 200, 20, 40).fitsIn(FrameSize.QVGA)).isTrue();
        assertThat(new Window(301, 200, 20, 40).fitsIn(FrameSize.QVGA)).isFalse();
        assertThat(new Window(0, 201, 20, 40).fitsIn(FrameSize.QVGA)).isFalse();
        assertThat(Window.centred(FrameSize.QVGA, 100, 40)).isEqualTo(new Window(110, 100, 100, 40));
        assertThat(Window.full(FrameSize.QVGA)).isEqualTo(new Window(0, 0, 320, 240));
        assertThatThrownBy(() -> new Window(-1, 0, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(-1, 0, 1, 1)");
    }
}
