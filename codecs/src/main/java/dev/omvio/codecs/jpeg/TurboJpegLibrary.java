package dev.omvio.codecs.jpeg;

import com.sun.jna.Library;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.NativeLongByReference;
import com.sun.jna.ptr.PointerByReference;

import java.nio.Buffer;

/** The part of the TurboJPEG 2.x C API ({@code turbojpeg.h}) omvio calls, mapped by JNA. */
interface TurboJpegLibrary extends Library {
    /** TJPF_BGR: 3 bytes B, G, R per pixel, the layout of a {@code TYPE_3BYTE_BGR} raster. */
    int TJPF_BGR = 1;
    /** TJPF_BGRX: 4 bytes B, G, R, unused per pixel; a little-endian int 0x??RRGGBB. */
    int TJPF_BGRX = 3;
    /** TJPF_GRAY: one byte per pixel. */
    int TJPF_GRAY = 6;
    /** TJPF_BGRA: 4 bytes B, G, R, A (255 on decode) per pixel; a little-endian int 0xAARRGGBB. */
    int TJPF_BGRA = 8;

    /** TJSAMP_444. */
    int TJSAMP_444 = 0;
    /** TJSAMP_422. */
    int TJSAMP_422 = 1;
    /** TJSAMP_420. */
    int TJSAMP_420 = 2;
    /** TJSAMP_GRAY. */
    int TJSAMP_GRAY = 3;

    /** TJFLAG_STOPONWARNING: treat a libjpeg warning (a truncated file) as an error. */
    int TJFLAG_STOPONWARNING = 8192;

    Pointer tjInitDecompress();

    int tjDecompressHeader3(Pointer handle, Pointer jpegBuf, NativeLong jpegSize, IntByReference width,
                            IntByReference height, IntByReference jpegSubsamp, IntByReference jpegColorspace);

    int tjDecompress2(Pointer handle, Pointer jpegBuf, NativeLong jpegSize, Pointer dstBuf, int width, int pitch,
                      int height, int pixelFormat, int flags);

    Pointer tjInitCompress();

    int tjCompress2(Pointer handle, Buffer srcBuf, int width, int pitch, int height, int pixelFormat,
                    PointerByReference jpegBuf, NativeLongByReference jpegSize, int jpegSubsamp, int jpegQual, int flags);

    void tjFree(Pointer buffer);

    int tjDestroy(Pointer handle);

    String tjGetErrorStr2(Pointer handle);
}
