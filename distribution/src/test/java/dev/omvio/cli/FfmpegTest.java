package dev.omvio.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the tool looks for ffmpeg: the property, the variable, then PATH. */
class FfmpegTest {
    @TempDir
    Path dir;

    private Path fakeFfmpeg(Path folder) throws IOException {
        Files.createDirectories(folder);
        return Files.createFile(folder.resolve("ffmpeg"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
    }

    @Test
    void anEmptyPathOrOneWithoutFfmpegFindsNothing() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));

        assertThat(Ffmpeg.find(null, null, "")).isEmpty();
        assertThat(Ffmpeg.find(null, null, null)).isEmpty();
        assertThat(Ffmpeg.find(null, null, empty.toString())).isEmpty();
    }

    @Test
    void theFirstFfmpegOnThePathIsFound() throws IOException {
        Path first = fakeFfmpeg(dir.resolve("a"));
        fakeFfmpeg(dir.resolve("b"));

        assertThat(Ffmpeg.find(null, "", dir.resolve("none") + File.pathSeparator + first.getParent()
                + File.pathSeparator + dir.resolve("b"))).contains(first);
    }

    @Test
    void thePropertyThenTheVariableWinOverThePath() throws IOException {
        Path property = fakeFfmpeg(dir.resolve("property"));
        Path variable = fakeFfmpeg(dir.resolve("variable"));
        Path onPath = fakeFfmpeg(dir.resolve("path"));

        assertThat(Ffmpeg.find(property.toString(), variable.toString(), onPath.getParent().toString())).contains(property);
        assertThat(Ffmpeg.find(null, variable.toString(), onPath.getParent().toString())).contains(variable);
        // A configured program that is not there is not replaced by another one.
        assertThat(Ffmpeg.find(dir.resolve("missing").toString(), null, onPath.getParent().toString())).isEmpty();
    }
}
