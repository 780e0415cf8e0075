package dev.omvio.cli;

import dev.omvio.sensors.openmv.protocol.Caps;
import dev.omvio.sensors.openmv.protocol.ChannelInfo;
import dev.omvio.sensors.openmv.protocol.HostSession;
import dev.omvio.sensors.openmv.protocol.SystemInfo;
import dev.omvio.sensors.openmv.protocol.VersionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code omvio camera info}: a camera's versions, system information and channels. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Print a camera's protocol, bootloader and firmware versions, its system information, "
                + "the capabilities agreed and its channels.")
final class CameraInfoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CameraOption camera;

    @Option(names = "--json", description = "Print exactly one JSON object.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        VersionInfo version;
        SystemInfo system;
        List<ChannelInfo> channels;
        Caps caps;
        String link;
        try (HostSession session = camera.connect()) {
            version = session.version();
            system = session.systemInfo();
            channels = session.channels();
            caps = session.caps();
            link = session.link().describe();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonWriter w = new JsonWriter().beginObject()
                    .name("link").value(link)
                    .name("protocol_version").value(version.protocol())
                    .name("bootloader_version").value(version.bootloader())
                    .name("firmware_version").value(version.firmware())
                    .name("cpu_id").value(hex(system.cpuId(), 8))
                    .name("device_id").value(system.deviceId())
                    .name("usb_id").value(hex(system.usbVid(), 4) + ":" + hex(system.usbPid(), 4))
                    .name("chip_ids").beginArray();
            for (int chip : system.chipIds()) {
                w.value(hex(chip, 8));
            }
            w.endArray()
                    .name("hw_caps").value(hex(system.hwCaps(), 8))
                    .name("framebuffer_kb").value(system.frameBufferKb())
                    .name("stream_buffer_kb").value(system.streamBufferKb())
                    .name("crc").value(caps.crc())
                    .name("ack").value(caps.ack())
                    .name("max_payload").value(caps.maxPayload())
                    .name("channels").beginArray();
            for (ChannelInfo c : channels) {
                w.beginObject().name("id").value(c.id()).name("name").value(c.name())
                        .name("flags").value(c.flagNames()).endObject();
            }
            w.endArray().endObject().printTo(out);
        } else {
            out.printf("camera         %s%n", link);
            out.printf("versions       protocol %s, bootloader %s, firmware %s%n",
                    version.protocol(), version.bootloader(), version.firmware());
            out.printf("cpu id         %s%n", hex(system.cpuId(), 8));
            out.printf("device id      %s%n", system.deviceId());
            out.printf("usb id         %s:%s%n", hex(system.usbVid(), 4), hex(system.usbPid(), 4));
            for (int i = 0; i < system.chipIds().length; i++) {
                if (system.chipIds()[i] != 0) {
                    out.printf("sensor %d       %s%n", i, hex(system.chipIds()[i], 8));
                }
            }
            out.printf("hw caps        %s%n", hex(system.hwCaps(), 8));
            out.printf("buffers        frame %d KiB, stream %d KiB%n", system.frameBufferKb(), system.streamBufferKb());
            out.printf("protocol       crc %s, ack %s, max payload %d%n", caps.crc() ? "on" : "off",
                    caps.ack() ? "on" : "off", caps.maxPayload());
            out.printf("channels%n");
            for (ChannelInfo c : channels) {
                out.printf("  %2d %-14s %s%n", c.id(), c.name(), c.flagNames());
            }
        }
        out.flush();
        return 0;
    }

    private static String hex(int value, int digits) {
        return String.format("%0" + digits + "X", value);
    }
}
