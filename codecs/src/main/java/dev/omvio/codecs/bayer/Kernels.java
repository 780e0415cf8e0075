package dev.omvio.codecs.bayer;

/**
 * Picks the interior kernels once per JVM: the Vector API ones ({@link VectorBilinear},
 * {@link VectorEdgeAware}) when the JVM has the {@code jdk.incubator.vector} module, this code can
 * load it (in OSGi only if the framework exports the package) and the CPU has wide vectors; else
 * the portable code does every column. Both give the same pixels.
 */
final class Kernels {
    private static final String MODULE = "jdk.incubator.vector";

    private static final boolean VECTOR = vectorApiPays();
    /** The bilinear interior kernel. */
    static final BilinearDemosaic.Wide BILINEAR = VECTOR ? new VectorBilinear() : BilinearDemosaic.Wide.NONE;
    /** The edge-aware interior kernel. */
    static final EdgeAwareDemosaic.Wide EDGE_AWARE = VECTOR ? new VectorEdgeAware() : EdgeAwareDemosaic.Wide.NONE;

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
