package dev.omvio.codecs.bayer;

/**
 * Picks the bilinear interior kernel once per JVM: {@link VectorBilinear} when the JVM has the
 * {@code jdk.incubator.vector} module, this code can load it (in OSGi only if the framework
 * exports the package) and the CPU has wide vectors; else none, and the portable code does every
 * column. Both give the same pixels.
 */
final class Kernels {
    private static final String MODULE = "jdk.incubator.vector";

    /** The bilinear interior kernel. */
    static final BilinearDemosaic.Wide BILINEAR = vectorApiPays() ? new VectorBilinear() : BilinearDemosaic.Wide.NONE;

    private Kernels() {
    }

    private static boolean vectorApiPays() {
        if (ModuleLayer.boot().findModule(MODULE).isEmpty()) {
            return false;
        }
        try {
            Class.forName(MODULE + ".IntVector", false, Kernels.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) { // a class loader that does not see the module
            return false;
        }
        return VectorBilinear.pays();
    }
}
