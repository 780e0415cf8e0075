/**
 * Would the camera and the OpenMV IDE open this file? A port of the two real readers' rules for
 * "OMV IMG STR" files, for checking what omvio (or anything else) writes.
 *
 * <p>{@link dev.omvio.core.file.compat.CameraCompatibility#check(java.nio.file.Path)} walks a file
 * once as the firmware's {@code image.ImageIO} reader would (openmv/openmv
 * {@code modules/py_imageio.c}, with {@code image_size()} of {@code lib/imlib/imlib.c} and the
 * reads of {@code lib/imlib/file_utils.c}) and once as the IDE's player would (openmv/qt-creator
 * {@code src/plugins/openmv/tools/videotools.cpp} with {@code getImageSize()} of
 * {@code src/plugins/openmv/openmvpluginio.cpp}), byte for byte: each reader's own size
 * arithmetic, 32-bit wrap-around included, decides where it looks for the next chunk, so a
 * frame a reader takes as shorter than it is makes it read pixels as the next header, as the
 * real reader would. Each walk reads only chunk headers, never frame data, and keeps no
 * per-frame state: memory is constant and the time is bounded by the file's size.
 *
 * <p>What the walks do not model: memory limits on the camera (frame buffer size) and in the
 * IDE, and whether a JPEG or PNG frame's bytes decode; the codecs and {@code omvio verify} check
 * those.
 */
package dev.omvio.core.file.compat;
