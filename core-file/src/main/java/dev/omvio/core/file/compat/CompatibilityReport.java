package dev.omvio.core.file.compat;

import java.util.List;
import java.util.Objects;

/**
 * What the camera firmware and the OpenMV IDE make of one file.
 *
 * @param firmware the firmware's verdict
 * @param ide the IDE's verdict
 */
public record CompatibilityReport(Verdict firmware, Verdict ide) {
    /**
     * Checks that each verdict is about its reader.
     *
     * @param firmware what the camera firmware makes of the file
     * @param ide what the OpenMV IDE makes of the file
     * @throws IllegalArgumentException if a verdict is about the other reader
     * @throws NullPointerException if a verdict is null
     */
    public CompatibilityReport {
        if (Objects.requireNonNull(firmware, "firmware").reader() != OpenMvReader.FIRMWARE
                || Objects.requireNonNull(ide, "ide").reader() != OpenMvReader.IDE) {
            throw new IllegalArgumentException("verdicts of " + firmware.reader() + " and " + ide.reader());
        }
    }

    /** {@return whether both the firmware and the IDE open the file} */
    public boolean bothAccept() {
        return firmware.accepted() && ide.accepted();
    }

    /** {@return the two verdicts, firmware first} */
    public List<Verdict> verdicts() {
        return List.of(firmware, ide);
    }
}
