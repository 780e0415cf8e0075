/**
 * Files the tool converts recordings to and from, other than OpenMV streams: Motion-JPEG AVI
 * (written with the recorded timing, read back picture by picture), animated GIF, picture files
 * in a folder (read and written through ImageIO, with TwelveMonkeys' plugins for the formats
 * the JDK lacks) and
 * the contact sheet of labelled thumbnails. Nothing here knows about streams.
 */
package dev.omvio.cli.media;
