package dev.omvio.cli.media;

import dev.omvio.image.Image;
import dev.omvio.stream.NotRegularFileException;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the pictures of a Motion-JPEG AVI, ours or another program's, with the time each is
 * shown: the first video stream's {@code NNdc}/{@code NNdb} chunks in {@code movi} (also inside
 * {@code rec } lists), where an empty chunk holds the previous picture for one more tick. Other
 * streams, {@code JUNK} and index chunks are skipped.
 *
 * <p>Every size is checked against its enclosing chunk, and lists may nest at most
 * {@value #MAX_DEPTH} deep: a damaged or hostile file gives an {@link IOException} naming the
 * offset, never a huge allocation or a stack overflow. A picture is at most
 * {@link Image#MAX_DATA_SIZE} bytes, the most one array holds.
 */
public final class MjpegAviReader implements Closeable {
    /**
     * How deep {@code LIST} chunks may nest in the {@code RIFF AVI} chunk. AVI files nest two
     * levels ({@code hdrl} > {@code strl}, {@code movi} > {@code rec }), three with an
     * {@code odml} or {@code INFO} list in a header list; 16 leaves room for any writer and
     * still refuses a file of thousands of nested lists.
     */
    public static final int MAX_DEPTH = 16;

    /** One picture: where its JPEG bytes are and when it is shown. */
    public record Picture(long offset, int size, long timeMicros) {
    }

    private final FileChannel in;
    private final int width;
    private final int height;
    private final List<Picture> pictures;

    private MjpegAviReader(FileChannel in, Header header, List<Picture> pictures) {
        this.in = in;
        this.width = header.width;
        this.height = header.height;
        this.pictures = List.copyOf(pictures);
    }

    /**
     * Opens {@code file} and indexes its pictures.
     *
     * @throws dev.omvio.stream.NotRegularFileException if it is a FIFO, device or directory
     *     (checked before opening it, which for a FIFO would block)
     */
    public static MjpegAviReader open(Path file) throws IOException {
        NotRegularFileException.requireRegularFile(file);
        FileChannel in = FileChannel.open(file, StandardOpenOption.READ);
        try {
            long size = in.size();
            ByteBuffer riff = read(in, 0, 12);
            if (size < 12 || !fourcc(riff, 0).equals("RIFF") || !fourcc(riff, 8).equals("AVI ")) {
                throw new IOException("not an AVI file: no RIFF AVI header at offset 0");
            }
            long end = Math.min(size, 8 + Integer.toUnsignedLong(riff.getInt(4)));
            Header header = new Header();
            List<Picture> pictures = new ArrayList<>();
            walk(in, 12, end, header, pictures);
            if (header.width <= 0 || header.height <= 0 || header.ticksPerSecond <= 0) {
                throw new IOException("the AVI has no usable video stream header");
            }
            return new MjpegAviReader(in, header, pictures);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Picture width in pixels. */
    public int width() {
        return width;
    }

    /** Picture height in pixels. */
    public int height() {
        return height;
    }

    /** The pictures in order. */
    public List<Picture> pictures() {
        return pictures;
    }

    /** The JPEG bytes of {@code picture}. */
    public ByteBuffer read(Picture picture) throws IOException {
        return read(in, picture.offset(), picture.size());
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** What the stream headers say, filled in as the walk meets them. */
    private static final class Header {
        int width;
        int height;
        double ticksPerSecond;
        int videoStream = -1;
        int streams;
        long tick;
        String frameChunk;
    }

    /**
     * Walks the chunks from {@code from} to {@code end} and into their lists, depth first, with
     * a stack of the lists entered rather than recursion, so nesting costs no call stack.
     */
    private static void walk(FileChannel in, long from, long end, Header header, List<Picture> pictures)
            throws IOException {
        long[] ends = new long[MAX_DEPTH + 1]; // ends[d]: where the list at depth d ends (d = 0: the RIFF chunk)
        long[] resumes = new long[MAX_DEPTH + 1]; // resumes[d]: the chunk after that list, padding included
        int depth = 0;
        ends[0] = end;
        long at = from;
        while (true) {
            if (at + 8 > ends[depth]) {
                if (depth == 0) {
                    return;
                }
                at = resumes[depth--];
                continue;
            }
            ByteBuffer chunk = read(in, at, 8);
            String id = fourcc(chunk, 0);
            long size = Integer.toUnsignedLong(chunk.getInt(4));
            if (at + 8 + size > ends[depth]) {
                throw new IOException("AVI chunk '" + id + "' at offset " + at + " runs past its end");
            }
            long next = at + 8 + size + (size & 1);
            if (id.equals("LIST") && size >= 4) {
                if (depth == MAX_DEPTH) {
                    throw new IOException("AVI lists nested more than " + MAX_DEPTH + " deep: list at offset " + at);
                }
                depth++;
                ends[depth] = at + 8 + size;
                resumes[depth] = next;
                next = at + 12; // into the list, past its type
            } else if (id.equals("strh") && size >= 32) {
                readStreamHeader(read(in, at + 8, 32), header);
            } else if (id.equals("strf") && size >= 12 && header.videoStream == header.streams - 1
                    && header.width == 0) {
                ByteBuffer format = read(in, at + 8, 12);
                header.width = format.getInt(4);
                header.height = Math.abs(format.getInt(8));
            } else if (header.frameChunk != null && id.startsWith(header.frameChunk)
                    && (id.endsWith("dc") || id.endsWith("db"))) {
                if (size > Image.MAX_DATA_SIZE) {
                    throw new IOException("AVI frame chunk '" + id + "' at offset " + at + " holds " + size
                            + " bytes, more than one picture can (" + Image.MAX_DATA_SIZE + ")");
                }
                if (size > 0) {
                    long time = Math.round(header.tick * 1_000_000 / header.ticksPerSecond);
                    pictures.add(new Picture(at + 8, (int) size, time));
                }
                header.tick++;
            }
            at = next;
        }
    }

    private static void readStreamHeader(ByteBuffer strh, Header header) {
        header.streams++;
        if (header.videoStream < 0 && fourcc(strh, 0).equals("vids")) {
            header.videoStream = header.streams - 1;
            header.frameChunk = String.format("%02d", header.videoStream);
            int scale = strh.getInt(20);
            int rate = strh.getInt(24);
            header.ticksPerSecond = scale > 0 && rate > 0 ? (double) rate / scale : 0;
        }
    }

    private static ByteBuffer read(FileChannel in, long at, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (in.read(buffer, at + buffer.position()) < 0) {
                throw new IOException("AVI cut short at offset " + (at + buffer.position()));
            }
        }
        return buffer.flip();
    }

    private static String fourcc(ByteBuffer buffer, int at) {
        byte[] code = new byte[4];
        buffer.get(at, code);
        return new String(code, StandardCharsets.US_ASCII);
    }
}
