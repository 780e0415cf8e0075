/** PNG frames through the JDK's {@code javax.imageio} PNG plugin. */
package dev.omvio.codecs.png;
