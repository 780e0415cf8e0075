package dev.omvio.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omvio.bench.camera.LiveCameraBenchmark;
import dev.omvio.bench.codec.BridgeReadBenchmark;
import dev.omvio.bench.codec.DemosaicBenchmark;
import dev.omvio.bench.codec.JpegDecodeBenchmark;
import dev.omvio.bench.codec.PortableDemosaicBenchmark;
import dev.omvio.bench.spark.ParallelReadBenchmark;
import dev.omvio.bench.spark.SparkReadBenchmark;
import dev.omvio.bench.stream.FileReadBenchmark;
import dev.omvio.bench.stream.MemoryStreamBenchmark;
import dev.omvio.bench.stream.RandomAccessBenchmark;
import dev.omvio.bench.stream.StreamOpenBenchmark;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

class TargetsTest {
    private final List<Comparison> rows = Targets.all();

    @Test
    void everyCaseOfTheIssueHasRows() {
        assertThat(rows.stream().map(Comparison::caseNumber).distinct().toList())
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(rows).hasSize(46);
    }

    @Test
    void theIssuesTargetsAreStated() {
        String targets = rows.stream().map(row -> row.caseNumber() + " " + row.targetText())
                .distinct().collect(Collectors.joining("; "));

        assertThat(targets).isEqualTo("1 >= 0.8x; 2 <= 1.5x; 2 >= 100x; 2 reported; 3 >= 0.7x; 4 <= 1024 B/op; "
                + "5 >= 0.5x; 5 >= 1x; 5 reported; 6 >= 2x; 6 reported; 6 >= 0.8x; 7 reported; 8 reported; 8 >= 0.5x; "
                + "9 >= 0.7x; 9 reported");
    }

    @Test
    void jpegIntoArrayIsComparedWithTjbenchOnTheSameResolution() {
        assertThat(rows).filteredOn(row -> row.baseline().orElse("").startsWith(Targets.TJBENCH))
                .extracting(row -> row.candidate() + " / " + row.baseline().orElseThrow())
                .containsExactly(
                        "JpegDecodeBenchmark.omvioIntoArray(resolution=VGA) / tjbench(resolution=VGA)",
                        "JpegDecodeBenchmark.omvioIntoArray(resolution=HD1080) / tjbench(resolution=HD1080)");
    }

    private static final Map<String, Class<?>> BENCHMARKS = Stream.of(FileReadBenchmark.class,
                    RandomAccessBenchmark.class, StreamOpenBenchmark.class, MemoryStreamBenchmark.class,
                    DemosaicBenchmark.class, PortableDemosaicBenchmark.class, JpegDecodeBenchmark.class, BridgeReadBenchmark.class, SparkReadBenchmark.class,
                    ParallelReadBenchmark.class,
                    LiveCameraBenchmark.class)
            .collect(Collectors.toMap(Class::getSimpleName, Function.identity()));
    private static final Pattern ID = Pattern.compile("(\\w+)\\.(\\w+)(?:\\((.*)\\))?");

    @Test
    void everyFigureNamesABenchmarkMethodAndValuesOfItsParameters() throws ReflectiveOperationException {
        List<String> ids = new ArrayList<>();
        for (Comparison row : rows) {
            Optional.of(row.candidate()).filter(id -> !id.startsWith(Targets.TJBENCH)).ifPresent(ids::add);
            row.baseline().filter(id -> !id.startsWith(Targets.TJBENCH)).ifPresent(ids::add);
        }
        for (String id : ids) {
            Matcher parts = ID.matcher(id);
            assertThat(parts.matches()).as(id).isTrue();
            Class<?> benchmark = BENCHMARKS.get(parts.group(1));
            assertThat(benchmark).as(id).isNotNull();
            assertThat(benchmark.getMethod(parts.group(2)).isAnnotationPresent(Benchmark.class)).as(id).isTrue();
            if (parts.group(3) != null) {
                for (String parameter : parts.group(3).split(",")) {
                    String[] keyValue = parameter.split("=");
                    Field field = benchmark.getField(keyValue[0]);
                    assertThat(Arrays.asList(field.getAnnotation(Param.class).value())).as(id).contains(keyValue[1]);
                }
            }
        }
    }
}
