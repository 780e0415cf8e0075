package dev.omvio.codecs.bayer;

import java.util.Optional;

/**
 * Picks the bilinear interior kernel once per JVM: the Vector API one ({@link VectorBilinear})
 * when the JVM has the {@code jdk.incubator.vector} module, this code can load it (in OSGi only if
 * the framework exports the package) and the CPU has wide vectors; else the portable code does
 * every column. Both give the same pixels. (Edge-aware has no Vector API kernel: one was tried and
 * its speed depended on the order C2 compiled it in, from 0.9 to 8.6 ms a VGA frame.)
 */
final class Kernels {
    private static final String MODULE = "jdk.incubator.vector";

    private static final boolean VECTOR = vectorApiPays();
    /** The bilinear interior kernel. */
    static final BilinearDemosaic.Wide BILINEAR = VECTOR ? new VectorBilinear() : BilinearDemosaic.Wide.NONE;

    private Kernels() {
    }

    private static boolean vectorApiPays() {
        Optional<Module> vector = ModuleLayer.boot().findModule(MODULE);
        if (vector.isEmpty()) {
            return false;
        }
        // As a named module this one does not read the incubating module (module-info says why):
        // it adds the edge for itself. On the class path and in OSGi this does nothing.
        Kernels.class.getModule().addReads(vector.get());
        try {
            Class.forName(MODULE + ".IntVector", false, Kernels.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) { // a class loader that does not see the module
            return false;
        }
        return VectorBilinear.pays();
    }
}
