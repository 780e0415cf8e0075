package dev.omvio.codecs.bayer;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The bilinear interior with the JDK's Vector API ({@code jdk.incubator.vector}): as many columns
 * at a time as the CPU's preferred int vector holds (16 with AVX-512, 8 with AVX2), each lane
 * computing both kinds of site and a fixed mask of alternate lanes picking the right one. Only
 * {@link Kernels} names this class, and only once it knows the module is there: without the
 * module it is never loaded. The packing is written out in the loop on purpose: a helper method
 * for it cost C2 its inlining budget, and the loop fell to boxed vectors, 8 times slower.
 */
final class VectorBilinear implements BilinearDemosaic.Wide {
    private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Byte> BYTES = VectorSpecies.of(byte.class, VectorShape.forBitSize(INTS.length() * 8));
    /** Lanes 0, 2, 4, ...: the red or blue sites of a run that starts at one. */
    private static final VectorMask<Integer> COLOUR_SITES =
            VectorMask.fromLong(INTS, 0x5555_5555_5555_5555L & (-1L >>> (64 - INTS.length())));

    /** Whether the CPU has vectors wide enough for this kernel to beat the eight-pixel one. */
    static boolean pays() {
        return INTS.length() >= 8;
    }

    @Override
    public int columns(byte[] s, int row, int up, int down, int x, int width, boolean redRow, int[] dst, int out) {
        int lanes = INTS.length();
        for (; x + lanes < width; x += lanes) { // the run reads columns x - 1 to x + lanes
            IntVector left = load(s, row + x - 1);
            IntVector centre = load(s, row + x);
            IntVector right = load(s, row + x + 1);
            IntVector vertical = load(s, up + x).add(load(s, down + x));
            IntVector diagonals = load(s, up + x - 1).add(load(s, down + x - 1))
                    .add(load(s, up + x + 1)).add(load(s, down + x + 1));
            IntVector inRow = left.add(right);
            IntVector greenAtColour = inRow.add(vertical).add(2).lanewise(VectorOperators.ASHR, 2);
            IntVector opposite = diagonals.add(2).lanewise(VectorOperators.ASHR, 2);
            IntVector rowMean = inRow.add(1).lanewise(VectorOperators.ASHR, 1);
            IntVector columnMean = vertical.add(1).lanewise(VectorOperators.ASHR, 1);
            IntVector g = centre.blend(greenAtColour, COLOUR_SITES);
            IntVector r;
            IntVector b;
            if (redRow) {
                r = rowMean.blend(centre, COLOUR_SITES);
                b = columnMean.blend(opposite, COLOUR_SITES);
            } else {
                r = columnMean.blend(opposite, COLOUR_SITES);
                b = rowMean.blend(centre, COLOUR_SITES);
            }
            r.lanewise(VectorOperators.LSHL, 16)
                    .or(g.lanewise(VectorOperators.LSHL, 8))
                    .or(b)
                    .or(0xFF000000)
                    .intoArray(dst, out + x);
        }
        return x;
    }

    /** The samples {@code s[at..]}, one per int lane. */
    private static IntVector load(byte[] s, int at) {
        return ((IntVector) ByteVector.fromArray(BYTES, s, at).convertShape(VectorOperators.B2I, INTS, 0)).and(0xFF);
    }
}
