/**
 * The uncompressed, non-Bayer formats (BINARY, GRAYSCALE, RGB565, ARGB8, YUV422, YVU422) to and
 * from ARGB pixels, bit-exact with the firmware arithmetic of FORMAT.md section 3. Each format
 * has a class of static loops; {@link dev.omvio.codecs.raw.RawCodec} picks one per frame.
 */
package dev.omvio.codecs.raw;
