package dev.omvio.cli;

import picocli.CommandLine.Command;

/** {@code omvio camera}: live OpenMV cameras over the OpenMV Protocol, and an emulator of one. */
@Command(name = "camera", mixinStandardHelpOptions = true,
        description = "Talk to a live OpenMV camera (USB serial or TCP) over the OpenMV Protocol, or make this "
                + "machine look like one.",
        subcommands = {CameraServeCommand.class, CameraInfoCommand.class, CameraRunCommand.class})
final class CameraCommand {
}
