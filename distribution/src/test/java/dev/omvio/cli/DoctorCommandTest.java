package dev.omvio.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DoctorCommandTest {
    @Test
    void jsonNamesTheRuntimeCodecsEnginesAndDrivers() {
        CliRun run = CliRun.of("doctor", "--json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).hasSize(1);
        assertThat(run.out()).contains(
                "\"java_version\":\"" + System.getProperty("java.version") + "\"",
                "\"os\":\"" + System.getProperty("os.name") + "\"",
                "\"file_engine\":\"dev.omvio.core.file.",
                "\"memory_engine\":\"dev.omvio.core.memory.",
                "{\"name\":\"omvio raw pixels\",\"priority\":0,\"available\":true,",
                "{\"name\":\"synthetic\",\"description\":");
        assertThat(run.out()).containsPattern("\"jpeg_codec\":\"[^\"]+\",\"libturbojpeg_found\":(true|false),");
    }

    @Test
    void theTableSaysWhichJpegCodecIsActive() {
        CliRun run = CliRun.of("doctor");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("(?m)^jpeg codec +\\S")
                .containsPattern("(?m)^libturbojpeg +(found|not found)$")
                .contains("sensor drivers", "synthetic");
    }
}
