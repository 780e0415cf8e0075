package dev.omvio.codecs.bayer;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The edge-aware (Malvar-He-Cutler) interior with the JDK's Vector API, in the manner of
 * {@link VectorBilinear}: each lane computes both kinds of site and the mask of alternate lanes
 * picks one. Loaded only by {@link Kernels}, once it knows {@code jdk.incubator.vector} is there.
 *
 * <p>The work is split into three loops in three methods, meeting in per-thread {@code int} rows:
 * the column sums of the rows above and below, the values of the red and blue sites, then those of
 * the green sites and the packing. In one loop, C2 ran out of its inlining budget and fell back to
 * boxed vectors, 4 times slower than this.
 */
final class VectorEdgeAware implements EdgeAwareDemosaic.Wide {
    private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Byte> BYTES = VectorSpecies.of(byte.class, VectorShape.forBitSize(INTS.length() * 8));
    private static final VectorMask<Integer> COLOUR_SITES =
            VectorMask.fromLong(INTS, 0x5555_5555_5555_5555L & (-1L >>> (64 - INTS.length())));
    /** Per thread: near and far column sums, green and opposite colour at red and blue sites. */
    private static final ThreadLocal<int[][]> BUFFERS = ThreadLocal.withInitial(() -> new int[4][0]);

    @Override
    public int columns(byte[] s, int[] rows, int x, int width, boolean redRow, int[] dst, int out) {
        int lanes = INTS.length();
        int end = x + (width - 2 - x) / lanes * lanes; // the runs read columns x - 2 to end + 1
        if (end <= x) {
            return x;
        }
        int[][] b = BUFFERS.get();
        if (b[0].length < width) {
            for (int i = 0; i < 4; i++) {
                b[i] = new int[width];
            }
        }
        sums(s, rows[0], rows[1], rows[3], rows[4], x, end, b[0], b[1]);
        colourSites(s, rows[2], x, end, b[0], b[1], b[2], b[3]);
        greenSitesAndPack(s, rows[2], x, end, b[0], b[1], b[2], b[3], redRow, dst, out);
        return end;
    }

    /** Sums of the rows one above and below ({@code near}, columns x - 1 to end) and two above and below. */
    private static void sums(byte[] s, int up2, int up1, int down1, int down2, int x, int end, int[] near, int[] far) {
        int lanes = INTS.length();
        for (int i = x - 1; i < end - 1; i += lanes) {
            load(s, up1 + i).add(load(s, down1 + i)).intoArray(near, i);
        }
        for (int i = end - 1; i <= end; i++) {
            near[i] = (s[up1 + i] & 0xFF) + (s[down1 + i] & 0xFF);
        }
        for (int i = x; i < end; i += lanes) {
            load(s, up2 + i).add(load(s, down2 + i)).intoArray(far, i);
        }
    }

    /** Green and the opposite colour as a red or blue site would have them, for every column. */
    private static void colourSites(byte[] s, int row, int x, int end, int[] near, int[] far, int[] green, int[] opposite) {
        int lanes = INTS.length();
        for (; x < end; x += lanes) {
            IntVector c = load(s, row + x);
            IntVector nearAll = load(s, row + x - 1).add(load(s, row + x + 1)).add(IntVector.fromArray(INTS, near, x));
            IntVector farAll = load(s, row + x - 2).add(load(s, row + x + 2)).add(IntVector.fromArray(INTS, far, x));
            IntVector diagonal = IntVector.fromArray(INTS, near, x - 1).add(IntVector.fromArray(INTS, near, x + 1));
            clamp(c.mul(8).add(nearAll.mul(4)).sub(farAll.mul(2))).intoArray(green, x);
            clamp(c.mul(12).add(diagonal.mul(4)).sub(farAll.mul(3))).intoArray(opposite, x);
        }
    }

    /** The colours of a green site, the other pass's values at red and blue sites, packed. */
    private static void greenSitesAndPack(byte[] s, int row, int x, int end, int[] near, int[] far, int[] green,
                                          int[] opposite, boolean redRow, int[] dst, int out) {
        int lanes = INTS.length();
        for (; x < end; x += lanes) {
            IntVector c = load(s, row + x);
            IntVector nearRow = load(s, row + x - 1).add(load(s, row + x + 1));
            IntVector nearColumn = IntVector.fromArray(INTS, near, x);
            IntVector farRow = load(s, row + x - 2).add(load(s, row + x + 2));
            IntVector farColumn = IntVector.fromArray(INTS, far, x);
            IntVector diagonal = IntVector.fromArray(INTS, near, x - 1).add(IntVector.fromArray(INTS, near, x + 1));
            IntVector common = c.mul(10).sub(diagonal.mul(2));
            IntVector inRow = clamp(common.add(nearRow.mul(8)).sub(farRow.mul(2)).add(farColumn));
            IntVector inColumn = clamp(common.add(nearColumn.mul(8)).sub(farColumn.mul(2)).add(farRow));
            IntVector g = c.blend(IntVector.fromArray(INTS, green, x), COLOUR_SITES);
            IntVector opp = IntVector.fromArray(INTS, opposite, x);
            IntVector r;
            IntVector b;
            if (redRow) {
                r = inRow.blend(c, COLOUR_SITES);
                b = inColumn.blend(opp, COLOUR_SITES);
            } else {
                r = inColumn.blend(opp, COLOUR_SITES);
                b = inRow.blend(c, COLOUR_SITES);
            }
            r.lanewise(VectorOperators.LSHL, 16).or(g.lanewise(VectorOperators.LSHL, 8)).or(b).or(0xFF000000)
                    .intoArray(dst, out + x);
        }
    }

    /** The samples {@code s[at..]}, one per int lane. */
    private static IntVector load(byte[] s, int at) {
        return ((IntVector) ByteVector.fromArray(BYTES, s, at).convertShape(VectorOperators.B2I, INTS, 0)).and(0xFF);
    }

    /** Rounds kernel sums scaled by 16 and clamps them to 0..255. */
    private static IntVector clamp(IntVector sixteenths) {
        return sixteenths.add(8).lanewise(VectorOperators.ASHR, 4).max(0).min(255);
    }
}
