package dev.omvio.cli;

import dev.omvio.codec.DecodeOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.PrintWriter;

/** The {@code omvio} command: entry point, subcommands, and the mapping of errors to exit codes. */
@Command(name = "omvio",
        mixinStandardHelpOptions = true,
        versionProvider = Omvio.Version.class,
        description = "Read, write and inspect OpenMV camera image streams (OMV IMG STR files).",
        subcommands = {InfoCommand.class, ExtractCommand.class, ConvertCommand.class, PackCommand.class,
            RecordCommand.class, VerifyCommand.class, RepairCommand.class, ContactSheetCommand.class,
            DoctorCommand.class, DemoCommand.class, CameraCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure (an I/O error; verify: the file is damaged; frames skipped)",
            "2:usage error or bad input", "3:internal error or out of memory"})
public final class Omvio {
    /** Exit code of a command that failed on an I/O error. */
    static final int FAILURE = 1;
    /** Exit code of a usage error or bad input. */
    static final int BAD_INPUT = 2;
    /** Exit code of a bug or a JVM out of memory. */
    static final int INTERNAL = 3;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
    boolean debug;

    @Option(names = "--max-pixels", paramLabel = "N", scope = ScopeType.INHERIT,
            description = {"Refuse pictures and frames that declare more than N pixels (width times height), "
                    + "before decoding them (default: ${DEFAULT-VALUE}: the system property "
                    + DecodeOptions.MAX_PIXELS_PROPERTY + " or 2^26). Never more than half the heap holds as ARGB pixels."})
    long maxPixels = DecodeOptions.DEFAULT.maxPixels();

    public static void main(String[] args) {
        // A thread of the tool's own (the recorder's writer, say) that dies is one line too.
        Thread.setDefaultUncaughtExceptionHandler((thread, thrown) ->
                System.err.println("omvio: " + Failures.describe(thrown) + " (thread " + thread.getName() + ")"));
        System.exit(execute(commandLine(), args));
    }

    /**
     * Runs the tool in this JVM, as {@code main} does but without exiting, for programs that
     * embed it (and for tests).
     *
     * @return the exit code: 0 success, 1 failure, 2 usage error or bad input, 3 internal error
     *     or out of memory
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine();
        commandLine.setOut(out);
        commandLine.setErr(err);
        return execute(commandLine, args);
    }

    /**
     * Executes {@code args}. What picocli's handlers do not see (an {@link Error}, a failure in
     * a handler) is reported here, in one line as well: nothing reaches the user as a raw trace.
     */
    static int execute(CommandLine commandLine, String... args) {
        try {
            return commandLine.execute(args);
        } catch (Throwable escaped) { // an Error included, by design
            return report(escaped, running(commandLine), commandLine);
        }
    }

    /** The (sub)command that was running: the last one parsed. */
    private static CommandLine running(CommandLine root) {
        CommandLine.ParseResult parsed = root.getParseResult();
        if (parsed == null) {
            return root;
        }
        while (parsed.hasSubcommand()) {
            parsed = parsed.subcommand();
        }
        return parsed.commandSpec().commandLine();
    }

    /** The configured command line: one-line errors, exit codes as documented. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Omvio());
        commandLine.setExecutionExceptionHandler(Omvio::executionError);
        commandLine.setParameterExceptionHandler(Omvio::usageError);
        commandLine.setExecutionStrategy(parsed -> {
            quietLibraryLogs(((Omvio) parsed.commandSpec().userObject()).debug);
            return new CommandLine.RunLast().execute(parsed);
        });
        return commandLine;
    }

    // Libraries log what they find (the JPEG codec loaded, say) below WARNING: on the command
    // line that is noise, kept for --debug; warnings (dropped frames) still show, in one line.
    private static void quietLibraryLogs(boolean debug) {
        CliLoggerFinder.showAll(debug);
        JpegNotice.reset();
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + e.getMessage()
                + " (see '" + command.getCommandSpec().qualifiedName() + " --help')");
        return BAD_INPUT;
    }

    private static int executionError(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        return report(e, command, command.getCommandSpec().root().commandLine());
    }

    /**
     * How the command of {@code spec} decodes frames and pictures: the defaults with the pixel
     * budget of {@code --max-pixels}.
     *
     * @throws BadInputException if {@code --max-pixels} is not positive
     */
    static DecodeOptions decodeOptions(CommandSpec spec) {
        long budget = ((Omvio) spec.root().userObject()).maxPixels;
        if (budget <= 0) {
            throw new BadInputException("--max-pixels must be a positive number of pixels, got " + budget);
        }
        return DecodeOptions.DEFAULT.withMaxPixels(budget);
    }

    /** Prints {@code thrown} in one line on {@code command}'s stderr (and its trace with --debug). */
    private static int report(Throwable thrown, CommandLine command, CommandLine root) {
        PrintWriter err = command.getErr();
        err.println(command.getCommandSpec().qualifiedName() + ": " + Failures.describe(thrown));
        if (((Omvio) root.getCommandSpec().userObject()).debug) {
            thrown.printStackTrace(err);
        }
        err.flush();
        return Failures.exitCode(thrown);
    }

    /** The version from the jar's manifest, as bnd wrote it. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Omvio.class.getPackage().getImplementationVersion();
            return new String[] {"omvio " + (version == null ? "(development build)" : version)};
        }
    }
}
