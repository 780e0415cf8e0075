package dev.omvio.bench.report;

import dev.omvio.bench.fixture.Frames;
import dev.omvio.bench.fixture.Resolution;
import dev.omvio.bench.report.Comparison.Outcome;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark and tjbench in one go, prints the table of ratios and writes them as JSON.
 *
 * <pre>
 * BenchmarkReport [--smoke] [--output results.json] [--log jmh.log]
 * </pre>
 * {@code --smoke} runs each benchmark for a moment only, to check that all of them work.
 */
public final class BenchmarkReport {
    private static final String ALL_BENCHMARKS = "dev\\.omvio\\.bench\\.(?!spark\\.|camera\\.).*Benchmark\\.";
    private static final String QUERIES = "dev\\.omvio\\.bench\\.spark\\..*Benchmark\\.";
    private static final String SOCKETS = "dev\\.omvio\\.bench\\.camera\\..*Benchmark\\.";
    private static final String STEADY_STATE_READS = "dev\\.omvio\\.bench\\.stream\\.(FileReadBenchmark|MemoryStreamBenchmark)\\.omvioRead$";
    private static final List<String> JPEG_SIZES = List.of(Resolution.VGA.name(), Resolution.HD1080.name());

    private BenchmarkReport() {
    }

    /** Runs the report; exits with 2 when tjbench is missing or the arguments are wrong. */
    public static void main(String[] args) throws IOException, RunnerException {
        Profile profile = Profile.SHORT;
        Path output = Path.of("bench", "results", "latest.json");
        Path log = Path.of("bench", "target", "jmh.log");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> profile = Profile.SMOKE;
                case "--output" -> output = Path.of(value(args, ++i));
                case "--log" -> log = Path.of(value(args, ++i));
                default -> usage("unknown argument " + args[i]);
            }
        }
        Optional<TjBench> tjbench = TjBench.locate();
        if (tjbench.isEmpty()) {
            System.err.println(TjBench.INSTALL_HINT);
            System.exit(2);
        }
        Files.createDirectories(log.toAbsolutePath().getParent());

        Measurements measurements = new Measurements();
        System.out.println("Profile '" + profile.name() + "'. JMH writes its progress to " + log);
        System.out.println("1/3 timing every benchmark ...");
        measurements.addTimes(run(options(profile, log).include(ALL_BENCHMARKS)));
        measurements.addTimes(run(options(profile.forQueries(), log.resolveSibling(log.getFileName() + ".queries"))
                .include(QUERIES)));
        measurements.addTimes(run(options(profile.forSockets(), log.resolveSibling(log.getFileName() + ".sockets"))
                .include(SOCKETS)));
        System.out.println("2/3 allocation of steady-state reads (GC profiler) ...");
        measurements.addAllocations(run(options(profile, log.resolveSibling(log.getFileName() + ".gc"))
                .include(STEADY_STATE_READS).addProfiler(GCProfiler.class)));
        System.out.println("3/3 tjbench ...");
        measureTjBench(tjbench.get(), profile, measurements);

        List<Outcome> outcomes = Targets.all().stream().map(row -> row.evaluate(measurements)).toList();
        System.out.println();
        ResultTable.print(outcomes, System.out);
        JsonReport.write(output, profile, Machine.current(), outcomes, measurements);
        System.out.println("Written to " + output
                + (outcomes.stream().anyMatch(o -> o.verdict() == Comparison.Verdict.NOT_MEASURED)
                        ? "; rows not measured failed in JMH: see " + log : ""));
    }

    private static ChainedOptionsBuilder options(Profile profile, Path log) {
        TimeValue iteration = TimeValue.milliseconds(profile.iterationMillis());
        return new OptionsBuilder()
                .forks(profile.forks())
                .warmupIterations(profile.warmupIterations())
                .warmupTime(iteration)
                .measurementIterations(profile.measurementIterations())
                .measurementTime(iteration)
                .shouldFailOnError(false)
                .output(log.toString());
    }

    private static Collection<RunResult> run(ChainedOptionsBuilder options) throws RunnerException {
        return new Runner(options.build()).run();
    }

    // The same bytes the JMH JPEG benchmark decodes: the fixture is deterministic.
    private static void measureTjBench(TjBench tjbench, Profile profile, Measurements measurements) throws IOException {
        Path directory = Files.createTempDirectory("omvio-tjbench");
        try {
            for (String size : JPEG_SIZES) {
                Path jpeg = directory.resolve(size + ".jpg");
                Files.write(jpeg, Frames.cameraJpeg(Resolution.valueOf(size)).toByteArray());
                measurements.add(tjbench.decode(jpeg, profile, Map.of("resolution", size)));
                Files.delete(jpeg);
            }
        } finally {
            Files.delete(directory);
        }
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            usage(args[index - 1] + " needs a value");
        }
        return args[index];
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: BenchmarkReport [--smoke] [--output results.json] [--log jmh.log]");
        System.exit(2);
    }
}
