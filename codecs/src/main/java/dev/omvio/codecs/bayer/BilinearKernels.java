package dev.omvio.codecs.bayer;

import java.util.Optional;

/**
 * Picks the bilinear interior kernel once: {@link VectorBilinear} when the JVM has the
 * {@code jdk.incubator.vector} module (and this code can load it: in OSGi only if the framework
 * exports the package) and the CPU has wide vectors, else the portable eight-pixel one. Both give
 * the same pixels.
 */
final class BilinearKernels {
    private static final String MODULE = "jdk.incubator.vector";

    /** The kernel every bilinear decode of this JVM uses. */
    static final BilinearDemosaic.Wide FASTEST = vectorIfAvailable().orElse(BilinearDemosaic.Wide.NONE);

    private BilinearKernels() {
    }

    /** {@link VectorBilinear}, if the Vector API is present and pays on this CPU. */
    static Optional<BilinearDemosaic.Wide> vectorIfAvailable() {
        if (ModuleLayer.boot().findModule(MODULE).isEmpty()) {
            return Optional.empty();
        }
        try {
            Class.forName("jdk.incubator.vector.IntVector", false, BilinearKernels.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) { // a class loader that does not see the module
            return Optional.empty();
        }
        return VectorBilinear.pays() ? Optional.of(new VectorBilinear()) : Optional.empty();
    }
}
