/**
 * OpenMV recordings in ImageJ and Fiji: {@code File > Import > OpenMV Stream...} opens a
 * recording as a stack (virtual above a size threshold), {@code File > Save As > OpenMV
 * Stream...} writes a stack as a version 2.0 recording, and {@link dev.omvio.imagej.OpenMvStacks}
 * does both for macros and scripts. ImageJ 1.54 is the JPMS module {@code ij}; inside ImageJ the
 * plugin runs from the class path, as every ImageJ plugin does.
 */
module dev.omvio.imagej {
    requires transitive dev.omvio.api;
    requires transitive ij;

    exports dev.omvio.imagej;
}
