package dev.omvio.cli;

import dev.omvio.stream.StreamFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;

/** The {@code omvio} command: entry point, subcommands, and the mapping of errors to exit codes. */
@Command(name = "omvio",
        mixinStandardHelpOptions = true,
        versionProvider = Omvio.Version.class,
        description = "Read, write and inspect OpenMV camera image streams (OMV IMG STR files).",
        subcommands = {InfoCommand.class, ExtractCommand.class, ConvertCommand.class, PackCommand.class,
            RecordCommand.class, VerifyCommand.class, RepairCommand.class, ContactSheetCommand.class,
            DoctorCommand.class, DemoCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure (an I/O error; verify: the file is damaged)",
            "2:usage error or bad input"})
public final class Omvio {
    /** Exit code of a command that failed on an I/O error. */
    static final int FAILURE = 1;
    /** Exit code of a usage error or bad input. */
    static final int BAD_INPUT = 2;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
    boolean debug;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * Runs the tool in this JVM, as {@code main} does but without exiting, for programs that
     * embed it (and for tests).
     *
     * @return the exit code: 0 success, 1 failure, 2 usage error or bad input
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine();
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
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

    // Libraries log what they find (the JPEG codec loaded, say) at INFO: on the command line
    // that is noise on stderr, kept for --debug; warnings (dropped frames) still show.
    private static void quietLibraryLogs(boolean debug) {
        Logger.getLogger("").setLevel(debug ? Level.INFO : Level.WARNING);
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + e.getMessage()
                + " (see '" + command.getCommandSpec().qualifiedName() + " --help')");
        return BAD_INPUT;
    }

    private static int executionError(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        PrintWriter err = command.getErr();
        err.println(command.getCommandSpec().qualifiedName() + ": " + describe(e));
        if (((Omvio) command.getCommandSpec().root().userObject()).debug) {
            e.printStackTrace(err);
        }
        return isBadInput(e) ? BAD_INPUT : FAILURE;
    }

    private static boolean isBadInput(Exception e) {
        return e instanceof StreamFormatException
                || e instanceof NoSuchFileException
                || e instanceof FileAlreadyExistsException
                || e instanceof IllegalArgumentException;
    }

    private static String describe(Exception e) {
        if (e instanceof NoSuchFileException missing) {
            return missing.getFile() + ": no such file";
        }
        if (e instanceof FileAlreadyExistsException exists) {
            return exists.getFile() + ": already exists (use --force to overwrite)";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
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
