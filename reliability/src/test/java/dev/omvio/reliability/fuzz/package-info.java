/**
 * Coverage-guided fuzz targets (Jazzer). In an ordinary test run each target runs on its
 * committed seed corpus under {@code src/test/resources/.../<TestClass>Inputs/<method>/},
 * where every crashing input found goes to stay as a regression test; the module's build also
 * fuzzes each target for {@code reliability.fuzz.duration} (the split reader's for
 * {@code reliability.fuzz.quick-duration}) in a JVM of its own.
 */
package dev.omvio.reliability.fuzz;
